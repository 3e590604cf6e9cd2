import type { Migration } from '../migration';

/** Words the clerk told the spell checker to accept (names, local terms). */
export const migration0005PersonalDictionary: Migration = {
  id: '0005-personal-dictionary',
  up: (db) => {
    db.exec(`CREATE TABLE personal_dictionary (word TEXT PRIMARY KEY, added_at TEXT NOT NULL)`);
  },
};
