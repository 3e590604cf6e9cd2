import type { Sql } from '../db/sql';

/** What every store is given: its database (or the transaction it is part of), the clock and ids, and who follows its writes. */
export interface StoreDeps {
  sql: Sql;
  now: () => string;
  newId: () => string;
  /** Told which report each write changed (the search index follows them). */
  changed?: (reportId: string) => void;
}
