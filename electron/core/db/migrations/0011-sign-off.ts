import type { Migration } from '../migration';

/**
 * Sign-off: a report's state (Đang soạn → Đã trình → Đã duyệt → Đã phát hành), each bản trình
 * sent to a leader (the version sent, to compare with what comes back), and the report's events
 * (every change of state, with its time).
 */
export const migration0011SignOff: Migration = {
  id: '0011-sign-off',
  up: (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN state TEXT NOT NULL DEFAULT 'drafting';
      CREATE TABLE submissions (
        report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        number      INTEGER NOT NULL,
        report_json TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (report_id, number)
      );
      CREATE TABLE report_events (
        report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        detail      TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      CREATE INDEX report_events_by_report ON report_events(report_id, at);
    `);
  },
};
