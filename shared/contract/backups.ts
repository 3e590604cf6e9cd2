/** backups.*: verified copies of the data file, and putting one back. */
import { z } from 'zod';
import { returns, line, type ApiEntry } from './entry';

export interface BackupInfo {
  name: string;
  kind: string;
  /** What the kind means to a clerk: "Tự động hằng ngày", "Trước khi khôi phục" … */
  kindLabel: string;
  takenAt: string;
  reports: number | null;
  bytes: number;
}

export const backupsApi = {
  /** A verified, compressed backup of the data file now. Errors: io (disk), database (damaged file). */
  'backups.create': { readOnly: false, args: z.strictObject({}), result: returns<BackupInfo & { count: number }>() },
  /** The backups a restore can use, newest first. */
  'backups.list': { readOnly: true, args: z.strictObject({}), result: returns<BackupInfo[]>() },
  /** Replaces the data file with a backup; the current file is backed up (or kept aside) first. Errors: not_found, io. */
  'backups.restore': { readOnly: true, args: z.strictObject({ name: line(200) }), result: returns<{ reports: number; keptAs: string | null }>() },
} as const satisfies Record<`backups.${string}`, ApiEntry>;
