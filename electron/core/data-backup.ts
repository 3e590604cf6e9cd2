/**
 * Backups of the database into the data folder's "backups" subfolder: one a day when the app
 * opens, and one whenever the clerk presses "Sao lưu ngay". SQLite's online backup copies a
 * consistent file even while the app writes. The newest ten are kept.
 */
import type { Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';

export const BACKUP_FOLDER = 'backups';
export const KEEP_BACKUPS = 10;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function listBackups(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, BACKUP_FOLDER)).filter((f) => /^baocao-\d{8}-\d{6}\.db$/.test(f)).sort();
  } catch {
    return [];
  }
}

export async function backupNow(db: Database, dataDir: string, now: Date): Promise<string> {
  const folder = join(dataDir, BACKUP_FOLDER);
  const path = join(folder, `baocao-${stamp(now)}.db`);
  try {
    mkdirSync(folder, { recursive: true });
    await db.backup(path);
  } catch (error) {
    throw new AppError('io', `Không sao lưu được vào "${folder}" (${(error as Error).message}). Hãy kiểm tra dung lượng ổ đĩa và quyền ghi.`);
  }
  for (const old of listBackups(dataDir).slice(0, -KEEP_BACKUPS)) rmSync(join(folder, old), { force: true });
  return path;
}

/** The daily backup: only when no backup was made today. */
export async function backupIfDue(db: Database, dataDir: string, now: Date): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  if (listBackups(dataDir).some((f) => f.startsWith(`baocao-${today}`))) return null;
  return backupNow(db, dataDir, now);
}
