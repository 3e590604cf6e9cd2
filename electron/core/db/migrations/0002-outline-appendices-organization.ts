import type { Migration } from '../migration';

/**
 * Reports gain the Phần level (outline) and phụ lục (appendices); the unit's own details
 * (organization) are kept once and prefill every new report.
 */
export const migration0002OutlineAppendicesOrganization: Migration = {
  id: '0002-outline-appendices-organization',
  up: (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN outline TEXT NOT NULL DEFAULT 'sections';
      ALTER TABLE reports ADD COLUMN appendices_json TEXT NOT NULL DEFAULT '[]';

      CREATE TABLE organization (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        profile    TEXT NOT NULL,
        data_json  TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
