import type { Migration } from '../migration';

/** Snapshots of each part: every few minutes of editing, before each export, before each restore. */
export const migration0004SectionHistory: Migration = {
  id: '0004-section-history',
  up: (db) => {
    db.exec(`
      CREATE TABLE section_revisions (
        id          TEXT PRIMARY KEY,
        report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_id  TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL,
        reason      TEXT NOT NULL,
        title       TEXT NOT NULL,
        blocks_json TEXT NOT NULL
      );
      CREATE INDEX section_revisions_by_section ON section_revisions(section_id, created_at DESC);
    `);
  },
};
