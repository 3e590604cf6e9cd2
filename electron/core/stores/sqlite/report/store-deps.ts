import type { Database } from 'better-sqlite3';

/** What every part of the report store is given: the data file, the clock and ids, and who follows its writes. */
export interface StoreDeps {
  db: Database;
  now: () => string;
  newId: () => string;
  /** Told which report each write changed (the search index follows them). */
  changed?: (reportId: string) => void;
}
