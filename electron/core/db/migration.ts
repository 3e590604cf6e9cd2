import type { Database } from 'better-sqlite3';

/** One schema step. Migrations run in order, each in its own transaction, and are recorded by id. */
export interface Migration {
  id: string;
  up(db: Database): void;
}
