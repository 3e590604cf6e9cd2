/**
 * "Đưa thư viện lên máy chủ": a PC's own library brought up to the office's server. Each report
 * goes whole — its row, its parts (parents first), their history, what travelled, its versions,
 * attachments, bản trình and events — in a transaction of its own; a report already on the
 * server (an earlier run cut halfway, or the same report brought up from another PC) is left as it
 * is. So nothing is half-written, and running it again finishes the work. The unit's dictionary,
 * templates, indicator sets, consolidations and "Đơn vị của tôi" are added where the server lacks them.
 */
import type { UploadResult } from '#shared/contract/api';
import type { Sql, SqlValue } from '../db/sql';

/** The tables that hang off a report, in the order their rows can be written. */
const REPORT_TABLES = [
  'section_revisions',
  'report_shares',
  'report_lineage',
  'report_versions',
  'report_attachments',
  'submissions',
  'report_events',
] as const;
/** The unit's own tables, merged by their keys. */
const UNIT_TABLES = ['personal_dictionary', 'unit_templates', 'indicator_sets', 'organization', 'consolidations', 'consolidation_inputs'] as const;
/** Written by the server itself (who made it, insertion order). */
const SERVER_COLUMNS = new Set(['rowid', 'updated_by', 'created_by', 'made_by']);

type Row = Record<string, SqlValue>;

async function insertRows(sql: Sql, table: string, rows: readonly Row[], onConflict: string): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row).filter((c) => !SERVER_COLUMNS.has(c));
    await sql.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${onConflict}`,
      columns.map((c) => row[c] ?? null),
    );
  }
}

/** Parts in an order their parents come first in. */
function parentsFirst(sections: readonly Row[]): Row[] {
  const placed = new Set<string>();
  const out: Row[] = [];
  let rest = [...sections];
  while (rest.length > 0) {
    const ready = rest.filter((s) => s.parent_id === null || placed.has(s.parent_id as string));
    if (ready.length === 0) break; // A damaged tree: the orphans are not brought up.
    for (const s of ready) {
      out.push(s);
      placed.add(s.id as string);
    }
    rest = rest.filter((s) => !placed.has(s.id as string));
  }
  return out;
}

export async function uploadLibrary(local: Sql, server: Sql, onProgress?: (done: number, total: number) => void): Promise<UploadResult> {
  const ids = (await local.all<{ id: string }>('SELECT id FROM reports ORDER BY created_at')).map((r) => r.id);
  let uploaded = 0;
  let alreadyThere = 0;
  for (const [i, id] of ids.entries()) {
    const copied = await server.transaction(async (tx) => {
      if (await tx.get('SELECT 1 AS found FROM reports WHERE id = ?', [id])) return false;
      const report = await local.get<Row>('SELECT * FROM reports WHERE id = ?', [id]);
      if (!report) return false;
      await insertRows(tx, 'reports', [report], '');
      await insertRows(tx, 'sections', parentsFirst(await local.all<Row>('SELECT * FROM sections WHERE report_id = ?', [id])), '');
      for (const table of REPORT_TABLES)
        await insertRows(tx, table, await local.all<Row>(`SELECT * FROM ${table} WHERE report_id = ?`, [id]), 'ON CONFLICT DO NOTHING');
      return true;
    });
    if (copied) uploaded += 1;
    else alreadyThere += 1;
    onProgress?.(i + 1, ids.length);
  }
  await server.transaction(async (tx) => {
    for (const table of UNIT_TABLES) await insertRows(tx, table, await local.all<Row>(`SELECT * FROM ${table}`), 'ON CONFLICT DO NOTHING');
  });
  return { reports: ids.length, uploaded, alreadyThere };
}
