/**
 * History of each part. A snapshot of what was stored is taken at the first edit after a few
 * minutes' pause, before every export and before every restore — so a restore can itself be
 * undone by restoring the snapshot taken just before it. Old snapshots are pruned per part.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import { blocksFromFile, blockTexts, type Block, type FileBlock } from '#shared/domain/report';
import type { RevisionReason, RevisionSummary } from '#shared/domain/history';
import { inWriteTransaction } from '../../db/write-transaction';
import { historyMessages } from '#shared/messages/reports';

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
}

function textOf(blocks: readonly Block[]): string {
  return blocks.map((b) => blockTexts(b).join(b.type === 'table' || b.type === 'indicators' ? ' ' : '\n')).join('\n');
}

export class HistoryStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {}

  private current(sectionId: string): { report_id: string; title: string; blocks_json: string } | undefined {
    return this.db.prepare('SELECT report_id, title, blocks_json FROM sections WHERE id = ?').get(sectionId) as
      { report_id: string; title: string; blocks_json: string } | undefined;
  }

  private latest(sectionId: string): Row | undefined {
    return this.db.prepare('SELECT * FROM section_revisions WHERE section_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(sectionId) as
      Row | undefined;
  }

  /** Snapshots the part as stored now, unless the newest snapshot already holds exactly this. */
  snapshot(sectionId: string, reason: RevisionReason): void {
    const current = this.current(sectionId);
    if (!current) return;
    const latest = this.latest(sectionId);
    if (latest && latest.title === current.title && latest.blocks_json === current.blocks_json) return;
    this.db
      .prepare('INSERT INTO section_revisions (id, report_id, section_id, created_at, reason, title, blocks_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(this.newId(), current.report_id, sectionId, this.now(), reason, current.title, current.blocks_json);
    this.db
      .prepare(
        `DELETE FROM section_revisions WHERE section_id = ? AND id NOT IN (
           SELECT id FROM section_revisions WHERE section_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
      )
      .run(sectionId, sectionId, KEEP_PER_SECTION);
  }

  /** Keeps a version that is not (or no longer) stored in the part, e.g. the one not kept after a conflict. */
  keep(sectionId: string, title: string, blocks: readonly Block[], reason: RevisionReason): void {
    const current = this.current(sectionId);
    if (!current) return;
    this.db
      .prepare('INSERT INTO section_revisions (id, report_id, section_id, created_at, reason, title, blocks_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(this.newId(), current.report_id, sectionId, this.now(), reason, title, JSON.stringify(blocks));
  }

  /** Before an edit: a snapshot when the last one is older than the interval. */
  snapshotIfDue(sectionId: string): void {
    const latest = this.latest(sectionId);
    if (latest && Date.parse(this.now()) - Date.parse(latest.created_at) < SNAPSHOT_INTERVAL_MS) return;
    this.snapshot(sectionId, 'editing');
  }

  snapshotReport(reportId: string, reason: RevisionReason): void {
    // A damaged file is open read-only: exporting what can be read must still work.
    if (this.db.readonly) return;
    const ids = this.db.prepare('SELECT id FROM sections WHERE report_id = ?').all(reportId) as { id: string }[];
    inWriteTransaction(this.db, () => ids.forEach((s) => this.snapshot(s.id, reason)));
  }

  list(reportId: string, sectionId: string): RevisionSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM section_revisions WHERE report_id = ? AND section_id = ? ORDER BY created_at DESC, rowid DESC')
      .all(reportId, sectionId) as Row[];
    return rows.map((r) => {
      const text = textOf(blocksFromFile(JSON.parse(r.blocks_json) as FileBlock[]));
      return {
        id: r.id,
        createdAt: r.created_at,
        reason: r.reason as RevisionReason,
        title: r.title,
        characters: [...text].length,
        preview: text.slice(0, 200),
      };
    });
  }

  get(reportId: string, revisionId: string): { sectionId: string; title: string; blocks: Block[]; createdAt: string } {
    const row = this.db.prepare('SELECT * FROM section_revisions WHERE id = ? AND report_id = ?').get(revisionId, reportId) as Row | undefined;
    if (!row) throw new AppError('not_found', historyMessages.notFound);
    // Revisions written before the app's one shape may hold the file's forms.
    return { sectionId: row.section_id, title: row.title, blocks: blocksFromFile(JSON.parse(row.blocks_json) as FileBlock[]), createdAt: row.created_at };
  }
}
