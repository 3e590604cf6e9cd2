/**
 * Whose file is this? Answered from the file's own bytes before SQLite opens it, because even a
 * read-only open of a WAL database creates `-wal`/`-shm` files beside it. A file that is not ours
 * is refused and left exactly as it was.
 *
 * Ours: a SQLite file whose header carries our `application_id` (set when the file is created),
 * or — for files made before the id existed — one whose migration ledger starts with our first
 * migration. That older kind is recognised on a private copy, never on the file itself.
 */
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from './sqlite';
import { refusedMessages } from '#shared/messages/storage';

/** "BaoC" in ASCII: the SQLite header's application_id (offset 68) of every Soạn Báo Cáo file. */
export const APPLICATION_ID = 0x42616f43;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_BYTES = 100;
const FIRST_MIGRATION = '0001-init';

type FileIdentity =
  | { kind: 'missing' }
  | { kind: 'ours' }
  /** Ours, written before the application_id existed: the id is added after the integrity check. */
  | { kind: 'ours-unmarked' }
  | { kind: 'refused'; problem: string };

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The migration ledger's first entry, read from a private copy so the file itself is untouched. */
function firstMigrationOnCopy(path: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-nhan-dien-'));
  try {
    const copy = join(dir, 'copy.db');
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = openSqlite(copy, { readonly: true });
    try {
      const ledger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
      if (!ledger) return null;
      const first = db.prepare('SELECT id FROM schema_migrations ORDER BY rowid LIMIT 1').get() as { id: string } | undefined;
      return first?.id ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function identifyDataFile(path: string): FileIdentity {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'refused', problem: refusedMessages.empty(path) };
  const header = readHeader(path);
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    return { kind: 'refused', problem: refusedMessages.notSqlite(path) };
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId === APPLICATION_ID) return { kind: 'ours' };
  if (applicationId !== 0) return { kind: 'refused', problem: refusedMessages.foreign(path) };
  return firstMigrationOnCopy(path) === FIRST_MIGRATION ? { kind: 'ours-unmarked' } : { kind: 'refused', problem: refusedMessages.foreign(path) };
}
