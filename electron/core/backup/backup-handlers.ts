/** data.backup, backups.list, backups.restore: "Sao lưu ngay" and "Khôi phục từ bản sao lưu". */
import type { BackupInfo } from '../../../shared/contract/api';
import type { DataFile } from '../data-file';
import type { Handlers } from '../dispatcher';
import { BACKUP_KINDS, parseBackupName, type BackupEntry } from './backup-files';

export function backupInfo(entry: BackupEntry): BackupInfo {
  return {
    name: entry.name,
    kind: entry.kind,
    kindLabel: BACKUP_KINDS[entry.kind],
    takenAt: entry.takenAt.toISOString(),
    reports: entry.reports,
    bytes: entry.bytes,
  };
}

export function backupHandlers(data: DataFile): Pick<Handlers, 'data.backup' | 'backups.list' | 'backups.restore'> {
  return {
    'data.backup': async () => {
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
