import type { Migration } from '../migration';

/**
 * The library's shelves: a report can be archived ("Lưu trữ": hidden from the list, still found
 * by search) or put in the Thùng rác (kept 30 days, then deleted for good). The list pages by
 * last edit within a shelf, so the index leads with the shelf columns.
 */
export const migration0009LibraryShelves: Migration = {
  id: '0009-library-shelves',
  up: (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN archived_at TEXT;
      ALTER TABLE reports ADD COLUMN deleted_at TEXT;
      CREATE INDEX reports_by_shelf ON reports(deleted_at, archived_at, updated_at DESC);
    `);
  },
};
