/**
 * A report's parts as a tree: edits to one part's text, and adding, moving and removing parts.
 * Each edit checks the revision it was made from, so a save from a stale window is refused with
 * the stored version (the clerk compares and chooses) instead of overwriting it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import type { Block, Report } from '#shared/domain/report';
import type { SectionRole } from '#shared/domain/vocabulary';
import { reportMessages } from '#shared/messages/reports';
import { MAX_SECTION_DEPTH } from '#shared/report-format/schema';
import { inWriteTransaction } from '../../../db/write-transaction';
import { assertEditable } from './editable';
import { notFound, parseBlocks } from './report-rows';
import type { StoreDeps } from './store-deps';

/** What a conflict refusal carries back for a part: the stored version to compare with. */
export interface StoredSection {
  title: string;
  blocks: Block[];
  revision: number;
}

export class SectionTree {
  constructor(
    private readonly deps: StoreDeps,
    /** The report as stored, carried by a refusal of a change made from a stale tree. */
    private readonly readReport: (id: string) => Report,
  ) {}

  private get db(): Database {
    return this.deps.db;
  }

  /** One part as stored, with its revision. */
  stored(reportId: string, sectionId: string): StoredSection {
    const row = this.db.prepare('SELECT title, blocks_json, revision FROM sections WHERE id = ? AND report_id = ?').get(sectionId, reportId) as
      { title: string; blocks_json: string; revision: number } | undefined;
    if (!row) throw notFound();
    return { title: row.title, blocks: parseBlocks(row.blocks_json, 'nội dung'), revision: row.revision };
  }

  /** Refuses a save made from a stale copy of the part: the refusal carries the part as stored. */
  check(reportId: string, sectionId: string, baseRevision: number | undefined): void {
    assertEditable(this.db, reportId);
    if (baseRevision === undefined) return;
    const stored = this.stored(reportId, sectionId);
    if (stored.revision !== baseRevision) throw new AppError('conflict', reportMessages.conflict.section(stored.title), stored);
  }

  update(reportId: string, sectionId: string, changes: { title?: string; blocks?: Block[] }, baseRevision?: number): { updatedAt: string; revision: number } {
    const now = this.deps.now();
    return inWriteTransaction(this.db, () => {
      this.check(reportId, sectionId, baseRevision);
      if (changes.title !== undefined) this.db.prepare('UPDATE sections SET title = ?, updated_at = ? WHERE id = ?').run(changes.title, now, sectionId);
      if (changes.blocks !== undefined)
        this.db.prepare('UPDATE sections SET blocks_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(changes.blocks), now, sectionId);
      this.db.prepare('UPDATE sections SET revision = revision + 1 WHERE id = ?').run(sectionId);
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(now, reportId);
      this.deps.changed?.(reportId);
      return { updatedAt: now, revision: this.stored(reportId, sectionId).revision };
    });
  }

  add(reportId: string, parentId: string | null, title: string, role: SectionRole, baseStructureRevision?: number): string {
    const now = this.deps.now();
    const id = this.deps.newId();
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      if (parentId !== null) {
        this.position(reportId, parentId);
        if (this.depthOf(parentId) >= MAX_SECTION_DEPTH) throw new AppError('validation', reportMessages.tooDeep(MAX_SECTION_DEPTH));
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
  addMany(reportId: string, parentId: string | null, titles: readonly string[], role: SectionRole, baseStructureRevision?: number): void {
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      for (const title of titles) this.add(reportId, parentId, title, role);
    });
  }

  move(reportId: string, sectionId: string, direction: 'up' | 'down', baseStructureRevision?: number): void {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      const row = this.position(reportId, sectionId);
      const order = this.siblings(reportId, row.parent_id);
      const index = order.indexOf(sectionId);
      const target = direction === 'up' ? index - 1 : index + 1;
      if (target < 0 || target >= order.length) return;
      [order[index], order[target]] = [order[target] as string, order[index] as string];
      this.renumber(order);
      this.bumpStructure(reportId, now);
    });
  }

  /** Removes a part; refused when the tree or the part itself changed elsewhere since it was read. */
  remove(reportId: string, sectionId: string, baseStructureRevision?: number, baseRevision?: number): void {
    const now = this.deps.now();
    inWriteTransaction(this.db, () => {
      this.checkStructure(reportId, baseStructureRevision);
      this.check(reportId, sectionId, baseRevision);
      const row = this.position(reportId, sectionId);
      this.db.prepare('DELETE FROM sections WHERE id = ?').run(sectionId);
      this.renumber(this.siblings(reportId, row.parent_id));
      this.bumpStructure(reportId, now);
    });
  }

  /** Refuses a tree change made from a stale tree: the refusal carries the report as stored. */
  private checkStructure(reportId: string, base: number | undefined): void {
    assertEditable(this.db, reportId);
    const row = this.db.prepare('SELECT structure_revision FROM reports WHERE id = ?').get(reportId) as { structure_revision: number } | undefined;
    if (!row) throw notFound();
    if (base !== undefined && base !== row.structure_revision) throw new AppError('conflict', reportMessages.conflict.structure, this.readReport(reportId));
  }

  private bumpStructure(reportId: string, now: string): void {
    this.db.prepare('UPDATE reports SET structure_revision = structure_revision + 1, updated_at = ? WHERE id = ?').run(now, reportId);
    this.deps.changed?.(reportId);
  }

  /** Where a part sits; refused when it is not this report's. */
  private position(reportId: string, sectionId: string): { parent_id: string | null; position: number } {
    const row = this.db.prepare('SELECT parent_id, position FROM sections WHERE id = ? AND report_id = ?').get(sectionId, reportId) as
      { parent_id: string | null; position: number } | undefined;
    if (!row) throw notFound();
    return row;
  }

  private siblings(reportId: string, parentId: string | null): string[] {
    const rows = this.db.prepare('SELECT id FROM sections WHERE report_id = ? AND parent_id IS ? ORDER BY position').all(reportId, parentId) as {
      id: string;
    }[];
    return rows.map((s) => s.id);
  }

  private renumber(order: readonly string[]): void {
    const setPosition = this.db.prepare('UPDATE sections SET position = ? WHERE id = ?');
    order.forEach((id, position) => setPosition.run(position, id));
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
}
