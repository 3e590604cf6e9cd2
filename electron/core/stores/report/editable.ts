import { AppError } from '#shared/contract/errors';
import { reportMessages } from '#shared/messages/reports';
import type { Sql } from '../../db/sql';

/** A published report is the one the văn thư registered: its changes go into a new version. */
export async function assertEditable(sql: Sql, reportId: string): Promise<void> {
  const row = await sql.get<{ state: string }>('SELECT state FROM reports WHERE id = ?', [reportId]);
  if (row?.state === 'published') throw new AppError('validation', reportMessages.publishedLocked);
}
