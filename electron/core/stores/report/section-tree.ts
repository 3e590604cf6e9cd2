/**
 * A report's parts as a tree: edits to one part's text, and adding, moving and removing parts.
 * Each edit checks the revision it was made from, so a save from a stale window is refused with
 * the stored version (the clerk compares and chooses) instead of overwriting it.
 */
import { AppError } from '#shared/contract/errors';
import type { Block, Report } from '#shared/domain/report';
import type { SectionRole } from '#shared/domain/vocabulary';
import { reportMessages } from '#shared/messages/reports';
import { MAX_SECTION_DEPTH } from '#shared/report-format/schema';
import type { Sql, SqlValue } from '../../db/sql';
import type { StoreDeps } from '../store-deps';
import { assertEditable } from './editable';
import { notFound, parseBlocks } from './report-rows';

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
    private readonly readReport: (sql: Sql, id: string) => Promise<Report>,
  ) {}

  private get sql(): Sql {
    return this.deps.sql;
  }

  /** One part as stored, with its revision. */
  stored(reportId: string, sectionId: string, sql: Sql = this.sql): Promise<StoredSection> {
    return storedSection(sql, reportId, sectionId);
  }

  /** Refuses a save made from a stale copy of the part: the refusal carries the part as stored. */
  async check(reportId: string, sectionId: string, baseRevision: number | undefined, sql: Sql = this.sql): Promise<void> {
    await assertEditable(sql, reportId);
    if (baseRevision === undefined) return;
    const stored = await storedSection(sql, reportId, sectionId);
    if (stored.revision !== baseRevision) throw new AppError('conflict', reportMessages.conflict.section(stored.title), stored);
  }

  update(
    reportId: string,
    sectionId: string,
    changes: { title?: string; blocks?: Block[] },
    baseRevision?: number,
  ): Promise<{ updatedAt: string; revision: number }> {
    const now = this.deps.now();
    return this.sql.transaction(async (sql) => {
      await this.check(reportId, sectionId, baseRevision, sql);
      // One statement per table: on an office server each is a round trip, and autosave runs often.
      const sets = ['updated_at = ?', 'revision = revision + 1'];
      const params: SqlValue[] = [now];
      if (changes.title !== undefined) {
        sets.push('title = ?');
        params.push(changes.title);
      }
      if (changes.blocks !== undefined) {
        sets.push('blocks_json = ?');
        params.push(JSON.stringify(changes.blocks));
      }
      const saved = await sql.get<{ revision: number }>(`UPDATE sections SET ${sets.join(', ')} WHERE id = ? RETURNING revision`, [...params, sectionId]);
      await sql.run('UPDATE reports SET updated_at = ? WHERE id = ?', [now, reportId]);
      this.deps.changed?.(reportId);
      return { updatedAt: now, revision: Number(saved?.revision) };
    });
  }

  add(reportId: string, parentId: string | null, title: string, role: SectionRole, baseStructureRevision?: number): Promise<string> {
    return this.sql.transaction((sql) => this.addIn(sql, reportId, parentId, title, role, baseStructureRevision));
  }

  private async addIn(sql: Sql, reportId: string, parentId: string | null, title: string, role: SectionRole, baseStructureRevision?: number): Promise<string> {
    const now = this.deps.now();
    const id = this.deps.newId();
    await this.checkStructure(sql, reportId, baseStructureRevision);
    if (parentId !== null) {
      await position(sql, reportId, parentId);
      if ((await depthOf(sql, parentId)) >= MAX_SECTION_DEPTH) throw new AppError('validation', reportMessages.tooDeep(MAX_SECTION_DEPTH));
    }
    const next = (await sql.get<{ next: number }>(
      'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM sections WHERE report_id = ? AND parent_id IS NOT DISTINCT FROM ?',
      [reportId, parentId],
    )) as { next: number };
    await sql.run(
      `INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '[]', ?)`,
      [id, reportId, parentId, next.next, role, title, now],
    );
    await this.bumpStructure(sql, reportId, now);
    return id;
  }

  /** Several sub-items in one transaction: all of them, or none. */
  async addMany(reportId: string, parentId: string | null, titles: readonly string[], role: SectionRole, baseStructureRevision?: number): Promise<void> {
    await this.sql.transaction(async (sql) => {
      await this.checkStructure(sql, reportId, baseStructureRevision);
      for (const title of titles) await this.addIn(sql, reportId, parentId, title, role);
    });
  }

  async move(reportId: string, sectionId: string, direction: 'up' | 'down', baseStructureRevision?: number): Promise<void> {
    const now = this.deps.now();
    await this.sql.transaction(async (sql) => {
      await this.checkStructure(sql, reportId, baseStructureRevision);
      const row = await position(sql, reportId, sectionId);
      const order = await siblings(sql, reportId, row.parent_id);
      const index = order.indexOf(sectionId);
      const target = direction === 'up' ? index - 1 : index + 1;
      if (target < 0 || target >= order.length) return;
      [order[index], order[target]] = [order[target] as string, order[index] as string];
      await renumber(sql, order);
      await this.bumpStructure(sql, reportId, now);
    });
  }

  /** Removes a part; refused when the tree or the part itself changed elsewhere since it was read. */
  async remove(reportId: string, sectionId: string, baseStructureRevision?: number, baseRevision?: number): Promise<void> {
    const now = this.deps.now();
    await this.sql.transaction(async (sql) => {
      await this.checkStructure(sql, reportId, baseStructureRevision);
      await this.check(reportId, sectionId, baseRevision, sql);
      const row = await position(sql, reportId, sectionId);
      await sql.run('DELETE FROM sections WHERE id = ?', [sectionId]);
      await renumber(sql, await siblings(sql, reportId, row.parent_id));
      await this.bumpStructure(sql, reportId, now);
    });
  }

  /** Refuses a tree change made from a stale tree: the refusal carries the report as stored. */
  private async checkStructure(sql: Sql, reportId: string, base: number | undefined): Promise<void> {
    await assertEditable(sql, reportId);
    const row = await sql.get<{ structure_revision: number }>('SELECT structure_revision FROM reports WHERE id = ?', [reportId]);
    if (!row) throw notFound();
    if (base !== undefined && base !== row.structure_revision)
      throw new AppError('conflict', reportMessages.conflict.structure, await this.readReport(sql, reportId));
  }

  private async bumpStructure(sql: Sql, reportId: string, now: string): Promise<void> {
    await sql.run('UPDATE reports SET structure_revision = structure_revision + 1, updated_at = ? WHERE id = ?', [now, reportId]);
    this.deps.changed?.(reportId);
  }
}

async function storedSection(sql: Sql, reportId: string, sectionId: string): Promise<StoredSection> {
  const row = await sql.get<{ title: string; blocks_json: string; revision: number }>(
    'SELECT title, blocks_json, revision FROM sections WHERE id = ? AND report_id = ?',
    [sectionId, reportId],
  );
  if (!row) throw notFound();
  return { title: row.title, blocks: parseBlocks(row.blocks_json, 'nội dung'), revision: row.revision };
}

/** Where a part sits; refused when it is not this report's. */
async function position(sql: Sql, reportId: string, sectionId: string): Promise<{ parent_id: string | null; position: number }> {
  const row = await sql.get<{ parent_id: string | null; position: number }>('SELECT parent_id, position FROM sections WHERE id = ? AND report_id = ?', [
    sectionId,
    reportId,
  ]);
  if (!row) throw notFound();
  return row;
}

async function siblings(sql: Sql, reportId: string, parentId: string | null): Promise<string[]> {
  const rows = await sql.all<{ id: string }>('SELECT id FROM sections WHERE report_id = ? AND parent_id IS NOT DISTINCT FROM ? ORDER BY position', [
    reportId,
    parentId,
  ]);
  return rows.map((s) => s.id);
}

async function renumber(sql: Sql, order: readonly string[]): Promise<void> {
  for (const [at, id] of order.entries()) await sql.run('UPDATE sections SET position = ? WHERE id = ?', [at, id]);
}

async function depthOf(sql: Sql, sectionId: string): Promise<number> {
  let depth = 0;
  let current: string | null = sectionId;
  while (current !== null) {
    depth += 1;
    const row: { parent_id: string | null } | undefined = await sql.get<{ parent_id: string | null }>('SELECT parent_id FROM sections WHERE id = ?', [current]);
    current = row?.parent_id ?? null;
  }
  return depth;
}
