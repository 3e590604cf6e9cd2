/**
 * The shelves a report sits on — "Báo cáo của tôi", "Lưu trữ", "Thùng rác" — and the moves
 * between them. Listing reads row by row when the PC's file is damaged, so one bad page does not
 * hide the other reports.
 */
import type { ReportSummary, Shelf } from '#shared/domain/report';
import type { Sql, SqlValue } from '../../db/sql';
import type { StoreDeps } from '../store-deps';
import { notFound, toSummary, type ListRow } from './report-rows';

/** How long a report stays in the Thùng rác before it is deleted for good. */
export const TRASH_DAYS = 30;

/**
 * The newest version received in a package that the report holds (its content descends from it):
 * who sent it, when, which lần gửi. A version seen and not kept ("Giữ bản của tôi", "Giữ cả hai")
 * does not make the clerk's own report a "bản nhận được".
 */
const heldReceipt = (column: string) =>
  `(SELECT s.${column} FROM report_shares s JOIN report_lineage l ON l.report_id = s.report_id AND l.hash = s.hash ` +
  `WHERE s.report_id = reports.id AND s.direction = 'received' ORDER BY s.at DESC, s.rowid DESC LIMIT 1)`;
const RECEIVED_FROM = heldReceipt('unit');
const LIST_COLUMNS =
  `id, kind, profile, period, header_json, updated_at, archived_at, deleted_at, state, ${RECEIVED_FROM} AS received_from, ` +
  `${heldReceipt('at')} AS received_at, ${heldReceipt('revision')} AS received_revision, version_of, copy_of, ` +
  '(SELECT n.id FROM reports n WHERE n.version_of = reports.id AND n.deleted_at IS NULL ORDER BY n.created_at DESC LIMIT 1) AS newer_version, ' +
  '(SELECT CAST(count(*) AS INTEGER) FROM reports c WHERE c.copy_of = reports.id AND c.deleted_at IS NULL) AS kept_copies';
/** Read row by row from a damaged file: the shares are not read (one bad page there must not hide a report). */
const SALVAGE_COLUMNS =
  'id, kind, profile, period, header_json, updated_at, archived_at, deleted_at, state, NULL AS received_from, NULL AS received_at, NULL AS received_revision, ' +
  'NULL AS version_of, NULL AS copy_of, NULL AS newer_version, 0 AS kept_copies';
/**
 * The units the shelf's reports were received from (each report's newest held receipt, as
 * RECEIVED_FROM names it), read from the shares rather than report by report: on an office server
 * with 100,000 reports most have none.
 */
const sendersOn = (shelfWhere: string) =>
  `SELECT DISTINCT unit FROM (
     SELECT s.unit AS unit, ROW_NUMBER() OVER (PARTITION BY s.report_id ORDER BY s.at DESC, s.rowid DESC) AS newest
     FROM report_shares s JOIN report_lineage l ON l.report_id = s.report_id AND l.hash = s.hash JOIN reports ON reports.id = s.report_id
     WHERE s.direction = 'received' AND ${shelfWhere}) receipts
   WHERE newest = 1 ORDER BY unit`;

const SHELF_WHERE: Record<Shelf, string> = {
  active: 'deleted_at IS NULL AND archived_at IS NULL',
  archived: 'deleted_at IS NULL AND archived_at IS NOT NULL',
  trash: 'deleted_at IS NOT NULL',
};

export class ReportShelves {
  constructor(private readonly deps: StoreDeps) {}

  private get sql(): Sql {
    return this.deps.sql;
  }

  /**
   * Which version a new version is (2 for the first new version of a published report, 3 for a
   * new version of that …) and the published report it was made from, by its số and ngày.
   */
  async version(id: string): Promise<NonNullable<ReportSummary['version']> | null> {
    const row = await this.sql.get<{ number: number; of_id: string; of_header: string }>(
      `WITH RECURSIVE chain(id, of, depth) AS (
         SELECT id, version_of, 1 FROM reports WHERE id = ?
         UNION ALL SELECT r.id, r.version_of, c.depth + 1 FROM reports r JOIN chain c ON r.id = c.of WHERE c.depth < 100)
       SELECT (SELECT max(depth) FROM chain) AS number, p.id AS of_id, p.header_json AS of_header
       FROM reports me JOIN reports p ON p.id = me.version_of WHERE me.id = ?`,
      [id, id],
    );
    if (!row) return null;
    const header = JSON.parse(row.of_header) as { number?: string; symbol?: string; date?: string | null };
    return { number: Number(row.number), of: { id: row.of_id, number: header.number ?? '', symbol: header.symbol ?? '', date: header.date ?? null } };
  }

  /** A page's rows with their version, for the ones that are a new version of a published report. */
  private async withVersions(items: ReportSummary[]): Promise<ReportSummary[]> {
    const out: ReportSummary[] = [];
    for (const item of items) {
      const version = item.versionOf ? await this.version(item.id) : null;
      out.push(version ? { ...item, version } : item);
    }
    return out;
  }

  /** Every report not in the Thùng rác (in the list or archived), newest edit first. */
  async list(): Promise<ReportSummary[]> {
    let rows: ListRow[];
    try {
      rows = await this.sql.all<ListRow>(`SELECT ${LIST_COLUMNS} FROM reports WHERE deleted_at IS NULL ORDER BY updated_at DESC, rowid DESC`);
    } catch (error) {
      if (!this.sql.isCorruption(error)) throw error;
      // A damaged file: read row by row, so one unreadable page does not hide the others.
      rows = (await this.sql.readableRows<ListRow>('reports', SALVAGE_COLUMNS, 'deleted_at IS NULL')).sort((a, b) => b.updated_at.localeCompare(a.updated_at));
    }
    return rows.map(toSummary);
  }

  /**
   * One page of a shelf, newest edit first (the Thùng rác: newest deleted first), with the shelf's
   * size and the units its received reports came from; `from` keeps the reports received from one
   * unit ("" the unit's own).
   */
  async page(
    shelf: Shelf,
    offset: number,
    limit: number,
    from?: string,
    sort: 'updated' | 'unit' = 'updated',
  ): Promise<{ items: ReportSummary[]; total: number; senders: string[] }> {
    const shelfWhere = SHELF_WHERE[shelf];
    const where = from === undefined ? shelfWhere : `${shelfWhere} AND ${from === '' ? `${RECEIVED_FROM} IS NULL` : `${RECEIVED_FROM} = ?`}`;
    const params: SqlValue[] = from === undefined || from === '' ? [] : [from];
    const newest = shelf === 'trash' ? 'deleted_at DESC, rowid DESC' : 'updated_at DESC, rowid DESC';
    // By sender: the unit's own reports first, then each sender's, newest first within.
    const order = sort === 'unit' ? `CASE WHEN ${RECEIVED_FROM} IS NULL THEN 0 ELSE 1 END, lower(${RECEIVED_FROM}), ${newest}` : newest;
    try {
      return await this.sql.read(async (sql) => {
        const total = Number((await sql.get<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM reports WHERE ${where}`, params))?.n ?? 0);
        const rows = await sql.all<ListRow>(`SELECT ${LIST_COLUMNS} FROM reports WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, [
          ...params,
          limit,
          offset,
        ]);
        const senders = (await sql.all<{ unit: string }>(sendersOn(shelfWhere))).map((r) => r.unit);
        return { items: await new ReportShelves({ ...this.deps, sql }).withVersions(rows.map(toSummary)), total, senders };
      });
    } catch (error) {
      if (!this.sql.isCorruption(error)) throw error;
      const all = (await this.sql.readableRows<ListRow>('reports', SALVAGE_COLUMNS, shelfWhere)).sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      return { items: all.slice(offset, offset + limit).map(toSummary), total: all.length, senders: [] };
    }
  }

  /** "Lưu trữ" / "Đưa về danh sách": hidden from the list or back; the report itself is untouched (its last edit stays). */
  async setArchived(id: string, archived: boolean): Promise<void> {
    const changed = archived
      ? await this.sql.run('UPDATE reports SET archived_at = ? WHERE id = ? AND deleted_at IS NULL', [this.deps.now(), id])
      : await this.sql.run('UPDATE reports SET archived_at = NULL WHERE id = ? AND deleted_at IS NULL', [id]);
    if (changed === 0) throw notFound();
  }

  /** "Xóa": into the Thùng rác, kept TRASH_DAYS days; nothing is deleted yet. */
  async moveToTrash(id: string): Promise<void> {
    if ((await this.sql.run('UPDATE reports SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', [this.deps.now(), id])) === 0) throw notFound();
  }

  /** Back from the Thùng rác to where it was (the list, or the archive). */
  async restoreFromTrash(id: string): Promise<void> {
    if ((await this.sql.run('UPDATE reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', [id])) === 0) throw notFound();
  }

  /** "Xóa hẳn": only from the Thùng rác, with its parts and history. */
  async deleteForever(id: string): Promise<void> {
    if ((await this.sql.run('DELETE FROM reports WHERE id = ? AND deleted_at IS NOT NULL', [id])) === 0) throw notFound();
    this.deps.changed?.(id);
  }

  /** Reports in the Thùng rác since before `cutoff` (ISO time) are deleted for good; returns how many. */
  async purgeTrash(cutoff: string): Promise<number> {
    const ids = await this.sql.transaction(async (sql) => {
      const expired = await sql.all<{ id: string }>('SELECT id FROM reports WHERE deleted_at IS NOT NULL AND deleted_at < ?', [cutoff]);
      for (const { id } of expired) await sql.run('DELETE FROM reports WHERE id = ?', [id]);
      return expired;
    });
    for (const { id } of ids) this.deps.changed?.(id);
    return ids.length;
  }
}
