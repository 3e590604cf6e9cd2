import type { Migration } from '../migration';

/**
 * Reports that travel and combine:
 * - indicator_sets: the unit's Bộ chỉ tiêu (its own, or received from the level above);
 * - report_shares: each version of a report sent or received in a package (its content hash), the
 *   lineage that tells a newer revision from a conflicting one;
 * - report_attachments: files that came with a report in a package (a signed PDF, an Excel annex);
 * - report_versions: whole versions kept when a received package replaced the local one, or was
 *   not taken — nothing is overwritten silently;
 * - consolidations and their inputs: the units' reports a higher level adds up.
 */
export const migration0010TravelAndConsolidation: Migration = {
  id: '0010-travel-and-consolidation',
  up: (db) => {
    db.exec(`
      CREATE TABLE indicator_sets (
        id          TEXT PRIMARY KEY,
        set_json    TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE TABLE report_shares (
        report_id   TEXT NOT NULL,
        hash        TEXT NOT NULL,
        revision    INTEGER NOT NULL,
        direction   TEXT NOT NULL,
        unit        TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      CREATE INDEX report_shares_by_report ON report_shares(report_id, at);
      CREATE TABLE report_versions (
        id          TEXT PRIMARY KEY,
        report_id   TEXT NOT NULL,
        reason      TEXT NOT NULL,
        source      TEXT NOT NULL,
        report_json TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX report_versions_by_report ON report_versions(report_id, created_at);
      CREATE TABLE report_attachments (
        report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        bytes       BLOB NOT NULL,
        sha256      TEXT NOT NULL,
        added_at    TEXT NOT NULL,
        PRIMARY KEY (report_id, name)
      );
      CREATE TABLE consolidations (
        id            TEXT PRIMARY KEY,
        period        TEXT NOT NULL,
        deadline      TEXT,
        units_json    TEXT NOT NULL,
        set_id        TEXT,
        report_id     TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE TABLE consolidation_inputs (
        id               TEXT PRIMARY KEY,
        consolidation_id TEXT NOT NULL REFERENCES consolidations(id) ON DELETE CASCADE,
        unit             TEXT NOT NULL,
        source_name      TEXT NOT NULL,
        report_json      TEXT NOT NULL,
        revision         INTEGER,
        sent_at          TEXT,
        received_at      TEXT NOT NULL
      );
      CREATE INDEX consolidation_inputs_by_consolidation ON consolidation_inputs(consolidation_id);
    `);
  },
};
