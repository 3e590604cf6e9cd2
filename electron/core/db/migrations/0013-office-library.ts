import type { Migration } from '../migration';

/**
 * Who made each change, as the office server records it (server/migrations, same id): on a PC
 * the author is the PC's clerk, shown once reports come from a shared library.
 */
export const migration0013OfficeLibrary: Migration = {
  id: '0013-office-library',
  up: (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE sections ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE section_revisions ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE report_events ADD COLUMN made_by TEXT NOT NULL DEFAULT '';
    `);
  },
};
