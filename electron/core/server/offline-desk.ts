/**
 * Drafting while the office server cannot be reached (a cable pulled, the server restarting): the
 * PC's copy of every server report it opened, the saves made meanwhile — each with the revision it
 * was made from — and, once the server answers again, those saves sent in order. A save the server
 * refuses because someone else changed the part meanwhile is not lost: its text is kept and the
 * part opens on the existing conflict screen (this clerk's text beside the server's).
 */
import type { Block, Report, ReportSummary, SectionNode } from '#shared/domain/report';
import type { RevisionState, SavedAt } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { offlineMessages } from '#shared/messages/server';
import type { Sql } from '../db/sql';

/** The saves a PC can make without the server: a part's text and title, a report's details. */
export type OfflineMethod = 'sections.update' | 'reports.updateMeta';

export interface OutboxEntry {
  seq: number;
  reportId: string;
  method: OfflineMethod;
  args: Record<string, unknown>;
}

export interface PendingConflict {
  sectionId: string;
  title: string;
  blocks: Block[];
}

const findSection = (sections: readonly SectionNode[], id: string): SectionNode | undefined => {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.children, id);
    if (inner) return inner;
  }
  return undefined;
};

const META_FIELDS = ['profile', 'period', 'outline', 'appendices', 'opening', 'closing', 'header', 'signature', 'recipients'] as const;

const reportOf = (method: OfflineMethod, args: Record<string, unknown>) => (method === 'sections.update' ? args.reportId : args.id) as string;

/**
 * Puts a save into a copy of its report, refusing it as the server would when the copy is not at
 * the save's base revision; what was changed (the part, or the report for its details), whose
 * revision the caller then sets.
 */
function applySave(report: Report, method: OfflineMethod, args: Record<string, unknown>): { revision: number } {
  const base = args.baseRevision as number | undefined;
  if (method === 'sections.update') {
    const section = findSection(report.sections, args.sectionId as string);
    if (!section) throw new AppError('not_found', offlineMessages.notOpenedHere);
    if (base !== undefined && base !== section.revision)
      throw new AppError('conflict', offlineMessages.needsServer, { title: section.title, blocks: section.blocks, revision: section.revision });
    if (args.title !== undefined) section.title = args.title as string;
    if (args.blocks !== undefined) section.blocks = args.blocks as Block[];
    return section;
  }
  if (base !== undefined && base !== report.revision) throw new AppError('conflict', offlineMessages.needsServer, report);
  for (const field of META_FIELDS) if (args[field] !== undefined) (report as unknown as Record<string, unknown>)[field] = args[field];
  return report;
}

export class OfflineDesk {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => string,
  ) {}

  /** Keeps the PC's copy of a report read from the server. */
  async keep(report: Report): Promise<void> {
    await this.sql.run(
      'INSERT INTO server_copies (report_id, report_json, copied_at) VALUES (?, ?, ?) ON CONFLICT(report_id) DO UPDATE SET report_json = excluded.report_json, copied_at = excluded.copied_at',
      [report.id, JSON.stringify(report), this.now()],
    );
  }

  async copy(reportId: string): Promise<Report | null> {
    const row = await this.sql.get<{ report_json: string }>('SELECT report_json FROM server_copies WHERE report_id = ?', [reportId]);
    return row ? (JSON.parse(row.report_json) as Report) : null;
  }

  /** The reports this PC can draft without the server, newest edit first. */
  async list(): Promise<ReportSummary[]> {
    const rows = await this.sql.all<{ report_json: string }>('SELECT report_json FROM server_copies');
    return rows
      .map((r) => JSON.parse(r.report_json) as Report)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((r) => ({ id: r.id, kind: r.kind, profile: r.profile, title: r.header.summary, period: r.period, updatedAt: r.updatedAt }));
  }

  async revisions(reportId: string): Promise<RevisionState> {
    const report = await this.require(reportId);
    const sections: Record<string, number> = {};
    const walk = (list: readonly SectionNode[]) =>
      list.forEach((s) => {
        sections[s.id] = s.revision;
        walk(s.children);
      });
    walk(report.sections);
    return { revision: report.revision, structureRevision: report.structureRevision, sections };
  }

  private async require(reportId: string): Promise<Report> {
    const report = await this.copy(reportId);
    if (!report) throw new AppError('io', offlineMessages.notOpenedHere);
    return report;
  }

  /**
   * A save made without the server: applied to the PC's copy and queued with the revision it was
   * made from. A stale one (the copy moved on since) is refused with the copy, as the server would.
   */
  async save(method: OfflineMethod, args: Record<string, unknown>): Promise<SavedAt> {
    return this.sql.transaction(async (tx) => {
      const desk = new OfflineDesk(tx, this.now);
      const reportId = reportOf(method, args);
      const report = await desk.require(reportId);
      const at = this.now();
      const changed = applySave(report, method, args);
      const revision = (changed.revision += 1);
      report.updatedAt = at;
      await desk.keep(report);
      await tx.run('INSERT INTO server_outbox (report_id, method, args_json, queued_at) VALUES (?, ?, ?, ?)', [reportId, method, JSON.stringify(args), at]);
      return { updatedAt: at, revision };
    });
  }

  /**
   * A save the server took, applied to the PC's copy — far cheaper on every keystroke's autosave
   * than reading the whole report back from the server. False when the copy is not at the save's
   * base (it missed a change), so the caller reads the report again instead.
   */
  async applied(method: OfflineMethod, args: Record<string, unknown>, saved: SavedAt): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      const desk = new OfflineDesk(tx, this.now);
      const report = await desk.copy(reportOf(method, args));
      if (!report) return true;
      let changed: { revision: number };
      try {
        changed = applySave(report, method, args);
      } catch {
        return false;
      }
      changed.revision = saved.revision;
      report.updatedAt = saved.updatedAt;
      await desk.keep(report);
      return true;
    });
  }

  async waiting(): Promise<number> {
    return Number((await this.sql.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM server_outbox'))?.n ?? 0);
  }

  async outbox(): Promise<OutboxEntry[]> {
    const rows = await this.sql.all<{ seq: number; report_id: string; method: OfflineMethod; args_json: string }>('SELECT * FROM server_outbox ORDER BY seq');
    return rows.map((r) => ({ seq: r.seq, reportId: r.report_id, method: r.method, args: JSON.parse(r.args_json) as Record<string, unknown> }));
  }

  async sent(seq: number): Promise<void> {
    await this.sql.run('DELETE FROM server_outbox WHERE seq = ?', [seq]);
  }

  /** A part's offline text the server refused: kept, and the part opens on the conflict screen. */
  async refused(reportId: string, sectionId: string, title: string, blocks: Block[]): Promise<void> {
    await this.sql.run(
      'INSERT INTO server_conflicts (report_id, section_id, title, blocks_json, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(report_id, section_id) DO UPDATE SET title = excluded.title, blocks_json = excluded.blocks_json, at = excluded.at',
      [reportId, sectionId, title, JSON.stringify(blocks), this.now()],
    );
  }

  async conflicts(reportId: string): Promise<PendingConflict[]> {
    const rows = await this.sql.all<{ section_id: string; title: string; blocks_json: string }>(
      'SELECT section_id, title, blocks_json FROM server_conflicts WHERE report_id = ?',
      [reportId],
    );
    return rows.map((r) => ({ sectionId: r.section_id, title: r.title, blocks: JSON.parse(r.blocks_json) as Block[] }));
  }

  async settled(reportId: string, sectionId: string): Promise<void> {
    await this.sql.run('DELETE FROM server_conflicts WHERE report_id = ? AND section_id = ?', [reportId, sectionId]);
  }

  /**
   * Sends the waiting saves in order through `send` (the server's own handlers). Each save names
   * the revision it was made from; when an earlier save of the same part was taken, the server gave
   * it a revision of its own, and the later save is sent against that one. A refused save keeps its
   * part's last offline text as a conflict; the later saves of that part are not sent.
   */
  async replay(send: (method: OfflineMethod, args: Record<string, unknown>) => Promise<SavedAt>): Promise<{ sent: number; refused: number }> {
    const renumbered = new Map<string, Map<number, number>>();
    const given = (key: string) => renumbered.get(key) ?? renumbered.set(key, new Map()).get(key)!;
    const blocked = new Set<string>();
    let sent = 0;
    let refused = 0;
    for (const entry of await this.outbox()) {
      const key = entry.method === 'sections.update' ? `${entry.reportId}|${entry.args.sectionId as string}` : `${entry.reportId}|meta`;
      if (blocked.has(key)) {
        if (entry.method === 'sections.update') {
          const conflict = (await this.conflicts(entry.reportId)).find((c) => c.sectionId === entry.args.sectionId);
          if (conflict)
            await this.refused(
              entry.reportId,
              conflict.sectionId,
              (entry.args.title as string | undefined) ?? conflict.title,
              (entry.args.blocks as Block[] | undefined) ?? conflict.blocks,
            );
        }
        await this.sent(entry.seq);
        continue;
      }
      const base = entry.args.baseRevision as number | undefined;
      const args = base === undefined ? entry.args : { ...entry.args, baseRevision: given(key).get(base) ?? base };
      try {
        const saved = await send(entry.method, args);
        if (base !== undefined) given(key).set(base + 1, saved.revision);
        sent += 1;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
        refused += 1;
        blocked.add(key);
        if (entry.method === 'sections.update') {
          const copy = await this.copy(entry.reportId);
          const section = copy ? findSection(copy.sections, entry.args.sectionId as string) : undefined;
          await this.refused(
            entry.reportId,
            entry.args.sectionId as string,
            (entry.args.title as string | undefined) ?? section?.title ?? '',
            (entry.args.blocks as Block[] | undefined) ?? section?.blocks ?? [],
          );
        }
      }
      await this.sent(entry.seq);
    }
    return { sent, refused };
  }
}
