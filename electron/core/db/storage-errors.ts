/**
 * What the disk said, in words a clerk can act on. SQLite and the file system report the same
 * few situations under many codes; each situation has one message that says what to do, and
 * none of them is "restart the app". What was not saved stays on the screen and is retried.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '#shared/contract/errors';
import { READ_ONLY_MESSAGES, RETRY, STORAGE_MESSAGES, type Retry, type StorageProblem } from '#shared/messages/storage';

const CODES: Record<StorageProblem, readonly string[]> = {
  'disk-full': ['SQLITE_FULL', 'ENOSPC', 'EDQUOT'],
  'read-only': ['SQLITE_READONLY', 'EACCES', 'EPERM', 'EROFS'],
  locked: ['SQLITE_BUSY', 'SQLITE_LOCKED', 'EBUSY'],
  'disk-error': ['SQLITE_IOERR', 'EIO'],
  'cannot-open': ['SQLITE_CANTOPEN'],
};

export function storageProblem(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  for (const [problem, codes] of Object.entries(CODES) as [StorageProblem, readonly string[]][]) {
    // SQLite's extended codes carry the primary one as a prefix (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_FSYNC …).
    if (codes.some((c) => code === c || code.startsWith(`${c}_`))) return problem;
  }
  return null;
}

/** Which of the two is read-only, asked of the file system; null when neither answers so. */
export function readOnlyPart(dataDir: string, writable: (path: string) => boolean = canWrite): 'file' | 'folder' | null {
  const file = join(dataDir, 'baocao.db');
  if (existsSync(file) && !writable(file)) return 'file';
  if (!writable(dataDir)) return 'folder';
  return null;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The AppError for a storage failure, or null when the error is something else. `where` is the
 * data folder: for a read-only failure it is asked whether the file or the folder is to blame;
 * `retry` is how the clerk tries again (RETRY.save under the editor's autosave).
 */
export function storageError(error: unknown, where: string, retry: Retry = RETRY.other): AppError | null {
  const problem = storageProblem(error);
  if (!problem) return null;
  if (problem === 'read-only') {
    const part = existsSync(where) ? readOnlyPart(where) : null;
    if (part === 'file') return new AppError('io', READ_ONLY_MESSAGES.file(join(where, 'baocao.db'), retry));
    if (part === 'folder') return new AppError('io', READ_ONLY_MESSAGES.folder(where, retry));
  }
  return new AppError('io', STORAGE_MESSAGES[problem](where, retry));
}

/** A file SQLite cannot read as a database, or whose pages are damaged. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}
