/**
 * The one way the core writes in a transaction. A deferred transaction (SQLite's default) that
 * reads and then writes is refused at once with "database is locked" when another connection —
 * the command line, another window — committed in between: SQLite cannot move its snapshot
 * forward, and the busy timeout never applies. BEGIN IMMEDIATE takes the write lock first, so
 * two writers simply wait for each other (up to the busy timeout), and no save fails.
 * Nested calls become savepoints of the outer transaction, as with better-sqlite3's own.
 */
import type { Database } from 'better-sqlite3';

export function inWriteTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate();
}
