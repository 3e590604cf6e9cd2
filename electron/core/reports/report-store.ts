/**
 * Reports and their parts in SQLite. Every write is one transaction and bumps the report's
 * updated_at, which orders "Báo cáo của tôi". JSON columns hold what the public format
 * defines (header, signature, recipients, blocks), so there is one shape to validate.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { SectionContent } from '../../../shared/domain/report-file-mapping';
import type { RevisionState } from '../../../shared/contract/api';
import { blocksFromFile, type Appendix, type Block, type FileBlock, type Report, type ReportMeta, type ReportSummary, type SectionNode } from '../../../shared/domain/report';
import type { ProfileId, SectionRole } from '../../../shared/domain/vocabulary';
import type { ReportState, Shelf } from '../../../shared/domain/report';
import { MAX_SECTION_DEPTH } from '../../../shared/report-format/schema';
import { isCorruption } from '../db/storage-errors';
import { inWriteTransaction } from '../db/write-transaction';

interface ReportRow {
  id: string;
  kind: string;
  profile: string;
  period: string;
  header_json: string;
  signature_json: string;
  recipients_json: string;
  outline: string;
  appendices_json: string;
  opening_json: string;
  previous_id: string | null;
  closing_json: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deleted_at: string | null;
  state: string;
  revision: number;
  structure_revision: number;
}

interface SectionRow {
  id: string;
  parent_id: string | null;
  position: number;
  role: string;
  title: string;
  blocks_json: string;
  revision: number;
}

export interface StoreDeps {
  db: Database;
  now: () => string;
  newId: () => string;
  /** Told which report each write changed (the search index follows them). */
  changed?: (reportId: string) => void;
}

/** How long a report stays in the Thùng rác before it is deleted for good. */
export const TRASH_DAYS = 30;

type ListRow = Pick<ReportRow, 'id' | 'kind' | 'profile' | 'period' | 'header_json' | 'updated_at' | 'archived_at' | 'deleted_at' | 'state'> & { received_from: string | null };
/** A report received in a package carries its sender (the newest receipt), so copies can be told apart in the list. */
const RECEIVED_FROM = "(SELECT s.unit FROM report_shares s WHERE s.report_id = reports.id AND s.direction = 'received' ORDER BY s.at DESC, s.rowid DESC LIMIT 1)";
const LIST_COLUMNS = `id, kind, profile, period, header_json, updated_at, archived_at, deleted_at, state, ${RECEIVED_FROM} AS received_from`;
/** Read row by row from a damaged file: the shares are not read (one bad page there must not hide a report). */
const SALVAGE_COLUMNS = 'id, kind, profile, period, header_json, updated_at, archived_at, deleted_at, state, NULL AS received_from';
const SHELF_WHERE: Record<Shelf, string> = {
  active: 'deleted_at IS NULL AND archived_at IS NULL',
  archived: 'deleted_at IS NULL AND archived_at IS NOT NULL',
  trash: 'deleted_at IS NOT NULL',
};

function toSummary(row: ListRow): ReportSummary {
  return {
    id: row.id,
    kind: row.kind,
    profile: row.profile as ProfileId,
    title: readTitle(row.header_json),
    period: row.period,
    updatedAt: row.updated_at,
    ...(row.state && row.state !== 'drafting' ? { state: row.state as ReportState } : {}),
    ...(row.received_from ? { receivedFrom: row.received_from } : {}),
    ...(row.archived_at ? { archivedAt: row.archived_at } : {}),
    ...(row.deleted_at ? { deletedAt: row.deleted_at } : {}),
  };
}


function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AppError('database', `Dữ liệu ${what} trong tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu.`);
  }
}

/** Blocks as stored: rows written before the app's one shape may hold the file's forms, read here. */
const parseBlocks = (text: string, what: string): Block[] => blocksFromFile(parseJson<FileBlock[]>(text, what));
const parseAppendices = (text: string): Appendix[] => parseJson<{ title: string; blocks?: FileBlock[] }[]>(text, 'phụ lục').map((a) => ({ title: a.title, blocks: blocksFromFile(a.blocks) }));

/** What a conflict refusal carries back for a part: the stored version to compare with. */
export interface StoredSection {
  title: string;
  blocks: Block[];
  revision: number;
}

export const PUBLISHED_LOCKED = 'Báo cáo đã phát hành (đã có số, ngày): bản này không sửa được nữa. Bấm “Tạo phiên bản mới” để sửa tiếp trên một bản sao.';

export const conflictMessages = {
  section: (title: string) =>
    `Phần "${title || 'không tên'}" vừa được sửa ở một cửa sổ khác. Bản của bạn chưa ghi đè lên bản đó: hãy so sánh hai bản và chọn bản giữ lại.`,
  meta: 'Thông tin của báo cáo vừa được sửa ở một cửa sổ khác. Bản của bạn chưa ghi đè lên bản đó: hãy chọn giữ bản nào.',
  structure: 'Các phần của báo cáo vừa được thêm, bớt hoặc sắp xếp lại ở một cửa sổ khác. Màn hình đã cập nhật theo; hãy làm lại thao tác vừa rồi nếu vẫn cần.',
};

/** The title of a list row; a damaged header does not hide the row. */
function readTitle(headerJson: string): string {
  try {
    return (JSON.parse(headerJson) as { summary?: string }).summary ?? '';
  } catch {
    return '(không đọc được trích yếu)';
  }
}

/**
 * Every row of `table` that can still be read, one rowid at a time: the salvage path for a
 * damaged file, where a scan stops at the first bad page. Gives up after a long run of misses
 * past the highest rowid it could learn.
 */
function readableRows<T>(db: Database, table: 'reports' | 'sections', columns: string, where = '1', params: unknown[] = []): T[] {
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

function notFound(): AppError {
  return new AppError('not_found', 'Không tìm thấy báo cáo hoặc phần này; có thể nó đã bị xóa. Hãy quay lại danh sách.');
}

export class ReportStore {
  constructor(private readonly deps: StoreDeps) {}

  private get db(): Database {
    return this.deps.db;
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T {
    return inWriteTransaction(this.db, work);
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
  page(shelf: Shelf, offset: number, limit: number, from?: string, sort: 'updated' | 'unit' = 'updated'): { items: ReportSummary[]; total: number; senders: string[] } {
    const shelfWhere = SHELF_WHERE[shelf];
    const where = from === undefined ? shelfWhere : `${shelfWhere} AND ${from === '' ? `${RECEIVED_FROM} IS NULL` : `${RECEIVED_FROM} = ?`}`;
    const params = from === undefined || from === '' ? [] : [from];
    const newest = shelf === 'trash' ? 'deleted_at DESC, rowid DESC' : 'updated_at DESC, rowid DESC';
    // By sender: the unit's own reports first, then each sender's, newest first within.
    const order = sort === 'unit' ? `received_from IS NOT NULL, received_from COLLATE NOCASE, ${newest}` : newest;
    try {
      const total = (this.db.prepare(`SELECT count(*) AS n FROM reports WHERE ${where}`).get(...params) as { n: number }).n;
      const rows = this.db.prepare(`SELECT ${LIST_COLUMNS} FROM reports WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as ListRow[];
      const senders = (this.db.prepare(`SELECT DISTINCT ${RECEIVED_FROM} AS unit FROM reports WHERE ${shelfWhere} AND ${RECEIVED_FROM} IS NOT NULL ORDER BY unit`).all() as { unit: string }[]).map((r) => r.unit);
      return { items: rows.map(toSummary), total, senders };
    } catch (error) {
      if (!isCorruption(error)) throw error;
      const all = readableRows<ListRow>(this.db, 'reports', SALVAGE_COLUMNS, shelfWhere).sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      return { items: all.slice(offset, offset + limit).map(toSummary), total: all.length, senders: [] };
    }
  }

  /** "Lưu trữ" / "Đưa về danh sách": hidden from the list or back; the report itself is untouched (its last edit stays). */
  setArchived(id: string, archived: boolean): void {
    const result = this.db.prepare(`UPDATE reports SET archived_at = ${archived ? '?' : 'NULL'} WHERE id = ? AND deleted_at IS NULL`).run(...(archived ? [this.deps.now(), id] : [id]));
    if (result.changes === 0) throw notFound();
  }

  get(id: string): Report {
    const row = this.db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
    if (!row) throw notFound();
    const columns = 'id, parent_id, position, role, title, blocks_json, revision';
    let sectionRows: SectionRow[];
    try {
      sectionRows = this.db.prepare(`SELECT ${columns} FROM sections WHERE report_id = ? ORDER BY position`).all(id) as SectionRow[];
    } catch (error) {
      if (!isCorruption(error)) throw error;
      sectionRows = readableRows<SectionRow>(this.db, 'sections', columns, 'report_id = ?', [id]);
    }
    return { ...rowToMeta(row), sections: buildTree(sectionRows) };
  }

  /** True when a report with this id is stored (in the list, archived or in the Thùng rác). */
  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM reports WHERE id = ?').get(id) !== undefined;
  }

  /** Creates a report with its parts; returns the new id (`id`: the report's id on the machine that sent it). */
  create(meta: Omit<ReportMeta, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision'>, sections: readonly SectionContent[], id = this.deps.newId()): string {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO reports (id, kind, profile, period, outline, header_json, signature_json, recipients_json, appendices_json,
                                opening_json, closing_json, previous_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id, meta.kind, meta.profile, meta.period, meta.outline,
          JSON.stringify(meta.header), JSON.stringify(meta.signature), JSON.stringify(meta.recipients), JSON.stringify(meta.appendices),
          JSON.stringify(meta.opening), JSON.stringify(meta.closing), meta.previousId ?? null, now, now,
        );
      this.insertSections(id, null, sections, now);
    });
    this.deps.changed?.(id);
    return id;
  }

  private insertSections(reportId: string, parentId: string | null, sections: readonly SectionContent[], now: string): void {
    const insert = this.db.prepare(
      `INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    sections.forEach((section, position) => {
      const id = this.deps.newId();
      insert.run(id, reportId, parentId, position, section.role, section.title, JSON.stringify(section.blocks), now);
      this.insertSections(reportId, id, section.children, now);
    });
  }

  /** Where each part and the report's details stand, for a window that watches for other windows' saves. */
  revisions(id: string): RevisionState {
    const row = this.db.prepare('SELECT revision, structure_revision FROM reports WHERE id = ?').get(id) as { revision: number; structure_revision: number } | undefined;
    if (!row) throw notFound();
    const sections = this.db.prepare('SELECT id, revision FROM sections WHERE report_id = ?').all(id) as { id: string; revision: number }[];
    return { revision: row.revision, structureRevision: row.structure_revision, sections: Object.fromEntries(sections.map((s) => [s.id, s.revision])) };
  }

  /** Refuses a tree change made from a stale tree: the refusal carries the report as stored. */
  private checkStructure(reportId: string, base: number | undefined): void {
    this.assertEditable(reportId);
    const row = this.db.prepare('SELECT structure_revision FROM reports WHERE id = ?').get(reportId) as { structure_revision: number } | undefined;
    if (!row) throw notFound();
    if (base !== undefined && base !== row.structure_revision) throw new AppError('conflict', conflictMessages.structure, this.get(reportId));
  }

  private bumpStructure(reportId: string, now: string): void {
    this.db.prepare('UPDATE reports SET structure_revision = structure_revision + 1, updated_at = ? WHERE id = ?').run(now, reportId);
    this.deps.changed?.(reportId);
  }

  updateMeta(
    id: string,
    changes: Partial<Pick<ReportMeta, 'profile' | 'period' | 'outline' | 'header' | 'signature' | 'recipients' | 'appendices' | 'opening' | 'closing'>>,
    baseRevision?: number,
  ): { updatedAt: string; revision: number } {
    const now = this.deps.now();
    // Column names come from this fixed list, never from the caller.
    const columns: [keyof typeof changes, string, (value: never) => string][] = [
      ['profile', 'profile', (v: string) => v],
      ['period', 'period', (v: string) => v],
      ['header', 'header_json', (v: unknown) => JSON.stringify(v)],
      ['signature', 'signature_json', (v: unknown) => JSON.stringify(v)],
      ['recipients', 'recipients_json', (v: unknown) => JSON.stringify(v)],
      ['outline', 'outline', (v: string) => v],
      ['appendices', 'appendices_json', (v: unknown) => JSON.stringify(v)],
      ['opening', 'opening_json', (v: unknown) => JSON.stringify(v)],
      ['closing', 'closing_json', (v: unknown) => JSON.stringify(v)],
    ];
    const sets: string[] = ['updated_at = @now', 'revision = revision + 1'];
    const params: Record<string, string> = { id, now };
    for (const [key, column, encode] of columns) {
      const value = changes[key];
      if (value === undefined) continue;
      sets.push(`${column} = @${key}`);
      params[key] = encode(value as never);
    }
    return inWriteTransaction(this.db, () => {
      const row = this.db.prepare('SELECT revision, state FROM reports WHERE id = ?').get(id) as { revision: number; state: string } | undefined;
      if (!row) throw notFound();
      // Publishing itself writes the số and ngày; afterwards the report is locked.
      if (row.state === 'published') throw new AppError('validation', PUBLISHED_LOCKED);
      if (baseRevision !== undefined && baseRevision !== row.revision) {
        const { sections: _sections, ...stored } = this.get(id);
        throw new AppError('conflict', conflictMessages.meta, stored);
      }
      this.db.prepare(`UPDATE reports SET ${sets.join(', ')} WHERE id = @id`).run(params);
      this.deps.changed?.(id);
      return { updatedAt: now, revision: row.revision + 1 };
    });
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

  /**
   * Replaces a report's details and parts with another version of the same report (a package
   * received): a part whose title is found again under the same parent keeps its id — so its
   * history stays with it — and gets the new content; other parts are removed or added.
   */
  replaceContent(id: string, meta: Omit<ReportMeta, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision' | 'kind' | 'previousId'>, sections: readonly SectionContent[]): void {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      if (!this.exists(id)) throw notFound();
      this.db
        .prepare(
          `UPDATE reports SET profile = ?, period = ?, outline = ?, header_json = ?, signature_json = ?, recipients_json = ?, appendices_json = ?,
             opening_json = ?, closing_json = ?, deleted_at = NULL, revision = revision + 1, updated_at = ? WHERE id = ?`,
        )
        .run(meta.profile, meta.period, meta.outline, JSON.stringify(meta.header), JSON.stringify(meta.signature), JSON.stringify(meta.recipients), JSON.stringify(meta.appendices), JSON.stringify(meta.opening), JSON.stringify(meta.closing), now, id);
      const existing = this.get(id).sections;
      const keep = new Set<string>();
      const place = (parentId: string | null, incoming: readonly SectionContent[], current: readonly SectionNode[]) => {
        const free = [...current];
        incoming.forEach((section, position) => {
          const at = free.findIndex((s) => s.title.trim() === section.title.trim());
          if (at >= 0) {
            const [match] = free.splice(at, 1) as [SectionNode];
            keep.add(match.id);
            this.db.prepare('UPDATE sections SET parent_id = ?, position = ?, role = ?, title = ?, blocks_json = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(parentId, position, section.role, section.title, JSON.stringify(section.blocks), now, match.id);
            place(match.id, section.children, match.children);
          } else {
            const newId = this.deps.newId();
            keep.add(newId);
            this.db.prepare('INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(newId, id, parentId, position, section.role, section.title, JSON.stringify(section.blocks), now);
            place(newId, section.children, []);
          }
        });
      };
      place(null, sections, existing);
      for (const { id: sectionId } of this.db.prepare('SELECT id FROM sections WHERE report_id = ?').all(id) as { id: string }[]) {
        if (!keep.has(sectionId)) this.db.prepare('DELETE FROM sections WHERE id = ?').run(sectionId);
      }
      this.db.prepare('UPDATE reports SET structure_revision = structure_revision + 1 WHERE id = ?').run(id);
    });
    this.deps.changed?.(id);
  }

  private touch(reportId: string, now: string): void {
    this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(now, reportId);
    this.deps.changed?.(reportId);
  }

  private sectionRow(reportId: string, sectionId: string): { id: string; parent_id: string | null; position: number } {
    const row = this.db
      .prepare('SELECT id, parent_id, position FROM sections WHERE id = ? AND report_id = ?')
      .get(sectionId, reportId) as { id: string; parent_id: string | null; position: number } | undefined;
    if (!row) throw notFound();
    return row;
  }

  /** One part as stored, with its revision. */
  storedSection(reportId: string, sectionId: string): StoredSection {
    const row = this.db.prepare('SELECT title, blocks_json, revision FROM sections WHERE id = ? AND report_id = ?').get(sectionId, reportId) as
      | { title: string; blocks_json: string; revision: number }
      | undefined;
    if (!row) throw notFound();
    return { title: row.title, blocks: parseBlocks(row.blocks_json, 'nội dung'), revision: row.revision };
  }

  /** Refuses a save made from a stale copy of the part: the refusal carries the part as stored. */
  checkSection(reportId: string, sectionId: string, baseRevision: number | undefined): void {
    this.assertEditable(reportId);
    if (baseRevision === undefined) return;
    const stored = this.storedSection(reportId, sectionId);
    if (stored.revision !== baseRevision) throw new AppError('conflict', conflictMessages.section(stored.title), stored);
  }

  /** A published report is the one the văn thư registered: its changes go into a new version. */
  private assertEditable(reportId: string): void {
    const row = this.db.prepare('SELECT state FROM reports WHERE id = ?').get(reportId) as { state: string } | undefined;
    if (row?.state === 'published') throw new AppError('validation', PUBLISHED_LOCKED);
  }

  updateSection(reportId: string, sectionId: string, changes: { title?: string; blocks?: Block[] }, baseRevision?: number): { updatedAt: string; revision: number } {
    const now = this.deps.now();
    return inWriteTransaction(this.db, () => {
      this.assertEditable(reportId);
      this.checkSection(reportId, sectionId, baseRevision);
      if (changes.title !== undefined) this.db.prepare('UPDATE sections SET title = ?, updated_at = ? WHERE id = ?').run(changes.title, now, sectionId);
      if (changes.blocks !== undefined)
        this.db.prepare('UPDATE sections SET blocks_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(changes.blocks), now, sectionId);
      this.db.prepare('UPDATE sections SET revision = revision + 1 WHERE id = ?').run(sectionId);
      this.touch(reportId, now);
      return { updatedAt: now, revision: this.storedSection(reportId, sectionId).revision };
    });
  }

  private depthOf(sectionId: string): number {
    let depth = 0;
    let current: string | null = sectionId;
    while (current !== null) {
      depth += 1;
      const row = this.db.prepare('SELECT parent_id FROM sections WHERE id = ?').get(current) as { parent_id: string | null } | undefined;
      current = row?.parent_id ?? null;
    }
    return depth;
  }

  addSection(reportId: string, parentId: string | null, title: string, role: SectionRole, baseStructureRevision?: number): string {
    const now = this.deps.now();
    const id = this.deps.newId();
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      if (parentId !== null) {
        this.sectionRow(reportId, parentId);
        if (this.depthOf(parentId) >= MAX_SECTION_DEPTH) {
          throw new AppError('validation', `Chỉ chia tối đa ${MAX_SECTION_DEPTH} cấp (mục, khoản, điểm, ý). Hãy viết nội dung này thành đoạn văn hoặc gạch đầu dòng.`);
        }
      }
      const next = this.db
        .prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM sections WHERE report_id = ? AND parent_id IS ?')
        .get(reportId, parentId) as { next: number };
      this.db
        .prepare(
          `INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, '[]', ?)`,
        )
        .run(id, reportId, parentId, next.next, role, title, now);
      this.bumpStructure(reportId, now);
    });
    return id;
  }

  /** Several sub-items in one transaction: all of them, or none. */
  addSections(reportId: string, parentId: string | null, titles: readonly string[], role: SectionRole, baseStructureRevision?: number): void {
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      for (const title of titles) this.addSection(reportId, parentId, title, role);
    });
  }

  moveSection(reportId: string, sectionId: string, direction: 'up' | 'down', baseStructureRevision?: number): void {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      const row = this.sectionRow(reportId, sectionId);
      const siblings = this.db
        .prepare('SELECT id FROM sections WHERE report_id = ? AND parent_id IS ? ORDER BY position')
        .all(reportId, row.parent_id) as { id: string }[];
      const index = siblings.findIndex((s) => s.id === sectionId);
      const target = direction === 'up' ? index - 1 : index + 1;
      if (target < 0 || target >= siblings.length) return;
      const order = siblings.map((s) => s.id);
      [order[index], order[target]] = [order[target] as string, order[index] as string];
      const setPosition = this.db.prepare('UPDATE sections SET position = ? WHERE id = ?');
      order.forEach((id, position) => setPosition.run(position, id));
      this.bumpStructure(reportId, now);
    });
  }

  /** Removes a part; refused when the tree or the part itself changed elsewhere since it was read. */
  removeSection(reportId: string, sectionId: string, baseStructureRevision?: number, baseRevision?: number): void {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      this.checkSection(reportId, sectionId, baseRevision);
      const row = this.sectionRow(reportId, sectionId);
      this.db.prepare('DELETE FROM sections WHERE id = ?').run(sectionId);
      const siblings = this.db
        .prepare('SELECT id FROM sections WHERE report_id = ? AND parent_id IS ? ORDER BY position')
        .all(reportId, row.parent_id) as { id: string }[];
      const setPosition = this.db.prepare('UPDATE sections SET position = ? WHERE id = ?');
      siblings.forEach((s, position) => setPosition.run(position, s.id));
      this.bumpStructure(reportId, now);
    });
  }
}

function rowToMeta(row: ReportRow): ReportMeta {
  return {
    id: row.id,
    kind: row.kind,
    profile: row.profile as ProfileId,
    period: row.period,
    header: parseJson(row.header_json, 'phần đầu báo cáo'),
    signature: parseJson(row.signature_json, 'người ký'),
    recipients: parseJson(row.recipients_json, 'nơi nhận'),
    outline: row.outline === 'parts' ? 'parts' : 'sections',
    appendices: parseAppendices(row.appendices_json),
    opening: parseBlocks(row.opening_json, 'mở đầu'),
    closing: parseBlocks(row.closing_json, 'kết thúc'),
    ...(row.previous_id ? { previousId: row.previous_id } : {}),
    ...(row.state && row.state !== 'drafting' ? { state: row.state as ReportState } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    structureRevision: row.structure_revision,
  };
}

function buildTree(rows: readonly SectionRow[]): SectionNode[] {
  const byParent = new Map<string | null, SectionRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    // A part whose parent could not be read (damaged file) is shown at the top level, not lost.
    const parent = row.parent_id !== null && ids.has(row.parent_id) ? row.parent_id : null;
    const list = byParent.get(parent) ?? [];
    list.push(row);
    byParent.set(parent, list);
  }
  const build = (parentId: string | null): SectionNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((row) => ({
        id: row.id,
        role: row.role as SectionRole,
        title: row.title,
        blocks: parseBlocks(row.blocks_json, 'nội dung'),
        revision: row.revision,
        children: build(row.id),
      }));
  return build(null);
}
