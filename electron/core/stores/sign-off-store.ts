/** A report's state, the bản trình sent (the versions to compare with what comes back), and its events. */
import type { ReportEvent, ReportState } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { reportMessages } from '#shared/messages/reports';
import type { StoreDeps } from './store-deps';

export class SignOffStore {
  constructor(private readonly deps: StoreDeps) {}

  async state(reportId: string): Promise<ReportState> {
    const row = await this.deps.sql.get<{ state: ReportState }>('SELECT state FROM reports WHERE id = ?', [reportId]);
    if (!row) throw new AppError('not_found', reportMessages.notFound);
    return row.state;
  }

  async setState(reportId: string, state: ReportState, detail: Record<string, unknown>): Promise<void> {
    await this.deps.sql.transaction(async (sql) => {
      // The revision moves so that open windows see the new state (the change feed polls revisions).
      await sql.run('UPDATE reports SET state = ?, revision = revision + 1 WHERE id = ?', [state, reportId]);
      await new SignOffStore({ ...this.deps, sql }).event(reportId, state, detail);
    });
  }

  async event(reportId: string, kind: string, detail: Record<string, unknown>): Promise<void> {
    await this.deps.sql.run('INSERT INTO report_events (report_id, kind, detail, at) VALUES (?, ?, ?, ?)', [
      reportId,
      kind,
      JSON.stringify(detail),
      this.deps.now(),
    ]);
  }

  async events(reportId: string): Promise<ReportEvent[]> {
    const rows = await this.deps.sql.all<{ kind: string; detail: string; at: string }>(
      'SELECT kind, detail, at FROM report_events WHERE report_id = ? ORDER BY at, rowid',
      [reportId],
    );
    return rows.map((e) => ({ kind: e.kind, detail: JSON.parse(e.detail) as Record<string, unknown>, at: e.at }));
  }

  async addSubmission(reportId: string, reportJson: string): Promise<number> {
    return this.deps.sql.transaction(async (sql) => {
      const next = Number((await sql.get<{ n: number | null }>('SELECT max(number) AS n FROM submissions WHERE report_id = ?', [reportId]))?.n ?? 0) + 1;
      await sql.run('INSERT INTO submissions (report_id, number, report_json, created_at) VALUES (?, ?, ?, ?)', [reportId, next, reportJson, this.deps.now()]);
      return next;
    });
  }

  async submission(reportId: string, number: number): Promise<{ json: string; createdAt: string } | null> {
    const row = await this.deps.sql.get<{ report_json: string; created_at: string }>(
      'SELECT report_json, created_at FROM submissions WHERE report_id = ? AND number = ?',
      [reportId, number],
    );
    return row ? { json: row.report_json, createdAt: row.created_at } : null;
  }
}
