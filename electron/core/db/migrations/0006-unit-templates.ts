import type { Migration } from '../migration';

/** A unit's own report outlines, saved from a report and reused every period. */
export const migration0006UnitTemplates: Migration = {
  id: '0006-unit-templates',
  up: (db) => {
    db.exec(`
      CREATE TABLE unit_templates (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        outline_json    TEXT NOT NULL,
        summary_pattern TEXT NOT NULL,
        created_at      TEXT NOT NULL
      );
    `);
  },
};
