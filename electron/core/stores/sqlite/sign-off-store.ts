/** A report's state, the bản trình sent (the versions to compare with what comes back), and its events. */
import type { Database } from 'better-sqlite3';
import type { ReportEvent, ReportState } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { reportMessages } from '#shared/messages/reports';

export class SignOffStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
  ) {}

  state(reportId: string): ReportState {
    const row = this.db.prepare('SELECT state FROM reports WHERE id = ?').get(reportId) as { state: ReportState } | undefined;
    if (!row) throw new AppError('not_found', reportMessages.notFound);
    return row.state;
  }

  setState(reportId: string, state: ReportState, detail: Record<string, unknown>): void {
    // The revision moves so that open windows see the new state (the change feed polls revisions).
    this.db.prepare('UPDATE reports SET state = ?, revision = revision + 1 WHERE id = ?').run(state, reportId);
    this.event(reportId, state, detail);
  }

  event(reportId: string, kind: string, detail: Record<string, unknown>): void {
    this.db.prepare('INSERT INTO report_events (report_id, kind, detail, at) VALUES (?, ?, ?, ?)').run(reportId, kind, JSON.stringify(detail), this.now());
  }

  events(reportId: string): ReportEvent[] {
    return (
      this.db.prepare('SELECT kind, detail, at FROM report_events WHERE report_id = ? ORDER BY at, rowid').all(reportId) as {
        kind: string;
        detail: string;
        at: string;
      }[]
    ).map((e) => ({ kind: e.kind, detail: JSON.parse(e.detail) as Record<string, unknown>, at: e.at }));
  }

  addSubmission(reportId: string, reportJson: string): number {
    const next = ((this.db.prepare('SELECT max(number) AS n FROM submissions WHERE report_id = ?').get(reportId) as { n: number | null }).n ?? 0) + 1;
    this.db.prepare('INSERT INTO submissions (report_id, number, report_json, created_at) VALUES (?, ?, ?, ?)').run(reportId, next, reportJson, this.now());
    return next;
  }

  submission(reportId: string, number: number): { json: string; createdAt: string } | null {
    const row = this.db.prepare('SELECT report_json, created_at FROM submissions WHERE report_id = ? AND number = ?').get(reportId, number) as
      { report_json: string; created_at: string } | undefined;
    return row ? { json: row.report_json, createdAt: row.created_at } : null;
  }
}
