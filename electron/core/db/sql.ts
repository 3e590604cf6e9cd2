/**
 * How the stores reach their database: a few asynchronous calls that the SQLite file of one PC
 * and an office's PostgreSQL server both answer, so each store is written once and holds its
 * rules in one place. SQL is written in the dialect both accept — `?` placeholders, `IS NOT
 * DISTINCT FROM`, `ON CONFLICT`, `CAST(count(*) AS INTEGER)`, a `rowid` column for insertion
 * order — and each driver turns it into its own.
 */

export type SqlValue = string | number | bigint | null | Uint8Array;

export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  /** True when nothing may be written (a damaged SQLite file opened to salvage what it can). */
  readonly readonly: boolean;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a write; how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `work` as one transaction: all of it is kept, or none. Inside it every call goes through
   * `tx`; a transaction started inside `work` becomes a savepoint of this one.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Several reads that must see one state of the data (a report and its parts). */
  read<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** A damaged page behind this error (SQLite's salvage path); always false for a server. */
  isCorruption(error: unknown): boolean;
  /**
   * Every row of `table` that can still be read, one at a time, when a scan stops at a damaged
   * page (SQLite only; a server has no such damage to read around).
   */
  readableRows<T>(table: 'reports' | 'sections', columns: string, where?: string, params?: readonly SqlValue[]): Promise<T[]>;
}
