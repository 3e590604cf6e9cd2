/**
 * The backups of one data folder: one a day when the app opens, one whenever the clerk presses
 * "Sao lưu ngay", one before every migration and before every restore. Each is made in the
 * worker thread (so saving is never held up), verified, compressed and only then given its
 * finished name; the rotation (retention.ts) only ever counts finished files.
 */
import type { Database } from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '#shared/contract/errors';
import type { Logger } from '../log/logger';
import { storageProblem } from '../db/storage-errors';
import { backupMessages, RETRY, STORAGE_MESSAGES, type Retry } from '#shared/messages/storage';
import { backupTask, compressTask, unpackTask } from './backup-tasks';
import { vacuumInto, type VerifiedCopy } from './backup-copy';
import { BACKUP_FOLDER, backupStem, finishedName, listBackupFiles, removeLeftovers, type BackupEntry, type BackupKind } from './backup-files';
import { backupsToDelete } from './retention';

function backupFailed(folder: string, error: unknown, retry: Retry = RETRY.other): AppError {
  if (error instanceof AppError) return error;
  const problem = storageProblem(error);
  if (problem) return new AppError('io', STORAGE_MESSAGES[problem](folder, retry));
  if ((error as Error).name === 'BackupVerifyError') {
    return new AppError('io', backupMessages.failedCheck((error as Error).message));
  }
  return new AppError('io', backupMessages.failed(folder, (error as Error).message));
}

export class Backups {
  /** One backup at a time, in the order asked. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dataDir: string,
    private readonly databasePath: string,
    private readonly clock: () => Date,
    private readonly log: Logger,
  ) {}

  get folder(): string {
    return join(this.dataDir, BACKUP_FOLDER);
  }

  list(): BackupEntry[] {
    return listBackupFiles(this.dataDir);
  }

  private freeStem(kind: BackupKind): string {
    const at = this.clock();
    for (let shift = 0; ; shift += 1) {
      const stem = backupStem(kind, new Date(at.getTime() + shift * 1000));
      if (!this.list().some((e) => e.name.startsWith(`${stem}-`))) return stem;
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** A verified, compressed backup of the live file; old ones pruned after it lands. */
  make(kind: BackupKind): Promise<VerifiedCopy> {
    return this.serial(async () => {
      try {
        mkdirSync(this.folder, { recursive: true });
        const copy = await backupTask.run({ source: this.databasePath, folder: this.folder, stem: this.freeStem(kind) });
        this.prune();
        return copy;
      } catch (error) {
        // "Sao lưu ngay" is pressed again; a backup made on the way to something else is that thing done again.
        throw backupFailed(this.folder, error, kind === 'thu-cong' ? RETRY.backup : RETRY.other);
      }
    });
  }

  /** The daily backup: only when none was made today. */
  async makeIfDue(): Promise<VerifiedCopy | null> {
    const today = this.clock().toDateString();
    if (this.list().some((e) => e.kind !== 'truoc-nang-cap' && e.takenAt.toDateString() === today)) return null;
    return this.make('hang-ngay');
  }

  /**
   * The copy before a migration, made at start-up on the open connection before the schema
   * changes: kept uncompressed (it is verified and restorable at once) until tidy() compresses it.
   */
  beforeMigration(db: Database): void {
    mkdirSync(this.folder, { recursive: true });
    const stem = this.freeStem('truoc-nang-cap');
    const copy = join(this.folder, `${stem}.db.tmp`);
    try {
      const reports = vacuumInto(db, copy);
      renameSync(copy, join(this.folder, finishedName(stem, reports, false)));
    } catch (error) {
      rmSync(copy, { force: true });
      // No migration without its backup: the file stays as it is, the clerk is told why.
      throw backupFailed(this.folder, error);
    }
  }

  /** At start: remove what an interrupted backup left, compress uncompressed copies, prune. */
  tidy(): Promise<void> {
    return this.serial(async () => {
      const removed = removeLeftovers(this.dataDir);
      if (removed.length > 0) this.log.info?.(`removed unfinished backups: ${removed.join(', ')}`);
      for (const entry of this.list().filter((e) => !e.compressed)) {
        const stem = entry.kind === 'cu' ? entry.name.replace(/\.db$/, '-cu') : entry.name.replace(/-\d+\.db$/, '');
        await compressTask.run({ folder: this.folder, name: entry.name, stem });
      }
      this.prune();
    });
  }

  prune(): void {
    for (const old of backupsToDelete(this.list())) rmSync(join(this.folder, old.name), { force: true });
  }

  /** Unpacks and verifies one backup at `target`; returns its report count. */
  async unpack(name: string, target: string): Promise<number> {
    const entry = this.list().find((e) => e.name === name);
    if (!entry) throw new AppError('not_found', backupMessages.notFound);
    try {
      return await unpackTask.run({ file: join(this.folder, name), target });
    } catch (error) {
      if ((error as Error).name === 'BackupVerifyError') {
        throw new AppError('io', backupMessages.damaged(name));
      }
      throw backupFailed(this.folder, error);
    }
  }
}
