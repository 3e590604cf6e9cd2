/**
 * The only module that opens better-sqlite3. Before anything touches a file it checks whose file
 * it is (file-identity.ts); then it checks integrity, and only a file that passes is ever
 * written. Every acknowledged save is durable: WAL with synchronous=FULL syncs the log at each
 * commit, so a power cut after "Đã lưu" loses nothing. Checkpoints run when the clerk pauses
 * (checkpoint.ts), never inside a save.
 */
import type { Database } from 'better-sqlite3';
import type { DataState } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { APPLICATION_ID, identifyDataFile } from './file-identity';
import { appliedMigrationIds, pendingMigrations, runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migration';
import { isCorruption, storageError } from './storage-errors';
import { openSqlite } from './sqlite';
import { dirname } from 'node:path';
import { dataFileMessages } from '#shared/messages/storage';

interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => string;
  /** Runs on a checked file that has data and is about to be migrated (the pre-migration backup). */
  beforeMigrating?: (db: Database) => void;
  /**
   * Leave the integrity check of a file that needs no change to the caller (who runs it off the
   * main thread and holds every write until it passes). A file to be migrated or marked is
   * always checked first, here.
   */
  checkLater?: boolean;
}

interface OpenedData {
  /** Null when the file was refused: nothing was opened. */
  db: Database | null;
  state: DataState;
  /** True when quick_check is still owed (options.checkLater): no write may run before it passes. */
  unchecked?: boolean;
}

/** PRAGMA quick_check: "ok", or the first problems it names. A file SQLite cannot even read fails too. */
export type IntegrityResult = { ok: true } | { ok: false; detail: string };

export function quickCheck(db: Database): IntegrityResult {
  try {
    const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
    if (rows.length === 1 && rows[0]?.quick_check === 'ok') return { ok: true };
    return {
      ok: false,
      detail: rows
        .map((r) => r.quick_check)
        .join('; ')
        .slice(0, 300),
    };
  } catch (error) {
    if (isCorruption(error)) return { ok: false, detail: (error as Error).message };
    throw error;
  }
}

function tune(db: Database, fileBacked: boolean): void {
  if (fileBacked) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('wal_autocheckpoint = 0');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 3000');
}

/**
 * From a read-write connection on a file found damaged to a read-only one. The read-only one is
 * opened first: the last connection to close a WAL file checkpoints into it, and nothing may be
 * written into a damaged file.
 */
export function toSalvage(readWrite: Database, path: string, detail: string): OpenedData {
  const salvage = openReadOnly(path, dataFileMessages.damaged(path), detail);
  readWrite.close();
  return salvage;
}

function openReadOnly(path: string, problem: string, detail: string): OpenedData {
  try {
    const db = openSqlite(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 3000');
    return { db, state: { status: 'salvage', problem, detail } };
  } catch {
    return { db: null, state: { status: 'refused', problem } };
  }
}

/**
 * Opens (or creates) the data file at `path` (`:memory:` for tests) and says in which state:
 * ok (read-write), salvage (corrupt: read-only) or refused (not ours, newer, unreadable).
 */
export function openDataFile(path: string, options: OpenOptions = {}): OpenedData {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date().toISOString());
  const inMemory = path === ':memory:';
  const identity = inMemory ? ({ kind: 'missing' } as const) : identifyDataFile(path);
  if (identity.kind === 'refused') return { db: null, state: { status: 'refused', problem: identity.problem } };

  let db: Database;
  try {
    db = openSqlite(path);
  } catch (error) {
    throw storageError(error, dirname(path)) ?? new AppError('io', dataFileMessages.cannotOpen(path, (error as Error).message));
  }
  try {
    db.pragma('busy_timeout = 3000');
    // A newer version's file is refused before any write touches it.
    const pending = pendingMigrations(db, migrations);
    // Marking, migrating or switching to WAL writes: such a file is checked first, here.
    const willWrite = identity.kind !== 'ours' || pending.length > 0 || (!inMemory && db.pragma('journal_mode', { simple: true }) !== 'wal');
    const checkNow = identity.kind !== 'missing' && (willWrite || !options.checkLater);
    if (checkNow) {
      const check = quickCheck(db);
      if (!check.ok) return toSalvage(db, path, check.detail);
    }
    if (identity.kind !== 'ours') db.pragma(`application_id = ${APPLICATION_ID}`);
    tune(db, !inMemory);
    if (pending.length > 0 && appliedMigrationIds(db).length > 0) options.beforeMigrating?.(db);
    runMigrations(db, pending, now);
    return { db, state: { status: 'ok' }, unchecked: identity.kind !== 'missing' && !checkNow };
  } catch (error) {
    if (isCorruption(error)) return toSalvage(db, path, (error as Error).message);
    db.close();
    if (error instanceof AppError && error.code === 'database') return { db: null, state: { status: 'refused', problem: error.message } };
    throw storageError(error, dirname(path)) ?? error;
  }
}

/** Opens a file that must be usable read-write; any other state is thrown as AppError('database'). */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const opened = openDataFile(path, options);
  if (opened.state.status === 'ok' && opened.db) return opened.db;
  opened.db?.close();
  throw new AppError('database', opened.state.status === 'ok' ? dataFileMessages.cannotOpenPlain : opened.state.problem);
}

/** quick_check of the live file on a read-only connection of its own (the start-up check, off the main thread). */
export function checkLiveFile(path: string): IntegrityResult {
  const db = openSqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return quickCheck(db);
  } finally {
    db.close();
  }
}
