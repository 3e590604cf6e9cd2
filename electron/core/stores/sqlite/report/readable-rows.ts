import type { Database } from 'better-sqlite3';

/**
 * Every row of `table` that can still be read, one rowid at a time: the salvage path for a
 * damaged file, where a scan stops at the first bad page. Gives up after a long run of misses
 * past the highest rowid it could learn.
 */
export function readableRows<T>(db: Database, table: 'reports' | 'sections', columns: string, where = '1', params: unknown[] = []): T[] {
  let highest: number;
  try {
    highest = (db.prepare(`SELECT max(rowid) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0;
  } catch {
    highest = 0;
  }
  const one = db.prepare(`SELECT ${columns} FROM ${table} WHERE rowid = ? AND (${where})`);
  const rows: T[] = [];
  let misses = 0;
  for (let rowid = 1; rowid <= highest || misses < 2_000; rowid += 1) {
    try {
      const row = one.get(rowid, ...params) as T | undefined;
      if (row) {
        rows.push(row);
        misses = 0;
        continue;
      }
    } catch {
      // This row sits on a damaged page: skip it.
    }
    misses += 1;
  }
  return rows;
}
