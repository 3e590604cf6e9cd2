/**
 * Reports and their parts, on the PC's data file or the office's server alike. Every write is one
 * transaction and bumps the report's updated_at, which orders "Báo cáo của tôi". The store has
 * three parts along what the clerk does: the report as a whole (here: read, create, its details, a
 * received version), its place on the shelves (`shelves`: list, archive, Thùng rác) and its tree of
 * parts (`sections`).
 */
import { AppError } from '#shared/contract/errors';
import type { RevisionState } from '#shared/contract/api';
import type { Report, ReportMeta, SectionNode } from '#shared/domain/report';
import type { SectionContent } from '#shared/domain/report-file-mapping';
import { reportMessages } from '#shared/messages/reports';
import type { Sql, SqlValue } from '../../db/sql';
import type { StoreDeps } from '../store-deps';
import { buildTree, notFound, rowToMeta, SECTION_COLUMNS, type ReportRow, type SectionRow } from './report-rows';
import { ReportShelves } from './report-shelves';
import { SectionTree } from './section-tree';

/** The details a report carries beside its parts, as given to create or replace it. */
export type NewMeta = Omit<ReportMeta, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision'>;
export type EditableMeta = Partial<
  Pick<ReportMeta, 'profile' | 'period' | 'outline' | 'header' | 'signature' | 'recipients' | 'appendices' | 'opening' | 'closing'>
>;

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

/** Every detail written as its column holds it, in META_COLUMNS' order (a whole report's, created or replaced). */
const metaValues = (meta: Required<EditableMeta>): SqlValue[] => META_COLUMNS.map(([key, , encode]) => encode(meta[key] as never));

export class ReportStore {
  /** "Báo cáo của tôi", "Lưu trữ", "Thùng rác". */
  readonly shelves: ReportShelves;
  /** The tree of parts. */
  readonly sections: SectionTree;

  constructor(private readonly deps: StoreDeps) {
    this.shelves = new ReportShelves(deps);
    this.sections = new SectionTree(deps, (sql, id) => this.read(sql, id));
  }

  private get sql(): Sql {
    return this.deps.sql;
  }

  get(id: string): Promise<Report> {
    return this.sql.read((sql) => this.read(sql, id));
  }

  private async read(sql: Sql, id: string): Promise<Report> {
    const row = await sql.get<ReportRow>('SELECT * FROM reports WHERE id = ?', [id]);
    if (!row) throw notFound();
    let sectionRows: SectionRow[];
    try {
      sectionRows = await sql.all<SectionRow>(`SELECT ${SECTION_COLUMNS} FROM sections WHERE report_id = ? ORDER BY position`, [id]);
    } catch (error) {
      if (!sql.isCorruption(error)) throw error;
      sectionRows = await sql.readableRows<SectionRow>('sections', SECTION_COLUMNS, 'report_id = ?', [id]);
    }
    const newer = await sql.get<{ id: string }>('SELECT id FROM reports WHERE version_of = ? AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1', [id]);
    const version = await new ReportShelves({ ...this.deps, sql }).version(id);
    return { ...rowToMeta(row), ...(version ? { version } : {}), ...(newer ? { newerVersion: newer.id } : {}), sections: buildTree(sectionRows) };
  }

  /** The published report this one is a new version of ("Tạo phiên bản mới"), or null. */
  async versionOf(id: string): Promise<string | null> {
    return (await this.sql.get<{ version_of: string | null }>('SELECT version_of FROM reports WHERE id = ?', [id]))?.version_of ?? null;
  }

  /** Which version a new version is, and the published report it continues (see ReportShelves.version). */
  version(id: string): Promise<NonNullable<Report['version']> | null> {
    return this.shelves.version(id);
  }

  /** Records that `id` is a new version of the published report `of`. */
  async setVersionOf(id: string, of: string): Promise<void> {
    await this.sql.run('UPDATE reports SET version_of = ? WHERE id = ?', [of, id]);
  }

  /** Records that `id` is a received version kept beside the report `of` ("Giữ cả hai"). */
  async setCopyOf(id: string, of: string): Promise<void> {
    await this.sql.run('UPDATE reports SET copy_of = ? WHERE id = ?', [of, id]);
  }

  /** True when a report with this id is stored (in the list, archived or in the Thùng rác). */
  async exists(id: string): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS found FROM reports WHERE id = ?', [id])) !== undefined;
  }

  /** Creates a report with its parts; returns the new id (`id`: the report's id on the machine that sent it). */
  async create(meta: NewMeta, sections: readonly SectionContent[], id = this.deps.newId()): Promise<string> {
    const now = this.deps.now();
    await this.sql.transaction(async (sql) => {
      await sql.run(
        `INSERT INTO reports (id, kind, ${META_COLUMNS.map(([, column]) => column).join(', ')}, previous_id, created_at, updated_at)
         VALUES (?, ?, ${META_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?)`,
        [id, meta.kind, ...metaValues(meta), meta.previousId ?? null, now, now],
      );
      await this.insertSections(sql, id, null, sections, now);
    });
    this.deps.changed?.(id);
    return id;
  }

  private async insertSections(sql: Sql, reportId: string, parentId: string | null, sections: readonly SectionContent[], now: string): Promise<void> {
    for (const [position, section] of sections.entries()) {
      const id = this.deps.newId();
      await sql.run(
        `INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, reportId, parentId, position, section.role, section.title, JSON.stringify(section.blocks), now],
      );
      await this.insertSections(sql, reportId, id, section.children, now);
    }
  }

  /** Where each part and the report's details stand, for a window that watches for other windows' saves. */
  revisions(id: string): Promise<RevisionState> {
    return this.sql.read(async (sql) => {
      const row = await sql.get<{ revision: number; structure_revision: number }>('SELECT revision, structure_revision FROM reports WHERE id = ?', [id]);
      if (!row) throw notFound();
      const sections = await sql.all<{ id: string; revision: number }>('SELECT id, revision FROM sections WHERE report_id = ?', [id]);
      return { revision: row.revision, structureRevision: row.structure_revision, sections: Object.fromEntries(sections.map((s) => [s.id, s.revision])) };
    });
  }

  /**
   * Saves some of a report's details. `changes` may be worked out from the stored report, inside
   * the same transaction (a change of thể thức and the details that follow it).
   */
  updateMeta(id: string, changes: EditableMeta | ((stored: Report) => EditableMeta), baseRevision?: number): Promise<{ updatedAt: string; revision: number }> {
    const now = this.deps.now();
    return this.sql.transaction(async (sql) => {
      const row = await sql.get<{ revision: number; state: string }>('SELECT revision, state FROM reports WHERE id = ?', [id]);
      if (!row) throw notFound();
      // Publishing itself writes the số and ngày; afterwards the report is locked.
      if (row.state === 'published') throw new AppError('validation', reportMessages.publishedLocked);
      if (baseRevision !== undefined && baseRevision !== row.revision) {
        const { sections: _sections, ...stored } = await this.read(sql, id);
        throw new AppError('conflict', reportMessages.conflict.meta, stored);
      }
      const values = typeof changes === 'function' ? changes(await this.read(sql, id)) : changes;
      const sets: string[] = ['updated_at = ?', 'revision = revision + 1'];
      const params: SqlValue[] = [now];
      for (const [key, column, encode] of META_COLUMNS) {
        const value = values[key];
        if (value === undefined) continue;
        sets.push(`${column} = ?`);
        params.push(encode(value as never));
      }
      await sql.run(`UPDATE reports SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
      this.deps.changed?.(id);
      return { updatedAt: now, revision: row.revision + 1 };
    });
  }

  /**
   * Replaces a report's details and parts with another version of the same report (a package
   * received): a part whose title is found again under the same parent keeps its id — so its
   * history stays with it — and gets the new content; other parts are removed or added.
   */
  async replaceContent(id: string, meta: Omit<NewMeta, 'kind' | 'previousId'>, sections: readonly SectionContent[]): Promise<void> {
    const now = this.deps.now();
    await this.sql.transaction(async (sql) => {
      if (!(await sql.get('SELECT 1 AS found FROM reports WHERE id = ?', [id]))) throw notFound();
      await sql.run(
        `UPDATE reports SET ${META_COLUMNS.map(([, column]) => `${column} = ?`).join(', ')}, deleted_at = NULL, revision = revision + 1, updated_at = ? WHERE id = ?`,
        [...metaValues(meta), now, id],
      );
      const keep = new Set<string>();
      const place = async (parentId: string | null, incoming: readonly SectionContent[], current: readonly SectionNode[]): Promise<void> => {
        const free = [...current];
        for (const [position, section] of incoming.entries()) {
          const at = free.findIndex((s) => s.title.trim() === section.title.trim());
          if (at >= 0) {
            const [match] = free.splice(at, 1) as [SectionNode];
            keep.add(match.id);
            await sql.run(
              'UPDATE sections SET parent_id = ?, position = ?, role = ?, title = ?, blocks_json = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
              [parentId, position, section.role, section.title, JSON.stringify(section.blocks), now, match.id],
            );
            await place(match.id, section.children, match.children);
          } else {
            const newId = this.deps.newId();
            keep.add(newId);
            await sql.run('INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
              newId,
              id,
              parentId,
              position,
              section.role,
              section.title,
              JSON.stringify(section.blocks),
              now,
            ]);
            await place(newId, section.children, []);
          }
        }
      };
      await place(null, sections, (await this.read(sql, id)).sections);
      for (const { id: sectionId } of await sql.all<{ id: string }>('SELECT id FROM sections WHERE report_id = ?', [id])) {
        if (!keep.has(sectionId)) await sql.run('DELETE FROM sections WHERE id = ?', [sectionId]);
      }
      await sql.run('UPDATE reports SET structure_revision = structure_revision + 1 WHERE id = ?', [id]);
    });
    this.deps.changed?.(id);
  }
}
