import type { Migration } from '../migration';

/** The paragraphs before the first part (mở đầu) and after the last (kết thúc). */
export const migration0003OpeningClosing: Migration = {
  id: '0003-opening-closing',
  up: (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN opening_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE reports ADD COLUMN closing_json TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
