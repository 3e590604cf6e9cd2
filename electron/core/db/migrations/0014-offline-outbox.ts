import type { Migration } from '../migration';

/**
 * Drafting without the office server: the PC keeps a copy of each server report it opened, the
 * saves made while the server could not be reached (each with the revision it was made from, sent
 * in order when the server answers again), and the parts whose saved-offline text the server
 * refused because someone else had changed them meanwhile (shown as a conflict when opened).
 */
export const migration0014OfflineOutbox: Migration = {
  id: '0014-offline-outbox',
  up: (db) => {
    db.exec(`
      CREATE TABLE server_copies (report_id TEXT PRIMARY KEY, report_json TEXT NOT NULL, copied_at TEXT NOT NULL);
      CREATE TABLE server_outbox (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id  TEXT NOT NULL,
        method     TEXT NOT NULL,
        args_json  TEXT NOT NULL,
        queued_at  TEXT NOT NULL
      );
      CREATE TABLE server_conflicts (
        report_id  TEXT NOT NULL,
        section_id TEXT NOT NULL,
        title      TEXT NOT NULL,
        blocks_json TEXT NOT NULL,
        at         TEXT NOT NULL,
        PRIMARY KEY (report_id, section_id)
      );
    `);
  },
};
