/**
 * History of each part. A snapshot of what was stored is taken at the first edit after a few
 * minutes' pause, before every export and before every restore — so a restore can itself be
 * undone by restoring the snapshot taken just before it. Old snapshots are pruned per part.
 */
import { AppError } from '#shared/contract/errors';
import { blocksFromFile, blockTexts, type Block, type FileBlock } from '#shared/domain/report';
import type { RevisionReason, RevisionSummary } from '#shared/domain/history';
import { historyMessages } from '#shared/messages/reports';
import type { Sql } from '../db/sql';
import type { StoreDeps } from './store-deps';

/** Minimum time between two automatic snapshots of one part. */
const SNAPSHOT_INTERVAL_MS = 3 * 60 * 1000;
/** Snapshots kept per part; older ones are deleted. */
const KEEP_PER_SECTION = 100;

interface Row {
  id: string;
  section_id: string;
  created_at: string;
  reason: string;
  title: string;
  blocks_json: string;
  /** Only on the office server. */
  created_by?: string;
}

/** A part as stored, the source of a snapshot. */
interface StoredPart {
  report_id: string;
  title: string;
  blocks_json: string;
}

function textOf(blocks: readonly Block[]): string {
  return blocks.map((b) => blockTexts(b).join(b.type === 'table' || b.type === 'indicators' ? ' ' : '\n')).join('\n');
}

export class HistoryStore {
  constructor(private readonly deps: StoreDeps) {}

  private get sql(): Sql {
    return this.deps.sql;
  }

  private current(sql: Sql, sectionId: string) {
    return sql.get<StoredPart>('SELECT report_id, title, blocks_json FROM sections WHERE id = ?', [sectionId]);
  }

  private latest(sql: Sql, sectionId: string) {
    return sql.get<Row>('SELECT * FROM section_revisions WHERE section_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1', [sectionId]);
  }

  /** Snapshots the part as stored now, unless the newest snapshot already holds exactly this. */
  snapshot(sectionId: string, reason: RevisionReason): Promise<void> {
    return this.sql.transaction((sql) => this.snapshotIn(sql, sectionId, reason));
  }

  private async snapshotIn(sql: Sql, sectionId: string, reason: RevisionReason, stored?: StoredPart): Promise<void> {
    const current = stored ?? (await this.current(sql, sectionId));
    if (!current) return;
    const latest = await this.latest(sql, sectionId);
    if (latest && latest.title === current.title && latest.blocks_json === current.blocks_json) return;
    await this.addRevision(sql, current.report_id, sectionId, reason, current.title, current.blocks_json);
  }

  /** One version of a part into its history, the oldest beyond KEEP_PER_SECTION let go. */
  private async addRevision(sql: Sql, reportId: string, sectionId: string, reason: RevisionReason, title: string, blocksJson: string): Promise<void> {
    await sql.run('INSERT INTO section_revisions (id, report_id, section_id, created_at, reason, title, blocks_json) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      this.deps.newId(),
      reportId,
      sectionId,
      this.deps.now(),
      reason,
      title,
      blocksJson,
    ]);
    await sql.run(
      `DELETE FROM section_revisions WHERE section_id = ? AND id NOT IN (
         SELECT id FROM section_revisions WHERE section_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
      [sectionId, sectionId, KEEP_PER_SECTION],
    );
  }

  /** Keeps a version that is not (or no longer) stored in the part, e.g. the one not kept after a conflict. */
  async keep(sectionId: string, title: string, blocks: readonly Block[], reason: RevisionReason): Promise<void> {
    await this.sql.transaction(async (sql) => {
      const current = await this.current(sql, sectionId);
      if (current) await this.addRevision(sql, current.report_id, sectionId, reason, title, JSON.stringify(blocks));
    });
  }

  /** Before an edit: a snapshot when the last one is older than the interval. */
  async snapshotIfDue(sectionId: string): Promise<void> {
    await this.sql.transaction(async (sql) => {
      const latest = await this.latest(sql, sectionId);
      if (latest && Date.parse(this.deps.now()) - Date.parse(latest.created_at) < SNAPSHOT_INTERVAL_MS) return;
      // A part with nothing written yet is nothing to bring back: Lịch sử would offer an empty version.
      const current = await this.current(sql, sectionId);
      if (current && textOf(blocksFromFile(JSON.parse(current.blocks_json) as FileBlock[])).trim() === '') return;
      await this.snapshotIn(sql, sectionId, 'editing', current);
    });
  }

  async snapshotReport(reportId: string, reason: RevisionReason): Promise<void> {
    // A damaged file is open read-only: exporting what can be read must still work.
    if (this.sql.readonly) return;
    await this.sql.transaction(async (sql) => {
      for (const s of await sql.all<{ id: string }>('SELECT id FROM sections WHERE report_id = ?', [reportId])) await this.snapshotIn(sql, s.id, reason);
    });
  }

  async list(reportId: string, sectionId: string): Promise<RevisionSummary[]> {
    const rows = await this.sql.all<Row>('SELECT * FROM section_revisions WHERE report_id = ? AND section_id = ? ORDER BY created_at DESC, rowid DESC', [
      reportId,
      sectionId,
    ]);
    return rows.map((r) => {
      const text = textOf(blocksFromFile(JSON.parse(r.blocks_json) as FileBlock[]));
      return {
        id: r.id,
        createdAt: r.created_at,
        reason: r.reason as RevisionReason,
        title: r.title,
        characters: [...text].length,
        preview: text.slice(0, 200),
        // Stamped by the office server (session_user); a PC's own file has no such column.
        ...(r.created_by ? { by: r.created_by } : {}),
      };
    });
  }

  async get(reportId: string, revisionId: string): Promise<{ sectionId: string; title: string; blocks: Block[]; createdAt: string }> {
    const row = await this.sql.get<Row>('SELECT * FROM section_revisions WHERE id = ? AND report_id = ?', [revisionId, reportId]);
    if (!row) throw new AppError('not_found', historyMessages.notFound);
    // Revisions written before the app's one shape may hold the file's forms.
    return { sectionId: row.section_id, title: row.title, blocks: blocksFromFile(JSON.parse(row.blocks_json) as FileBlock[]), createdAt: row.created_at };
  }
}
