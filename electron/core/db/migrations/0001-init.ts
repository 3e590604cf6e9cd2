import type { Migration } from '../migration';

/** Reports and their parts. Parts form a tree (parent_id) ordered by position among siblings. */
export const migration0001Init: Migration = {
  id: '0001-init',
  up: (db) => {
    db.exec(`
      CREATE TABLE reports (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL,
        profile         TEXT NOT NULL,
        period          TEXT NOT NULL DEFAULT '',
        header_json     TEXT NOT NULL,
        signature_json  TEXT NOT NULL,
        recipients_json TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX reports_by_update ON reports(updated_at DESC);

      CREATE TABLE sections (
        id          TEXT PRIMARY KEY,
        report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        parent_id   TEXT REFERENCES sections(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        role        TEXT NOT NULL,
        title       TEXT NOT NULL,
        blocks_json TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX sections_by_parent ON sections(report_id, parent_id, position);
    `);
  },
};
