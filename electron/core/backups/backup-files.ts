/**
 * Backup files and their names. A finished backup is only ever a file whose name says it is
 * finished: `baocao-<ngày>-<giờ>-<loại>-<số báo cáo>.db.gz`. It is written under a temporary
 * name, verified, then renamed, so a crash mid-way leaves a `.tmp` file that the next start
 * removes and that never counts as a backup. The name carries what the restore list shows.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUP_FOLDER = 'backups';

export const BACKUP_KINDS = {
  'hang-ngay': 'Tự động hằng ngày',
  'thu-cong': 'Sao lưu ngay',
  'truoc-nang-cap': 'Trước khi nâng cấp dữ liệu',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
  cu: 'Bản sao lưu cũ',
} as const;
export type BackupKind = keyof typeof BACKUP_KINDS;

export interface BackupEntry {
  name: string;
  kind: BackupKind;
  /** When it was made, local time. */
  takenAt: Date;
  /** Reports it holds; null for a copy made before counts were recorded. */
  reports: number | null;
  bytes: number;
  compressed: boolean;
}

const FINISHED = /^baocao-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*)-(\d+)\.db(\.gz)?$/;
/** Copies from before verified backups existed: verified and compressed in the background. */
const LEGACY = /^baocao-(\d{8})-(\d{6})\.db$/;
const LEFTOVER = /\.tmp$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local date and time as in a file name: 20261130-081502. */
export function stampOf(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

function dateOf(day: string, time: string): Date {
  return new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  );
}

export function backupStem(kind: BackupKind, at: Date): string {
  return `baocao-${stampOf(at)}-${kind}`;
}

export function finishedName(stem: string, reports: number, compressed: boolean): string {
  return `${stem}-${reports}.db${compressed ? '.gz' : ''}`;
}

export function parseBackupName(name: string, bytes = 0): BackupEntry | null {
  const finished = FINISHED.exec(name);
  if (finished) {
    const [, day, time, kind, reports, gz] = finished as unknown as [string, string, string, string, string, string | undefined];
    if (!(kind in BACKUP_KINDS)) return null;
    return { name, kind: kind as BackupKind, takenAt: dateOf(day, time), reports: Number(reports), bytes, compressed: gz !== undefined };
  }
  const legacy = LEGACY.exec(name);
  if (legacy) return { name, kind: 'cu', takenAt: dateOf(legacy[1] as string, legacy[2] as string), reports: null, bytes, compressed: false };
  return null;
}

/** The names in the backups folder; none when it does not exist (yet). */
function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Every finished backup, newest first. */
export function listBackupFiles(dataDir: string): BackupEntry[] {
  const folder = join(dataDir, BACKUP_FOLDER);
  const names = namesIn(folder);
  const entries: BackupEntry[] = [];
  for (const name of names) {
    let bytes: number;
    try {
      bytes = statSync(join(folder, name)).size;
    } catch {
      continue;
    }
    const entry = parseBackupName(name, bytes);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

/** Removes what an interrupted backup left behind; returns the names removed. */
export function removeLeftovers(dataDir: string): string[] {
  const folder = join(dataDir, BACKUP_FOLDER);
  const removed = namesIn(folder).filter((n) => LEFTOVER.test(n));
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return removed;
}
