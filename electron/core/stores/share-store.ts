/**
 * What travelled: each version of a report sent or received (its hash and revision: what this
 * library has seen), the versions its content really descends from (its lineage: what a package
 * it sends may claim), the whole versions a package replaced or that were not kept, and the files
 * that came with a report.
 */
import type { ReportVersionInfo } from '#shared/contract/api';
import type { Sql } from '../db/sql';
import type { StoreDeps } from './store-deps';

export type VersionReason = 'replaced-by-received' | 'received-not-kept' | 'mine-not-kept';

export class ShareStore {
  constructor(private readonly deps: StoreDeps) {}

  private get sql(): Sql {
    return this.deps.sql;
  }

  /** Hashes of every version of the report this library sent or received (kept or not), oldest first. */
  async seen(reportId: string): Promise<string[]> {
    return (await this.sql.all<{ hash: string }>('SELECT hash FROM report_shares WHERE report_id = ? ORDER BY at, rowid', [reportId])).map((r) => r.hash);
  }

  /** The versions the report's content descends from, oldest first. */
  async lineage(reportId: string): Promise<string[]> {
    return (await this.sql.all<{ hash: string }>('SELECT hash FROM report_lineage WHERE report_id = ? ORDER BY at, rowid', [reportId])).map((r) => r.hash);
  }

  /** The content now descends from these versions too (it was sent as one, or took one over). */
  async addLineage(reportId: string, hashes: readonly string[]): Promise<void> {
    await this.sql.transaction(async (sql) => {
      for (const hash of hashes)
        await sql.run('INSERT INTO report_lineage (report_id, hash, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [reportId, hash, this.deps.now()]);
    });
  }

  /** The content was replaced by one that descends from exactly these versions. */
  async setLineage(reportId: string, hashes: readonly string[]): Promise<void> {
    await this.sql.transaction(async (sql) => {
      await sql.run('DELETE FROM report_lineage WHERE report_id = ?', [reportId]);
      await new ShareStore({ ...this.deps, sql }).addLineage(reportId, hashes);
    });
  }

  async lastRevision(reportId: string): Promise<{ revision: number; hash: string } | null> {
    return (
      (await this.sql.get<{ revision: number; hash: string }>(
        'SELECT revision, hash FROM report_shares WHERE report_id = ? ORDER BY revision DESC, rowid DESC LIMIT 1',
        [reportId],
      )) ?? null
    );
  }

  async record(reportId: string, hash: string, revision: number, direction: 'sent' | 'received', unit: string): Promise<void> {
    await this.sql.run('INSERT INTO report_shares (report_id, hash, revision, direction, unit, at) VALUES (?, ?, ?, ?, ?, ?)', [
      reportId,
      hash,
      revision,
      direction,
      unit,
      this.deps.now(),
    ]);
  }

  async keepVersion(reportId: string, reason: VersionReason, source: string, reportJson: string): Promise<void> {
    await this.sql.run('INSERT INTO report_versions (id, report_id, reason, source, report_json, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      this.deps.newId(),
      reportId,
      reason,
      source,
      reportJson,
      this.deps.now(),
    ]);
  }

  async versions(reportId: string): Promise<ReportVersionInfo[]> {
    const rows = await this.sql.all<{ id: string; reason: VersionReason; source: string; created_at: string }>(
      'SELECT id, reason, source, created_at FROM report_versions WHERE report_id = ? ORDER BY created_at DESC, rowid DESC',
      [reportId],
    );
    return rows.map((r) => ({ id: r.id, reason: r.reason, source: r.source, createdAt: r.created_at }));
  }

  async version(versionId: string): Promise<{ reportId: string; json: string } | null> {
    const row = await this.sql.get<{ report_id: string; report_json: string }>('SELECT report_id, report_json FROM report_versions WHERE id = ?', [versionId]);
    return row ? { reportId: row.report_id, json: row.report_json } : null;
  }

  async saveAttachments(reportId: string, attachments: readonly { name: string; bytes: Uint8Array; sha256: string }[]): Promise<void> {
    await this.sql.transaction(async (sql) => {
      for (const a of attachments)
        await sql.run(
          'INSERT INTO report_attachments (report_id, name, bytes, sha256, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(report_id, name) DO UPDATE SET bytes = excluded.bytes, sha256 = excluded.sha256, added_at = excluded.added_at',
          [reportId, a.name, a.bytes, a.sha256, this.deps.now()],
        );
    });
  }

  async attachments(reportId: string): Promise<{ name: string; bytes: Buffer }[]> {
    return this.sql.all<{ name: string; bytes: Buffer }>('SELECT name, bytes FROM report_attachments WHERE report_id = ? ORDER BY name', [reportId]);
  }
}
