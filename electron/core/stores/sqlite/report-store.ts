/**
 * Reports and their parts in SQLite. Every write is one transaction and bumps the report's
 * updated_at, which orders "Báo cáo của tôi". The store has three parts along what the clerk
 * does: the report as a whole (here: read, create, its details, a received version), its place
 * on the shelves (`shelves`: list, archive, Thùng rác) and its tree of parts (`sections`).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import type { RevisionState } from '#shared/contract/api';
import type { Report, ReportMeta, SectionNode } from '#shared/domain/report';
import type { SectionContent } from '#shared/domain/report-file-mapping';
import { reportMessages } from '#shared/messages/reports';
import { isCorruption } from '../../db/storage-errors';
import { inWriteTransaction } from '../../db/write-transaction';
import { readableRows } from './report/readable-rows';
import { buildTree, notFound, rowToMeta, SECTION_COLUMNS, type ReportRow, type SectionRow } from './report/report-rows';
import { ReportShelves } from './report/report-shelves';
import { SectionTree } from './report/section-tree';
import type { StoreDeps } from './report/store-deps';

export { TRASH_DAYS } from './report/report-shelves';
export type { StoredSection } from './report/section-tree';
export type { StoreDeps } from './report/store-deps';

/** The details a report carries beside its parts, as given to create or replace it. */
type NewMeta = Omit<ReportMeta, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision'>;
type EditableMeta = Partial<Pick<ReportMeta, 'profile' | 'period' | 'outline' | 'header' | 'signature' | 'recipients' | 'appendices' | 'opening' | 'closing'>>;

/** The details' columns, and how each is written: names come from this fixed list, never from the caller. */
const META_COLUMNS: readonly [keyof EditableMeta, string, (value: never) => string][] = [
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

export class ReportStore {
  /** "Báo cáo của tôi", "Lưu trữ", "Thùng rác". */
  readonly shelves: ReportShelves;
  /** The tree of parts. */
  readonly sections: SectionTree;

  constructor(private readonly deps: StoreDeps) {
    this.shelves = new ReportShelves(deps);
    this.sections = new SectionTree(deps, (id) => this.get(id));
  }

  private get db(): Database {
    return this.deps.db;
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T {
    return inWriteTransaction(this.db, work);
  }

  get(id: string): Report {
    const row = this.db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
    if (!row) throw notFound();
    let sectionRows: SectionRow[];
    try {
      sectionRows = this.db.prepare(`SELECT ${SECTION_COLUMNS} FROM sections WHERE report_id = ? ORDER BY position`).all(id) as SectionRow[];
    } catch (error) {
      if (!isCorruption(error)) throw error;
      sectionRows = readableRows<SectionRow>(this.db, 'sections', SECTION_COLUMNS, 'report_id = ?', [id]);
    }
    const newer = this.db.prepare('SELECT id FROM reports WHERE version_of = ? AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1').get(id) as
      { id: string } | undefined;
    const version = this.version(id);
    return { ...rowToMeta(row), ...(version ? { version } : {}), ...(newer ? { newerVersion: newer.id } : {}), sections: buildTree(sectionRows) };
  }

  /** The published report this one is a new version of ("Tạo phiên bản mới"), or null. */
  versionOf(id: string): string | null {
    return (this.db.prepare('SELECT version_of FROM reports WHERE id = ?').get(id) as { version_of: string | null } | undefined)?.version_of ?? null;
  }

  /** Which version a new version is, and the published report it continues (see ReportShelves.version). */
  version(id: string): NonNullable<Report['version']> | null {
    return this.shelves.version(id);
  }

  /** Records that `id` is a new version of the published report `of`. */
  setVersionOf(id: string, of: string): void {
    this.db.prepare('UPDATE reports SET version_of = ? WHERE id = ?').run(of, id);
  }

  /** Records that `id` is a received version kept beside the report `of` ("Giữ cả hai"). */
  setCopyOf(id: string, of: string): void {
    this.db.prepare('UPDATE reports SET copy_of = ? WHERE id = ?').run(of, id);
  }

  /** True when a report with this id is stored (in the list, archived or in the Thùng rác). */
  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM reports WHERE id = ?').get(id) !== undefined;
  }

  /** Creates a report with its parts; returns the new id (`id`: the report's id on the machine that sent it). */
  create(meta: NewMeta, sections: readonly SectionContent[], id = this.deps.newId()): string {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO reports (id, kind, profile, period, outline, header_json, signature_json, recipients_json, appendices_json,
                                opening_json, closing_json, previous_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          meta.kind,
          meta.profile,
          meta.period,
          meta.outline,
          JSON.stringify(meta.header),
          JSON.stringify(meta.signature),
          JSON.stringify(meta.recipients),
          JSON.stringify(meta.appendices),
          JSON.stringify(meta.opening),
          JSON.stringify(meta.closing),
          meta.previousId ?? null,
          now,
          now,
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
    const row = this.db.prepare('SELECT revision, structure_revision FROM reports WHERE id = ?').get(id) as
      { revision: number; structure_revision: number } | undefined;
    if (!row) throw notFound();
    const sections = this.db.prepare('SELECT id, revision FROM sections WHERE report_id = ?').all(id) as { id: string; revision: number }[];
    return { revision: row.revision, structureRevision: row.structure_revision, sections: Object.fromEntries(sections.map((s) => [s.id, s.revision])) };
  }

  /**
   * Saves some of a report's details. `changes` may be worked out from the stored report, inside
   * the same transaction (a change of thể thức and the details that follow it).
   */
  updateMeta(id: string, changes: EditableMeta | ((stored: Report) => EditableMeta), baseRevision?: number): { updatedAt: string; revision: number } {
    const now = this.deps.now();
    return inWriteTransaction(this.db, () => {
      const row = this.db.prepare('SELECT revision, state FROM reports WHERE id = ?').get(id) as { revision: number; state: string } | undefined;
      if (!row) throw notFound();
      // Publishing itself writes the số and ngày; afterwards the report is locked.
      if (row.state === 'published') throw new AppError('validation', reportMessages.publishedLocked);
      if (baseRevision !== undefined && baseRevision !== row.revision) {
        const { sections: _sections, ...stored } = this.get(id);
        throw new AppError('conflict', reportMessages.conflict.meta, stored);
      }
      const values = typeof changes === 'function' ? changes(this.get(id)) : changes;
      const sets: string[] = ['updated_at = @now', 'revision = revision + 1'];
      const params: Record<string, string> = { id, now };
      for (const [key, column, encode] of META_COLUMNS) {
        const value = values[key];
        if (value === undefined) continue;
        sets.push(`${column} = @${key}`);
        params[key] = encode(value as never);
      }
      this.db.prepare(`UPDATE reports SET ${sets.join(', ')} WHERE id = @id`).run(params);
      this.deps.changed?.(id);
      return { updatedAt: now, revision: row.revision + 1 };
    });
  }

  /**
   * Replaces a report's details and parts with another version of the same report (a package
   * received): a part whose title is found again under the same parent keeps its id — so its
   * history stays with it — and gets the new content; other parts are removed or added.
   */
  replaceContent(id: string, meta: Omit<NewMeta, 'kind' | 'previousId'>, sections: readonly SectionContent[]): void {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      if (!this.exists(id)) throw notFound();
      this.db
        .prepare(
          `UPDATE reports SET profile = ?, period = ?, outline = ?, header_json = ?, signature_json = ?, recipients_json = ?, appendices_json = ?,
             opening_json = ?, closing_json = ?, deleted_at = NULL, revision = revision + 1, updated_at = ? WHERE id = ?`,
        )
        .run(
          meta.profile,
          meta.period,
          meta.outline,
          JSON.stringify(meta.header),
          JSON.stringify(meta.signature),
          JSON.stringify(meta.recipients),
          JSON.stringify(meta.appendices),
          JSON.stringify(meta.opening),
          JSON.stringify(meta.closing),
          now,
          id,
        );
      const keep = new Set<string>();
      const update = this.db.prepare(
        'UPDATE sections SET parent_id = ?, position = ?, role = ?, title = ?, blocks_json = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
      );
      const insert = this.db.prepare(
        'INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const place = (parentId: string | null, incoming: readonly SectionContent[], current: readonly SectionNode[]) => {
        const free = [...current];
        incoming.forEach((section, position) => {
          const at = free.findIndex((s) => s.title.trim() === section.title.trim());
          if (at >= 0) {
            const [match] = free.splice(at, 1) as [SectionNode];
            keep.add(match.id);
            update.run(parentId, position, section.role, section.title, JSON.stringify(section.blocks), now, match.id);
            place(match.id, section.children, match.children);
          } else {
            const newId = this.deps.newId();
            keep.add(newId);
            insert.run(newId, id, parentId, position, section.role, section.title, JSON.stringify(section.blocks), now);
            place(newId, section.children, []);
          }
        });
      };
      place(null, sections, this.get(id).sections);
      for (const { id: sectionId } of this.db.prepare('SELECT id FROM sections WHERE report_id = ?').all(id) as { id: string }[]) {
        if (!keep.has(sectionId)) this.db.prepare('DELETE FROM sections WHERE id = ?').run(sectionId);
      }
      this.db.prepare('UPDATE reports SET structure_revision = structure_revision + 1 WHERE id = ?').run(id);
    });
    this.deps.changed?.(id);
  }
}
