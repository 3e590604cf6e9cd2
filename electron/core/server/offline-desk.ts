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
import { META_FIELDS, type MetaField } from '#shared/domain/feed-merge';
import { offlineMessages } from '#shared/messages/server';
import { cleanBlocks } from '#shared/report-format/clean-report';
import { cleanLine } from '#shared/text/sanitize';
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

export type OfflineMeta = Partial<Pick<Report, MetaField>>;

/**
 * The row of `server_conflicts` that holds a report's details saved offline and refused: the
 * fields a colleague changed to something else meanwhile (the rest went up). Kept beside the
 * parts' rows, with the fields as JSON where a part keeps its blocks.
 */
const META_ROW = '#thong-tin';
/** Where an offline save of a report's details keeps the values it changed, for the merge on replay. */
const BEFORE = 'offlineBefore';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The server already holds this part's save (sent before, its answer lost): nothing to refuse. */
function alreadyStored(args: Record<string, unknown>, stored: unknown): stored is { revision: number } {
  if (!stored || typeof stored !== 'object') return false;
  const s = stored as { title?: string; blocks?: Block[]; revision?: number };
  if (typeof s.revision !== 'number') return false;
  if (args.title !== undefined && cleanLine(args.title as string) !== s.title) return false;
  return args.blocks === undefined || same(cleanBlocks(args.blocks as Block[]), s.blocks);
}

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
      const queued =
        method === 'reports.updateMeta'
          ? { ...args, [BEFORE]: Object.fromEntries(META_FIELDS.filter((f) => args[f] !== undefined).map((f) => [f, report[f] ?? null])) }
          : args;
      const changed = applySave(report, method, args);
      const revision = (changed.revision += 1);
      report.updatedAt = at;
      await desk.keep(report);
      await tx.run('INSERT INTO server_outbox (report_id, method, args_json, queued_at) VALUES (?, ?, ?, ?)', [reportId, method, JSON.stringify(queued), at]);
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

  /** Saves of this report still waiting to be sent: while there are any, its copy is the newest. */
  async waitingFor(reportId: string): Promise<number> {
    const row = await this.sql.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM server_outbox WHERE report_id = ?', [reportId]);
    return Number(row?.n ?? 0);
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
      'SELECT section_id, title, blocks_json FROM server_conflicts WHERE report_id = ? AND section_id <> ?',
      [reportId, META_ROW],
    );
    return rows.map((r) => ({ sectionId: r.section_id, title: r.title, blocks: JSON.parse(r.blocks_json) as Block[] }));
  }

  async settled(reportId: string, sectionId: string): Promise<void> {
    await this.sql.run('DELETE FROM server_conflicts WHERE report_id = ? AND section_id = ?', [reportId, sectionId]);
  }

  /** The report's details this PC saved offline that a colleague changed otherwise meanwhile. */
  async metaConflict(reportId: string): Promise<OfflineMeta | null> {
    const row = await this.sql.get<{ blocks_json: string }>('SELECT blocks_json FROM server_conflicts WHERE report_id = ? AND section_id = ?', [
      reportId,
      META_ROW,
    ]);
    return row ? (JSON.parse(row.blocks_json) as OfflineMeta) : null;
  }

  async metaSettled(reportId: string): Promise<void> {
    await this.settled(reportId, META_ROW);
  }

  private async refusedMeta(reportId: string, fields: OfflineMeta): Promise<void> {
    const earlier = (await this.metaConflict(reportId)) ?? {};
    await this.sql.run(
      'INSERT INTO server_conflicts (report_id, section_id, title, blocks_json, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(report_id, section_id) DO UPDATE SET blocks_json = excluded.blocks_json, at = excluded.at',
      [reportId, META_ROW, '', JSON.stringify({ ...earlier, ...fields }), this.now()],
    );
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
    // Saves made while these are sent join the queue behind them, and go in the same run.
    for (let entries = await this.outbox(); entries.length > 0; entries = await this.outbox())
      for (const entry of entries) {
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
        const { [BEFORE]: before, ...queued } = entry.args;
        const base = queued.baseRevision as number | undefined;
        const args = base === undefined ? queued : { ...queued, baseRevision: given(key).get(base) ?? base };
        try {
          const saved = await send(entry.method, args);
          if (base !== undefined) given(key).set(base + 1, saved.revision);
          sent += 1;
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
          // Sent before and taken, but the answer was lost (the cable, or the PC switched off before
          // it struck the save off this list): the server holds exactly this text, nothing to refuse.
          if (entry.method === 'sections.update' && base !== undefined && alreadyStored(args, error.current)) {
            given(key).set(base + 1, error.current.revision);
            sent += 1;
            await this.sent(entry.seq);
            continue;
          }
          if (entry.method === 'reports.updateMeta' && base !== undefined) {
            const merged = await this.mergeMeta(entry.reportId, args, (before ?? {}) as OfflineMeta, error.current as Report, send);
            if (merged !== null) given(key).set(base + 1, merged);
            sent += 1;
            await this.sent(entry.seq);
            continue;
          }
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

  /**
   * A report's details saved offline, refused because the report changed meanwhile: each field the
   * clerk changed goes up when the server still holds what she started from (a colleague changed
   * other details) or already holds her value; a field the colleague changed to something else is
   * kept for the clerk to choose (the details' conflict screen when she opens the report). The
   * revision the server gave, or null when nothing needed sending.
   */
  private async mergeMeta(
    reportId: string,
    args: Record<string, unknown>,
    before: OfflineMeta,
    stored: Report,
    send: (method: OfflineMethod, args: Record<string, unknown>) => Promise<SavedAt>,
  ): Promise<number | null> {
    const mine = META_FIELDS.filter((f) => args[f] !== undefined);
    const onServer = (f: MetaField) => stored[f];
    const toSend = mine.filter((f) => !same(onServer(f), args[f]) && f in before && same(onServer(f), before[f]));
    const clashing = mine.filter((f) => !same(onServer(f), args[f]) && !toSend.includes(f));
    if (clashing.length > 0) await this.refusedMeta(reportId, Object.fromEntries(clashing.map((f) => [f, args[f]])));
    if (toSend.length === 0) return null;
    const saved = await send('reports.updateMeta', { id: reportId, baseRevision: stored.revision, ...Object.fromEntries(toSend.map((f) => [f, args[f]])) });
    return saved.revision;
  }
}
