/** backups.create, backups.list, backups.restore: "Sao lưu ngay" and "Khôi phục từ bản sao lưu". */
import type { BackupInfo } from '#shared/contract/api';
import type { Handlers } from '../dispatcher';
import { BACKUP_KINDS, parseBackupName, type BackupEntry } from './backup-files';

function backupInfo(entry: BackupEntry): BackupInfo {
  return {
    name: entry.name,
    kind: entry.kind,
    kindLabel: BACKUP_KINDS[entry.kind],
    takenAt: entry.takenAt.toISOString(),
    reports: entry.reports,
    bytes: entry.bytes,
  };
}

/** What the backup screens need of the open data file (DataFile answers it; the backups folder knows no more of it). */
interface BackupDesk {
  backupNow(): Promise<{ file: string; reports: number; bytes: number }>;
  listBackups(): BackupEntry[];
  restore(name: string): ReturnType<Handlers['backups.restore']>;
}

export function backupHandlers(data: BackupDesk): Pick<Handlers, 'backups.create' | 'backups.list' | 'backups.restore'> {
  return {
    'backups.create': async () => {
      const made = await data.backupNow();
      const name = made.file.split(/[\\/]/).pop() ?? made.file;
      const entry = parseBackupName(name, made.bytes);
      const list = data.listBackups();
      return {
        ...backupInfo(entry ?? { name, kind: 'thu-cong', takenAt: new Date(), reports: made.reports, bytes: made.bytes, compressed: true }),
        count: list.length,
      };
    },
    'backups.list': () => data.listBackups().map(backupInfo),
    'backups.restore': ({ name }) => data.restore(name),
  };
}
