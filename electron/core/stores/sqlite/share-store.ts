/**
 * What travelled: each version of a report sent or received (its hash and revision: what this
 * machine has seen), the versions its content really descends from (its lineage: what a package
 * it sends may claim), the whole versions a package replaced or that were not kept, and the files
 * that came with a report.
 */
import type { Database } from 'better-sqlite3';
import type { ReportVersionInfo } from '#shared/contract/api';

type VersionReason = 'replaced-by-received' | 'received-not-kept' | 'mine-not-kept';

export class ShareStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {}

  /** Hashes of every version of the report this machine sent or received (kept or not), oldest first. */
  seen(reportId: string): string[] {
    return (this.db.prepare('SELECT hash FROM report_shares WHERE report_id = ? ORDER BY at, rowid').all(reportId) as { hash: string }[]).map((r) => r.hash);
  }

  /** The versions the report's content descends from, oldest first. */
  lineage(reportId: string): string[] {
    return (this.db.prepare('SELECT hash FROM report_lineage WHERE report_id = ? ORDER BY at, rowid').all(reportId) as { hash: string }[]).map((r) => r.hash);
  }

  /** The content now descends from these versions too (it was sent as one, or took one over). */
  addLineage(reportId: string, hashes: readonly string[]): void {
    const add = this.db.prepare('INSERT OR IGNORE INTO report_lineage (report_id, hash, at) VALUES (?, ?, ?)');
    for (const hash of hashes) add.run(reportId, hash, this.now());
  }

  /** The content was replaced by one that descends from exactly these versions. */
  setLineage(reportId: string, hashes: readonly string[]): void {
    this.db.prepare('DELETE FROM report_lineage WHERE report_id = ?').run(reportId);
    this.addLineage(reportId, hashes);
  }

  lastRevision(reportId: string): { revision: number; hash: string } | null {
    return (
      (this.db.prepare('SELECT revision, hash FROM report_shares WHERE report_id = ? ORDER BY revision DESC, rowid DESC LIMIT 1').get(reportId) as
        { revision: number; hash: string } | undefined) ?? null
    );
  }

  record(reportId: string, hash: string, revision: number, direction: 'sent' | 'received', unit: string): void {
    this.db
      .prepare('INSERT INTO report_shares (report_id, hash, revision, direction, unit, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(reportId, hash, revision, direction, unit, this.now());
  }

  keepVersion(reportId: string, reason: VersionReason, source: string, reportJson: string): void {
    this.db
      .prepare('INSERT INTO report_versions (id, report_id, reason, source, report_json, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.newId(), reportId, reason, source, reportJson, this.now());
  }

  versions(reportId: string): ReportVersionInfo[] {
    return (
      this.db.prepare('SELECT id, reason, source, created_at FROM report_versions WHERE report_id = ? ORDER BY created_at DESC, rowid DESC').all(reportId) as {
        id: string;
        reason: VersionReason;
        source: string;
        created_at: string;
      }[]
    ).map((r) => ({ id: r.id, reason: r.reason, source: r.source, createdAt: r.created_at }));
  }

  version(versionId: string): { reportId: string; json: string } | null {
    const row = this.db.prepare('SELECT report_id, report_json FROM report_versions WHERE id = ?').get(versionId) as
      { report_id: string; report_json: string } | undefined;
    return row ? { reportId: row.report_id, json: row.report_json } : null;
  }

  saveAttachments(reportId: string, attachments: readonly { name: string; bytes: Uint8Array; sha256: string }[]): void {
    const put = this.db.prepare(
      'INSERT INTO report_attachments (report_id, name, bytes, sha256, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(report_id, name) DO UPDATE SET bytes = excluded.bytes, sha256 = excluded.sha256, added_at = excluded.added_at',
    );
    for (const a of attachments) put.run(reportId, a.name, Buffer.from(a.bytes), a.sha256, this.now());
  }

  attachments(reportId: string): { name: string; bytes: Buffer }[] {
    return this.db.prepare('SELECT name, bytes FROM report_attachments WHERE report_id = ? ORDER BY name').all(reportId) as { name: string; bytes: Buffer }[];
  }
}
