/**
 * Which backups to keep, so that a bad week can still be undone: the newest automatic backup of
 * each of the last 7 days that have one, of each of the last 4 weeks, and every backup taken
 * before a migration (the way back to the previous version's data). The clerk's own "Sao lưu
 * ngay" copies and the copies taken before a restore are counted apart, so pressing the button
 * in a panic never pushes out the morning's good copy. Everything else goes.
 */
import type { BackupEntry } from './backup-files';

const KEEP_DAILY = 7;
const KEEP_WEEKLY = 4;
const KEEP_MANUAL = 3;
const KEEP_BEFORE_RESTORE = 2;

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;

/** Monday-based week key, local time. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
}

function newestPerKey(entries: readonly BackupEntry[], key: (d: Date) => string, howMany: number): BackupEntry[] {
  const seen = new Set<string>();
  const kept: BackupEntry[] = [];
  for (const entry of entries) {
    const k = key(entry.takenAt);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(entry);
    if (kept.length === howMany) break;
  }
  return kept;
}

/** The backups to delete from `entries` (any order given). */
export function backupsToDelete(entries: readonly BackupEntry[]): BackupEntry[] {
  const newestFirst = [...entries].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  const automatic = newestFirst.filter((e) => e.kind === 'hang-ngay' || e.kind === 'cu');
  const keep = new Set<string>([
    ...newestFirst.filter((e) => e.kind === 'truoc-nang-cap').map((e) => e.name),
    ...newestPerKey(automatic, dayKey, KEEP_DAILY).map((e) => e.name),
    ...newestPerKey(automatic, weekKey, KEEP_WEEKLY).map((e) => e.name),
    ...newestFirst
      .filter((e) => e.kind === 'thu-cong')
      .slice(0, KEEP_MANUAL)
      .map((e) => e.name),
    ...newestFirst
      .filter((e) => e.kind === 'truoc-khoi-phuc')
      .slice(0, KEEP_BEFORE_RESTORE)
      .map((e) => e.name),
  ]);
  return newestFirst.filter((e) => !keep.has(e.name));
}
