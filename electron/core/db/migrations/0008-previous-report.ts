import type { Migration } from '../migration';

/** The report a report was made from ("Tạo từ báo cáo kỳ trước"): its last period's text is shown beside each part. */
export const migration0008PreviousReport: Migration = {
  id: '0008-previous-report',
  up: (db) => {
    db.exec(`ALTER TABLE reports ADD COLUMN previous_id TEXT;`);
  },
};
