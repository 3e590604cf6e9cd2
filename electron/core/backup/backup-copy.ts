/**
 * The copying itself: a consistent copy (VACUUM INTO, one read transaction, so saves going on
 * in the app neither restart nor corrupt it), checked with quick_check, compressed, synced to
 * disk and only then renamed to its finished name. These functions run in the worker thread
 * (worker/core-worker.ts), except the pre-migration copy, which start-up makes before anything
 * else runs.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { finishedName } from './backup-files';

export interface VerifiedCopy {
  file: string;
  reports: number;
  bytes: number;
}

export class BackupVerifyError extends Error {
  override name = 'BackupVerifyError';
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** quick_check and the number of reports of a database file; throws BackupVerifyError when it fails. */
export function verifyDatabaseFile(path: string): number {
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
    if (rows[0]?.quick_check !== 'ok') throw new BackupVerifyError(rows[0]?.quick_check ?? 'quick_check');
    return (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  } catch (error) {
    if (error instanceof BackupVerifyError) throw error;
    throw new BackupVerifyError((error as Error).message);
  } finally {
    db?.close();
  }
}

/** A consistent copy of `source` (an open connection) at `target`, verified; returns the report count. */
export function vacuumInto(source: Database, target: string): number {
  rmSync(target, { force: true });
  source.prepare('VACUUM INTO ?').run(target);
  syncFile(target);
  return verifyDatabaseFile(target);
}

async function gzipFile(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createGzip({ level: 6 }), createWriteStream(to));
  syncFile(to);
}

/** Compresses a verified copy to its finished name in `folder`, removing the copy. */
export async function finishCompressed(folder: string, stem: string, copy: string, reports: number): Promise<VerifiedCopy> {
  const partial = join(folder, `${stem}.db.gz.tmp`);
  await gzipFile(copy, partial);
  const file = join(folder, finishedName(stem, reports, true));
  renameSync(partial, file);
  rmSync(copy, { force: true });
  return { file, reports, bytes: statSync(file).size };
}

/** The whole backup from the live file at `sourcePath`, on a connection of its own. */
export async function backupFromFile(sourcePath: string, folder: string, stem: string): Promise<VerifiedCopy> {
  const copy = join(folder, `${stem}.db.tmp`);
  const source = new BetterSqlite3(sourcePath, { readonly: true, fileMustExist: true });
  let reports: number;
  try {
    source.pragma('busy_timeout = 5000');
    reports = vacuumInto(source, copy);
  } catch (error) {
    rmSync(copy, { force: true });
    throw error;
  } finally {
    source.close();
  }
  return finishCompressed(folder, stem, copy, reports);
}

/**
 * A backup file (compressed or not) made usable again at `target` (a temporary name the caller
 * renames), verified; returns the report count.
 */
export async function unpackBackup(file: string, target: string): Promise<number> {
  rmSync(target, { force: true });
  try {
    if (file.endsWith('.gz')) await pipeline(createReadStream(file), createGunzip(), createWriteStream(target));
    else await pipeline(createReadStream(file), createWriteStream(target));
    syncFile(target);
    return verifyDatabaseFile(target);
  } catch (error) {
    rmSync(target, { force: true });
    // A damaged archive is a bad backup; a full disk or a locked file is the disk's problem.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) throw new BackupVerifyError((error as Error).message);
    throw error;
  }
}

/**
 * An uncompressed backup (the pre-migration copy, or one from before compression) checked and
 * compressed under `stem`. One that fails the check was a half-written copy: it is removed.
 */
export async function compressExisting(folder: string, name: string, stem: string): Promise<VerifiedCopy | null> {
  const path = join(folder, name);
  let reports: number;
  try {
    reports = verifyDatabaseFile(path);
  } catch (error) {
    if (!(error instanceof BackupVerifyError)) throw error;
    rmSync(path, { force: true });
    return null;
  }
  return finishCompressed(folder, stem, path, reports);
}
