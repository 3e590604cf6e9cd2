import type { Migration } from '../migration';

/**
 * report_lineage: the versions (content hashes) a report's content really descends from — what
 * a package it sends may claim as its lineage, so that a receiver takes it over its own copy only
 * when that copy is one of them, unchanged. report_shares stays the log of what was sent and
 * received (seen), which is not the same: a version received and not kept ("Giữ bản của tôi",
 * "Giữ cả hai") was seen, but the report does not hold it.
 *
 * Existing reports hold the version of their newest record when that version is certainly what
 * the content descends from: one this machine sent, or one it received and kept — not one kept
 * aside as "received-not-kept" (Giữ bản của tôi, or a part-by-part merge), and not the one a
 * "Giữ cả hai" put into a newer copy (the older report of the two kept its own text). Every
 * older record could have been replaced since, so nothing else is carried over.
 *
 * reports.version_of: the published report a report is a new version of ("Tạo phiên bản mới"),
 * read from the events that recorded it until now. reports.copy_of: the report a received
 * version was kept beside ("Giữ cả hai"), so the list tells the two apart; for earlier pairs, the
 * newer of two reports given the same version at the same moment.
 */
export const migration0012ReportLineage: Migration = {
  id: '0012-report-lineage',
  up: (db) => {
    db.exec(`
      CREATE TABLE report_lineage (
        report_id   TEXT NOT NULL,
        hash        TEXT NOT NULL,
        at          TEXT NOT NULL,
        PRIMARY KEY (report_id, hash)
      );
      INSERT INTO report_lineage (report_id, hash, at)
        SELECT s.report_id, s.hash, s.at FROM report_shares s JOIN reports r ON r.id = s.report_id
        WHERE s.rowid = (SELECT max(t.rowid) FROM report_shares t WHERE t.report_id = s.report_id)
          AND (s.direction = 'sent' OR (
            NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.report_id = s.report_id AND v.reason = 'received-not-kept' AND v.created_at = s.at)
            AND NOT EXISTS (
              SELECT 1 FROM report_shares o JOIN reports n ON n.id = o.report_id
              WHERE o.hash = s.hash AND o.at = s.at AND o.report_id <> s.report_id AND n.created_at > r.created_at)));
      ALTER TABLE reports ADD COLUMN version_of TEXT;
      UPDATE reports SET version_of = (
        SELECT json_extract(e.detail, '$.from') FROM report_events e WHERE e.report_id = reports.id AND e.kind = 'new-version' LIMIT 1);
      ALTER TABLE reports ADD COLUMN copy_of TEXT;
      UPDATE reports SET copy_of = (
        SELECT o.report_id FROM report_shares s JOIN report_shares o ON o.hash = s.hash AND o.at = s.at AND o.report_id <> s.report_id
        JOIN reports r ON r.id = o.report_id
        WHERE s.report_id = reports.id AND s.direction = 'received' AND r.created_at < reports.created_at LIMIT 1);
      CREATE INDEX reports_by_version_of ON reports(version_of);
      CREATE INDEX reports_by_copy_of ON reports(copy_of);
    `);
  },
};
