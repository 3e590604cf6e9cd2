import type { Migration } from '../migration';

/**
 * Revisions: a number that grows with every save of a part, of a report's details, and of its
 * tree of parts. A save names the revision it was based on; a stale one is refused (conflict),
 * so two windows never overwrite each other silently.
 */
export const migration0007Revisions: Migration = {
  id: '0007-revisions',
  up: (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE reports ADD COLUMN structure_revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE sections ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    `);
  },
};
