import type { Migration } from '../migration';
import { createSearchTables, rebuildSearchIndex } from '../../reports/search-index';

/** Search over every report: two FTS5 indexes (with and without diacritics), filled from what is stored. */
export const migration0009Search: Migration = {
  id: '0009-search',
  up: (db) => {
    createSearchTables(db);
    rebuildSearchIndex(db);
  },
};
