import type { Migration } from '../migration';

/**
 * report_lineage: the versions (content hashes) a report's content really descends from — what
 * a package it sends may claim as its lineage, so that a receiver takes it over its own copy only
 * when that copy is one of them, unchanged. report_shares stays the log of what was sent and
 * received (seen), which is not the same: a version received and not kept ("Giữ bản của tôi",
 * "Giữ cả hai") was seen, but the report does not hold it.
 *
 * Existing reports: only a version this machine sent last is certainly an ancestor of what the
 * report holds now (it was the content when sent, and edits since descend from it); every
 * other record could be a version received and not kept, so nothing else is carried over.
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
        SELECT s.report_id, s.hash, s.at FROM report_shares s
        WHERE s.direction = 'sent'
          AND s.rowid = (SELECT max(rowid) FROM report_shares t WHERE t.report_id = s.report_id);
    `);
  },
};
