/**
 * The only module that opens better-sqlite3. It checks the file before touching it, then sets
 * WAL (a crash mid-write never corrupts the file, and reads do not block the autosave) and
 * foreign keys, then migrates.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { pendingMigrations, runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migration';

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => string;
}

function corruptFileError(path: string): AppError {
  return new AppError(
    'database',
    `Không đọc được tệp dữ liệu "${path}": tệp bị hỏng hoặc không phải dữ liệu của Soạn Báo Cáo. ` +
      'Ứng dụng không sửa hay xóa tệp này. Hãy khôi phục tệp từ bản sao lưu, hoặc đổi tên nó để bắt đầu với dữ liệu mới.',
  );
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

/** Opens (or creates) the database at `path` (`:memory:` for tests). Throws AppError('database'). */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date().toISOString());
  let db: Database;
  try {
    db = new BetterSqlite3(path);
  } catch (error) {
    throw new AppError(
      'database',
      `Không mở được tệp dữ liệu "${path}" (${(error as Error).message}). Hãy kiểm tra quyền ghi vào thư mục dữ liệu.`,
    );
  }
  try {
    // Reading first: a corrupt or newer file is refused before any write touches it.
    db.pragma('schema_version');
    const pending = pendingMigrations(db, migrations);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    runMigrations(db, pending, now);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (isCorruption(error)) throw corruptFileError(path);
    throw error;
  }
}
