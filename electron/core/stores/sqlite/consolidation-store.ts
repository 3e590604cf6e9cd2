/** Consolidations and the units' reports added to them, in the data file. */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import type { ConsolidationInput } from '#shared/consolidation/consolidation';
import { readReportFile } from '#shared/report-format/read-report-file';
import { consolidationMessages } from '#shared/messages/consolidation';

export interface ConsolidationRow {
  id: string;
  period: string;
  deadline: string | null;
  units: string[];
  setId: string | null;
  reportId: string | null;
  createdAt: string;
  updatedAt: string;
}

const notFound = () => new AppError('not_found', consolidationMessages.notFound);

export class ConsolidationStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {}

  list(): ConsolidationRow[] {
    return (this.db.prepare('SELECT * FROM consolidations ORDER BY updated_at DESC').all() as Record<string, string | null>[]).map(toRow);
  }

  get(id: string): ConsolidationRow {
    const row = this.db.prepare('SELECT * FROM consolidations WHERE id = ?').get(id) as Record<string, string | null> | undefined;
    if (!row) throw notFound();
    return toRow(row);
  }

  create(values: { period: string; deadline: string | null; units: string[]; setId: string | null }): string {
    const id = this.newId();
    const now = this.now();
    this.db
      .prepare('INSERT INTO consolidations (id, period, deadline, units_json, set_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, values.period, values.deadline, JSON.stringify(values.units), values.setId, now, now);
    return id;
  }

  update(id: string, values: Partial<{ period: string; deadline: string | null; units: string[]; setId: string | null; reportId: string | null }>): void {
    const current = this.get(id);
    const next = { ...current, ...values };
    this.db
      .prepare('UPDATE consolidations SET period = ?, deadline = ?, units_json = ?, set_id = ?, report_id = ?, updated_at = ? WHERE id = ?')
      .run(next.period, next.deadline, JSON.stringify(next.units), next.setId, next.reportId, this.now(), id);
  }

  inputs(consolidationId: string): ConsolidationInput[] {
    const rows = this.db.prepare('SELECT * FROM consolidation_inputs WHERE consolidation_id = ? ORDER BY received_at, rowid').all(consolidationId) as {
      id: string;
      unit: string;
      source_name: string;
      report_json: string;
      revision: number | null;
      sent_at: string | null;
      received_at: string;
    }[];
    return rows.flatMap((r) => {
      const parsed = readReportFile(r.report_json);
      return parsed.ok
        ? [{ id: r.id, unit: r.unit, sourceName: r.source_name, report: parsed.report, revision: r.revision, sentAt: r.sent_at, receivedAt: r.received_at }]
        : [];
    });
  }

  addInput(consolidationId: string, input: Omit<ConsolidationInput, 'id' | 'receivedAt'>, reportJson: string): string {
    this.get(consolidationId);
    const id = this.newId();
    this.db
      .prepare(
        'INSERT INTO consolidation_inputs (id, consolidation_id, unit, source_name, report_json, revision, sent_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, consolidationId, input.unit, input.sourceName, reportJson, input.revision, input.sentAt, this.now());
    this.db.prepare('UPDATE consolidations SET updated_at = ? WHERE id = ?').run(this.now(), consolidationId);
    return id;
  }

  removeInput(consolidationId: string, inputId: string): void {
    if (this.db.prepare('DELETE FROM consolidation_inputs WHERE id = ? AND consolidation_id = ?').run(inputId, consolidationId).changes === 0) throw notFound();
  }

  /** The consolidation a report was made from, if any (its narrative panel needs the units' texts). */
  forReport(reportId: string): ConsolidationRow | null {
    const row = this.db.prepare('SELECT * FROM consolidations WHERE report_id = ?').get(reportId) as Record<string, string | null> | undefined;
    return row ? toRow(row) : null;
  }
}

function toRow(r: Record<string, string | null>): ConsolidationRow {
  return {
    id: r.id as string,
    period: r.period as string,
    deadline: r.deadline ?? null,
    units: JSON.parse((r.units_json as string) || '[]') as string[],
    setId: r.set_id ?? null,
    reportId: r.report_id ?? null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}
