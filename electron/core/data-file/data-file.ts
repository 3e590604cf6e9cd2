/**
 * The clerk's data file and everything that keeps it safe: it is opened only if it is ours and
 * sound (ok), read-only when it is damaged (salvage), or not at all when it is not ours or
 * comes from a newer version (refused). Backups, idle checkpoints and restore live here, and a
 * restore swaps the open database for the restored one without restarting the app.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataState } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { Backups } from '../backups/backups';
import { stampOf, type BackupEntry } from '../backups/backup-files';
import { idleCheckpointer, type IdleCheckpointer } from '../db/checkpoint';
import { openDataFile, openDatabase, quickCheck, toSalvage } from '../db/open-database';
import { quickCheckTask } from './data-file-tasks';
import { storageError } from '../db/storage-errors';
import { DATABASE_FILE, SEARCH_INDEX_FILE } from '../data-dir';
import type { Logger } from '../log/logger';
import { backupMessages, dataFileMessages } from '#shared/messages/storage';

const noBackupsInMemory = () => new AppError('io', backupMessages.noBackupsInMemory);

export class DataFile {
  private checkpointer: IdleCheckpointer | null = null;
  /** The start-up integrity check, when it runs on the worker thread; writes wait for it. */
  private integrity: Promise<void> = Promise.resolve();
  /** The check owed by a command-line run, done on the first call of checked(). */
  private checkOnFirstWrite: (() => void) | null = null;

  private constructor(
    private current: Database,
    private dataState: DataState,
    readonly backups: Backups | null,
    private readonly path: string | null,
  ) {
    this.watch();
  }

  /** The search index's file beside the data file (derived data, not backed up); null in memory. */
  get searchIndexFile(): string | null {
    return this.path && this.state.status === 'ok' ? join(dirname(this.path), SEARCH_INDEX_FILE) : null;
  }

  /** Tests: a fresh in-memory database, no backups. */
  static inMemory(): DataFile {
    return new DataFile(openDatabase(':memory:'), { status: 'ok' }, null, null);
  }

  /**
   * The data folder's file. Refused files are left alone and the core runs on an empty stand-in.
   * Every host checks a file before its first write; only the moment differs. The app checks on the
   * worker thread at start (a long-running process: the list shows at once, writes wait for the
   * check). The command line checks on its first write (`before-first-write`): a short run that
   * only lists or searches pays nothing, and one that adds reports never writes into a damaged
   * file — it finds it damaged and opens it read-only like the app.
   */
  static open(dataDir: string, clock: () => Date, log: Logger, options: { integrity?: 'background' | 'before-first-write' } = {}): DataFile {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new AppError('io', dataFileMessages.cannotCreateFolder(dataDir, (error as Error).message));
    }
    const path = join(dataDir, DATABASE_FILE);
    const backups = new Backups(dataDir, path, clock, log);
    // Start-up shows the list at once; the integrity check of a file that needs no change runs
    // on the worker thread (a cold read of 10,000 reports takes seconds) and holds every write.
    const opened = openDataFile(path, { beforeMigrating: (db) => backups.beforeMigration(db), checkLater: true });
    if (opened.state.status === 'salvage') log.error(`data file damaged, opened read-only: ${opened.state.detail ?? ''}`, undefined);
    const data = new DataFile(opened.db ?? openDatabase(':memory:'), opened.state, backups, path);
    if (opened.unchecked) {
      if (options.integrity === 'before-first-write') data.checkOnFirstWrite = () => data.checkHere(log);
      else data.integrity = data.checkInBackground(log);
    }
    return data;
  }

  /** quick_check on this thread (the command line: it has nothing else to do meanwhile). */
  private checkHere(log: Logger): void {
    const result = quickCheck(this.current);
    if (!result.ok) this.becomeSalvage(log, result.detail);
  }

  private becomeSalvage(log: Logger, detail: string): void {
    log.error(`data file damaged, opened read-only: ${detail}`, undefined);
    const salvage = toSalvage(this.current, this.path as string, detail);
    this.checkpointer?.stop();
    this.checkpointer = null;
    this.current = salvage.db ?? openDatabase(':memory:');
    this.dataState = salvage.state;
  }

  private async checkInBackground(log: Logger): Promise<void> {
    const path = this.path as string;
    let result: { ok: true } | { ok: false; detail: string };
    try {
      result = await quickCheckTask.run({ path });
    } catch (error) {
      // No worker (a broken install): check here rather than not at all.
      log.error('integrity check on the worker failed; checking on the main thread', error);
      result = quickCheck(this.current);
    }
    if (!result.ok) this.becomeSalvage(log, result.detail);
  }

  /** Resolves once the data file is known to be sound (or has been switched to salvage). */
  checked(): Promise<void> {
    if (this.checkOnFirstWrite) {
      const check = this.checkOnFirstWrite;
      this.checkOnFirstWrite = null;
      try {
        check();
      } catch (error) {
        this.integrity = Promise.reject(error);
      }
    }
    return this.integrity;
  }

  get db(): Database {
    return this.current;
  }

  get state(): DataState {
    return this.dataState;
  }

  get writable(): boolean {
    return this.dataState.status === 'ok';
  }

  private watch(): void {
    this.checkpointer?.stop();
    this.checkpointer = this.path && this.writable ? idleCheckpointer(this.current) : null;
  }

  /** After every write: the next idle pause checkpoints the WAL. */
  wrote(): void {
    this.checkpointer?.wrote();
  }

  /** Resolves once the WAL checkpoint owed to the last writes has run (the clerk paused). */
  checkpointed(): Promise<void> {
    return this.checkpointer?.idle() ?? Promise.resolve();
  }

  /** At start, in the background: tidy the backups, then the daily one (never from a damaged file). */
  async startBackgroundWork(): Promise<void> {
    if (!this.backups) return;
    await this.integrity;
    await this.backups.tidy();
    if (this.writable) await this.backups.makeIfDue();
  }

  listBackups(): BackupEntry[] {
    return this.backups?.list() ?? [];
  }

  async backupNow(): Promise<{ file: string; reports: number; bytes: number }> {
    if (!this.backups) throw noBackupsInMemory();
    if (!this.writable) throw new AppError('database', backupMessages.notWhileDamaged);
    return this.backups.make('thu-cong');
  }

  /**
   * Puts a backup in place of the data file. The backup is unpacked and verified first; the
   * current file is kept (a backup of it, or — when it is damaged or not ours — the file itself
   * moved aside under a dated name), so a restore can always be undone.
   */
  async restore(name: string): Promise<{ reports: number; keptAs: string | null }> {
    await this.integrity;
    const backups = this.backups;
    const path = this.path;
    if (!backups || !path) throw noBackupsInMemory();
    const staged = join(backups.folder, `.khoi-phuc-${stampOf(new Date())}.db.tmp`);
    const reports = await backups.unpack(name, staged);
    let keptAs: string | null = null;
    try {
      if (this.writable) keptAs = (await backups.make('truoc-khoi-phuc')).file;
    } catch (error) {
      rmSync(staged, { force: true });
      throw error;
    }
    this.close();
    let aside: string | null = null;
    try {
      if (!this.writable && existsSync(path)) {
        aside = `${path}.hong-${stampOf(new Date())}`;
        renameSync(path, aside);
        for (const extra of ['-wal', '-shm']) if (existsSync(path + extra)) renameSync(path + extra, aside + extra);
        keptAs = aside;
      }
      // The closed file's WAL was checkpointed into it (and saved in the backup just made).
      for (const extra of ['-wal', '-shm']) rmSync(path + extra, { force: true });
      renameSync(staged, path);
    } catch (error) {
      // Put the file that was there back where it was before reopening anything.
      if (aside && !existsSync(path)) {
        renameSync(aside, path);
        for (const extra of ['-wal', '-shm']) if (existsSync(aside + extra)) renameSync(aside + extra, path + extra);
      }
      throw storageError(error, dirname(path)) ?? error;
    } finally {
      rmSync(staged, { force: true });
      const opened = openDataFile(path, { beforeMigrating: (db) => backups.beforeMigration(db) });
      this.current = opened.db ?? openDatabase(':memory:');
      this.dataState = opened.state;
      this.watch();
    }
    return { reports, keptAs };
  }

  close(): void {
    this.checkpointer?.finish();
    this.checkpointer = null;
    if (this.current.open) this.current.close();
  }
}
