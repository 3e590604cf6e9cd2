/** Consolidations and the units' reports added to them. */
import { AppError } from '#shared/contract/errors';
import type { ConsolidationInput } from '#shared/consolidation/consolidation';
import { readReportFile } from '#shared/report-format/read-report-file';
import { consolidationMessages } from '#shared/messages/consolidation';
import type { StoreDeps } from './store-deps';

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
  constructor(private readonly deps: StoreDeps) {}

  private get sql() {
    return this.deps.sql;
  }

  async list(): Promise<ConsolidationRow[]> {
    return (await this.sql.all<Record<string, string | null>>('SELECT * FROM consolidations ORDER BY updated_at DESC')).map(toRow);
  }

  async get(id: string): Promise<ConsolidationRow> {
    const row = await this.sql.get<Record<string, string | null>>('SELECT * FROM consolidations WHERE id = ?', [id]);
    if (!row) throw notFound();
    return toRow(row);
  }

  async create(values: { period: string; deadline: string | null; units: string[]; setId: string | null }): Promise<string> {
    const id = this.deps.newId();
    const now = this.deps.now();
    await this.sql.run('INSERT INTO consolidations (id, period, deadline, units_json, set_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      id,
      values.period,
      values.deadline,
      JSON.stringify(values.units),
      values.setId,
      now,
      now,
    ]);
    return id;
  }

  async update(
    id: string,
    values: Partial<{ period: string; deadline: string | null; units: string[]; setId: string | null; reportId: string | null }>,
  ): Promise<void> {
    await this.sql.transaction(async (sql) => {
      const current = await new ConsolidationStore({ ...this.deps, sql }).get(id);
      const next = { ...current, ...values };
      await sql.run('UPDATE consolidations SET period = ?, deadline = ?, units_json = ?, set_id = ?, report_id = ?, updated_at = ? WHERE id = ?', [
        next.period,
        next.deadline,
        JSON.stringify(next.units),
        next.setId,
        next.reportId,
        this.deps.now(),
        id,
      ]);
    });
  }

  async inputs(consolidationId: string): Promise<ConsolidationInput[]> {
    const rows = await this.sql.all<{
      id: string;
      unit: string;
      source_name: string;
      report_json: string;
      revision: number | null;
      sent_at: string | null;
      received_at: string;
    }>('SELECT * FROM consolidation_inputs WHERE consolidation_id = ? ORDER BY received_at, rowid', [consolidationId]);
    return rows.flatMap((r) => {
      const parsed = readReportFile(r.report_json);
      return parsed.ok
        ? [{ id: r.id, unit: r.unit, sourceName: r.source_name, report: parsed.report, revision: r.revision, sentAt: r.sent_at, receivedAt: r.received_at }]
        : [];
    });
  }

  async addInput(consolidationId: string, input: Omit<ConsolidationInput, 'id' | 'receivedAt'>, reportJson: string): Promise<string> {
    const id = this.deps.newId();
    await this.sql.transaction(async (sql) => {
      await new ConsolidationStore({ ...this.deps, sql }).get(consolidationId);
      await sql.run(
        'INSERT INTO consolidation_inputs (id, consolidation_id, unit, source_name, report_json, revision, sent_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [id, consolidationId, input.unit, input.sourceName, reportJson, input.revision, input.sentAt, this.deps.now()],
      );
      await sql.run('UPDATE consolidations SET updated_at = ? WHERE id = ?', [this.deps.now(), consolidationId]);
    });
    return id;
  }

  async removeInput(consolidationId: string, inputId: string): Promise<void> {
    if ((await this.sql.run('DELETE FROM consolidation_inputs WHERE id = ? AND consolidation_id = ?', [inputId, consolidationId])) === 0) throw notFound();
  }

  /** The consolidation a report was made from, if any (its narrative panel needs the units' texts). */
  async forReport(reportId: string): Promise<ConsolidationRow | null> {
    const row = await this.sql.get<Record<string, string | null>>('SELECT * FROM consolidations WHERE report_id = ?', [reportId]);
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
