/**
 * The copying itself: a consistent image of the database (read in one read transaction, so saves
 * going on in the app neither restart nor corrupt it), checked with quick_check, compressed,
 * synced to disk and only then renamed to its finished name. These functions run in the worker
 * thread (host/core-worker.ts), except the pre-migration copy, which start-up makes before
 * anything else runs.
 *
 * The image stays in memory until it is compressed: writing a full-size temporary copy put
 * hundreds of MB in the disk's queue, and the app's own durable saves (each one synced) waited
 * behind it for 100–150 ms (measured at 10,000 reports); only the compressed file (~4 % of the
 * database) reaches the disk now.
 */
import type { Database } from 'better-sqlite3';
import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { finishedName } from './backup-files';
import { openSqlite } from '../db/sqlite';

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

/** quick_check and the number of reports of a database; throws BackupVerifyError when it fails. */
function verified(open: () => Database): number {
  let db: Database | null = null;
  try {
    db = open();
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

const verifyDatabaseFile = (path: string): number => verified(() => openSqlite(path, { readonly: true, fileMustExist: true }));

/** The same check on a database image held in memory. */
const verifyImage = (image: Buffer): number => verified(() => openSqlite(image));

/** A consistent copy of `source` (an open connection) at `target`, synced and verified; returns the report count. */
export function vacuumInto(source: Database, target: string): number {
  rmSync(target, { force: true });
  source.prepare('VACUUM INTO ?').run(target);
  syncFile(target);
  return verifyDatabaseFile(target);
}

/** Compresses `content` to a temporary name, syncs it, then gives it its finished name. */
async function writeFinished(folder: string, stem: string, reports: number, content: () => NodeJS.ReadableStream): Promise<VerifiedCopy> {
  const partial = join(folder, `${stem}.db.gz.tmp`);
  try {
    await pipeline(content(), createGzip({ level: 6 }), createWriteStream(partial));
    syncFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const file = join(folder, finishedName(stem, reports, true));
  renameSync(partial, file);
  return { file, reports, bytes: statSync(file).size };
}

/** Compresses a verified copy to its finished name in `folder`, removing the copy. */
async function finishCompressed(folder: string, stem: string, copy: string, reports: number): Promise<VerifiedCopy> {
  const finished = await writeFinished(folder, stem, reports, () => createReadStream(copy));
  rmSync(copy, { force: true });
  return finished;
}

/** The whole backup from the live file at `sourcePath`, on a connection of its own. */
export async function backupFromFile(sourcePath: string, folder: string, stem: string): Promise<VerifiedCopy> {
  const source = openSqlite(sourcePath, { readonly: true, fileMustExist: true });
  let image: Buffer;
  try {
    source.pragma('busy_timeout = 5000');
    image = source.serialize();
  } finally {
    source.close();
  }
  // The header's read/write versions say WAL (2); an image is a plain file (1), or SQLite will
  // not open it from memory. The app turns WAL back on when it opens a restored file.
  image[18] = 1;
  image[19] = 1;
  const reports = verifyImage(image);
  return writeFinished(folder, stem, reports, () => Readable.from(chunksOf(image, 1024 * 1024)));
}

function* chunksOf(buffer: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
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
