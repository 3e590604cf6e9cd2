/** Which backups stay: a bad week can still be undone, and the set stays small. */
import { describe, expect, it } from 'vitest';
import { parseBackupName, stampOf, type BackupEntry, type BackupKind } from '../../../electron/core/backups/backup-files';
import { backupsToDelete } from '../../../electron/core/backups/retention';

const entry = (at: Date, kind: BackupKind = 'hang-ngay'): BackupEntry => ({
  name: `baocao-${stampOf(at)}-${kind}-3.db.gz`,
  kind,
  takenAt: at,
  reports: 3,
  bytes: 1,
  compressed: true,
});
const day = (d: number, h = 8) => new Date(2026, 10, d, h, 0, 0);

describe('retention', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // Every day of November a daily backup at 08:00 and one at 12:00 (a second opening).
    const all = Array.from({ length: 30 }, (_, i) => [entry(day(i + 1)), entry(day(i + 1, 12))]).flat();
    const deleted = new Set(backupsToDelete(all).map((e) => e.name));
    const kept = all.filter((e) => !deleted.has(e.name)).map((e) => e.takenAt);
    // 24–30 November (the last 7 days, newest of each) …
    for (let d = 24; d <= 30; d += 1) expect(kept).toContainEqual(day(d, 12));
    // … plus the newest of each earlier week among the last four (weeks start on Monday; 30
    // November 2026 is one, so the weeks are 30, 23–29, 16–22 and 9–15 November).
    expect(kept).toContainEqual(day(22, 12));
    expect(kept).toContainEqual(day(15, 12));
    expect(kept).toHaveLength(9);
    expect(kept).not.toContainEqual(day(30, 8));
  });

  it('keeps the clerk’s own copies apart: "Sao lưu ngay" never pushes out the day’s automatic one', () => {
    const daily = entry(day(30, 8));
    const manual = Array.from({ length: 5 }, (_, i) => entry(day(30, 9 + i), 'thu-cong'));
    const deleted = backupsToDelete([daily, ...manual]);
    expect(deleted).not.toContainEqual(daily);
    expect(deleted.map((e) => e.takenAt)).toEqual([day(30, 10), day(30, 9)]);
  });

  it('never deletes a backup taken before a migration', () => {
    const old = entry(new Date(2024, 0, 1), 'truoc-nang-cap');
    const all = [old, ...Array.from({ length: 20 }, (_, i) => entry(day(i + 1)))];
    expect(backupsToDelete(all)).not.toContainEqual(old);
  });

  it('reads finished names and the older uncompressed ones, and nothing else', () => {
    expect(parseBackupName('baocao-20261130-081502-hang-ngay-42.db.gz', 10)).toMatchObject({ kind: 'hang-ngay', reports: 42, compressed: true, bytes: 10 });
    expect(parseBackupName('baocao-20261130-081502-truoc-nang-cap-7.db')).toMatchObject({ kind: 'truoc-nang-cap', reports: 7, compressed: false });
    expect(parseBackupName('baocao-20261130-081502.db')).toMatchObject({ kind: 'cu', reports: null });
    for (const name of [
      'baocao-20261130-081502-hang-ngay.db.gz.tmp',
      '.khoi-phuc-20261130-081502.db.tmp',
      'baocao-20261130-081502-la-9.db.gz',
      'ghi-chu.txt',
    ]) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});
