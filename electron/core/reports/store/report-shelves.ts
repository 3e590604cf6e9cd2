/**
 * The shelves a report sits on — "Báo cáo của tôi", "Lưu trữ", "Thùng rác" — and the moves
 * between them. Listing reads row by row when the file is damaged, so one bad page does not
 * hide the other reports.
 */
import type { Database } from 'better-sqlite3';
import type { ReportSummary, Shelf } from '../../../../shared/domain/report';
import { isCorruption } from '../../db/storage-errors';
import { inWriteTransaction } from '../../db/write-transaction';
import { notFound, toSummary, type ListRow } from './report-rows';
import { readableRows } from './readable-rows';
import type { StoreDeps } from './store-deps';

/** How long a report stays in the Thùng rác before it is deleted for good. */
export const TRASH_DAYS = 30;

/** A report received in a package carries its sender (the newest receipt), so copies can be told apart in the list. */
const RECEIVED_FROM =
  "(SELECT s.unit FROM report_shares s WHERE s.report_id = reports.id AND s.direction = 'received' ORDER BY s.at DESC, s.rowid DESC LIMIT 1)";
const LIST_COLUMNS = `id, kind, profile, period, header_json, updated_at, archived_at, deleted_at, state, ${RECEIVED_FROM} AS received_from`;
/** Read row by row from a damaged file: the shares are not read (one bad page there must not hide a report). */
const SALVAGE_COLUMNS = 'id, kind, profile, period, header_json, updated_at, archived_at, deleted_at, state, NULL AS received_from';
const SHELF_WHERE: Record<Shelf, string> = {
  active: 'deleted_at IS NULL AND archived_at IS NULL',
  archived: 'deleted_at IS NULL AND archived_at IS NOT NULL',
  trash: 'deleted_at IS NOT NULL',
};

export class ReportShelves {
  constructor(private readonly deps: StoreDeps) {}

  private get db(): Database {
    return this.deps.db;
  }

  /** Every report not in the Thùng rác (in the list or archived), newest edit first. */
  list(): ReportSummary[] {
    let rows: ListRow[];
    try {
      rows = this.db.prepare(`SELECT ${LIST_COLUMNS} FROM reports WHERE deleted_at IS NULL ORDER BY updated_at DESC, rowid DESC`).all() as ListRow[];
    } catch (error) {
      if (!isCorruption(error)) throw error;
      // A damaged file: read row by row, so one unreadable page does not hide the others.
      rows = readableRows<ListRow>(this.db, 'reports', SALVAGE_COLUMNS, 'deleted_at IS NULL').sort((a, b) => b.updated_at.localeCompare(a.updated_at));
    }
    return rows.map(toSummary);
  }

  /**
   * One page of a shelf, newest edit first (the Thùng rác: newest deleted first), with the shelf's
   * size and the units its received reports came from; `from` keeps the reports received from one
   * unit ("" the unit's own).
   */
  page(
    shelf: Shelf,
    offset: number,
    limit: number,
    from?: string,
    sort: 'updated' | 'unit' = 'updated',
  ): { items: ReportSummary[]; total: number; senders: string[] } {
    const shelfWhere = SHELF_WHERE[shelf];
    const where = from === undefined ? shelfWhere : `${shelfWhere} AND ${from === '' ? `${RECEIVED_FROM} IS NULL` : `${RECEIVED_FROM} = ?`}`;
    const params = from === undefined || from === '' ? [] : [from];
    const newest = shelf === 'trash' ? 'deleted_at DESC, rowid DESC' : 'updated_at DESC, rowid DESC';
    // By sender: the unit's own reports first, then each sender's, newest first within.
    const order = sort === 'unit' ? `received_from IS NOT NULL, received_from COLLATE NOCASE, ${newest}` : newest;
    try {
      const total = (this.db.prepare(`SELECT count(*) AS n FROM reports WHERE ${where}`).get(...params) as { n: number }).n;
      const rows = this.db
        .prepare(`SELECT ${LIST_COLUMNS} FROM reports WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as ListRow[];
      const senders = (
        this.db.prepare(`SELECT DISTINCT ${RECEIVED_FROM} AS unit FROM reports WHERE ${shelfWhere} AND ${RECEIVED_FROM} IS NOT NULL ORDER BY unit`).all() as {
          unit: string;
        }[]
      ).map((r) => r.unit);
      return { items: rows.map(toSummary), total, senders };
    } catch (error) {
      if (!isCorruption(error)) throw error;
      const all = readableRows<ListRow>(this.db, 'reports', SALVAGE_COLUMNS, shelfWhere).sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      return { items: all.slice(offset, offset + limit).map(toSummary), total: all.length, senders: [] };
    }
  }

  /** "Lưu trữ" / "Đưa về danh sách": hidden from the list or back; the report itself is untouched (its last edit stays). */
  setArchived(id: string, archived: boolean): void {
    const result = this.db
      .prepare(`UPDATE reports SET archived_at = ${archived ? '?' : 'NULL'} WHERE id = ? AND deleted_at IS NULL`)
      .run(...(archived ? [this.deps.now(), id] : [id]));
    if (result.changes === 0) throw notFound();
  }

  /** "Xóa": into the Thùng rác, kept TRASH_DAYS days; nothing is deleted yet. */
  moveToTrash(id: string): void {
    const result = this.db.prepare('UPDATE reports SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.deps.now(), id);
    if (result.changes === 0) throw notFound();
  }

  /** Back from the Thùng rác to where it was (the list, or the archive). */
  restoreFromTrash(id: string): void {
    const result = this.db.prepare('UPDATE reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw notFound();
  }

  /** "Xóa hẳn": only from the Thùng rác, with its parts and history. */
  deleteForever(id: string): void {
    const result = this.db.prepare('DELETE FROM reports WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw notFound();
    this.deps.changed?.(id);
  }

  /** Reports in the Thùng rác since before `cutoff` (ISO time) are deleted for good; returns how many. */
  purgeTrash(cutoff: string): number {
    const ids = this.db.prepare('SELECT id FROM reports WHERE deleted_at IS NOT NULL AND deleted_at < ?').all(cutoff) as { id: string }[];
    inWriteTransaction(this.db, () => {
      for (const { id } of ids) this.db.prepare('DELETE FROM reports WHERE id = ?').run(id);
    });
    for (const { id } of ids) this.deps.changed?.(id);
    return ids.length;
  }
}
