import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import { reportMessages } from '#shared/messages/reports';

/** A published report is the one the văn thư registered: its changes go into a new version. */
export function assertEditable(db: Database, reportId: string): void {
  const row = db.prepare('SELECT state FROM reports WHERE id = ?').get(reportId) as { state: string } | undefined;
  if (row?.state === 'published') throw new AppError('validation', reportMessages.publishedLocked);
}
