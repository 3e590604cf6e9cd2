/**
 * The Sql of the PC's own data file (better-sqlite3). SQLite runs each statement at once; what
 * the driver adds is order: the core answers many requests at a time on one connection, so a
 * transaction (BEGIN IMMEDIATE, as inWriteTransaction) holds the connection until it ends, and
 * every other call waits for it — a request's statements never land inside another's
 * transaction. Prepared statements are kept by their text.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Sql, SqlValue } from './sql';
import { isCorruption } from './storage-errors';

const STATEMENT_CACHE_SIZE = 500;

/** Runs one statement at a time on the connection, with prepared statements kept. */
class Statements {
  private readonly cache = new Map<string, Statement>();
  constructor(readonly db: Database) {}

  prepare(sql: string): Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.cache.size >= STATEMENT_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}

const toParams = (params: readonly SqlValue[]) => params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));

/** What both the connection and a transaction on it run statements with. */
abstract class SqliteCalls implements Sql {
  readonly dialect = 'sqlite' as const;
  constructor(protected readonly statements: Statements) {}

  get readonly(): boolean {
    return this.statements.db.readonly;
  }

  /**
   * Runs `work` (synchronous) when the connection is free for this caller. The wait and the work
   * are one continuation: nothing else can take the connection between the two.
   */
  protected abstract when<T>(work: () => T): Promise<T>;

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.when(() => this.statements.prepare(sql).all(...toParams(params)) as T[]);
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.when(() => this.statements.prepare(sql).get(...toParams(params)) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.when(() => this.statements.prepare(sql).run(...toParams(params)).changes);
  }

  abstract transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  abstract read<T>(work: (tx: Sql) => Promise<T>): Promise<T>;

  isCorruption(error: unknown): boolean {
    return isCorruption(error);
  }

  readableRows<T>(table: 'reports' | 'sections', columns: string, where = '1', params: readonly SqlValue[] = []): Promise<T[]> {
    return this.when(() => this.readRowByRow<T>(table, columns, where, params));
  }

  private readRowByRow<T>(table: 'reports' | 'sections', columns: string, where: string, params: readonly SqlValue[]): T[] {
    const db = this.statements.db;
    let highest: number;
    try {
      highest = (db.prepare(`SELECT max(rowid) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0;
    } catch {
      highest = 0;
    }
    const one = db.prepare(`SELECT ${columns} FROM ${table} WHERE rowid = ? AND (${where})`);
    const rows: T[] = [];
    let misses = 0;
    // Gives up after a long run of misses past the highest rowid it could learn.
    for (let rowid = 1; rowid <= highest || misses < 2_000; rowid += 1) {
      try {
        const row = one.get(rowid, ...toParams(params)) as T | undefined;
        if (row) {
          rows.push(row);
          misses = 0;
          continue;
        }
      } catch {
        // This row sits on a damaged page: skip it.
      }
      misses += 1;
    }
    return rows;
  }
}

/** Calls inside a transaction: the connection is theirs; a nested transaction is a savepoint. */
class SqliteTransaction extends SqliteCalls {
  private savepoints = 0;
  protected when<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++this.savepoints}`;
    const db = this.statements.db;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work(this);
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      // A full disk or an I/O error can make SQLite roll the whole transaction back itself; the
      // original error is what the clerk is told, never a failure to undo.
      if (db.inTransaction) {
        try {
          db.exec(`ROLLBACK TO ${name}`);
          db.exec(`RELEASE ${name}`);
        } catch {
          // The savepoint went with the transaction.
        }
      }
      throw error;
    }
  }

  read<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }
}

export class SqliteSql extends SqliteCalls {
  /** Settles when the transaction or read that holds the connection ends. */
  private held: Promise<void> | null = null;

  constructor(db: Database) {
    super(new Statements(db));
  }

  get db(): Database {
    return this.statements.db;
  }

  protected async when<T>(work: () => T): Promise<T> {
    while (this.held) await this.held;
    return work();
  }

  /** Runs `work` with the connection to itself (other calls wait), inside `begin`…`end` when given. */
  private async exclusive<T>(work: (tx: Sql) => Promise<T>, begin: string | null): Promise<T> {
    while (this.held) await this.held;
    let release!: () => void;
    this.held = new Promise((resolve) => (release = resolve));
    const db = this.statements.db;
    try {
      if (begin) db.exec(begin);
      try {
        const result = await work(new SqliteTransaction(this.statements));
        if (begin) db.exec('COMMIT');
        return result;
      } catch (error) {
        if (begin && db.inTransaction) {
          try {
            db.exec('ROLLBACK');
          } catch {
            // Rolled back by SQLite already.
          }
        }
        throw error;
      }
    } finally {
      this.held = null;
      release();
    }
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    // IMMEDIATE: the write lock first, so another writer (the command line) waits instead of failing (write-transaction.ts).
    return this.exclusive(work, this.readonly ? null : 'BEGIN IMMEDIATE');
  }

  read<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.exclusive(work, null);
  }

  /** Synchronous work on the connection that must not land inside a transaction (the search index's upkeep): waits its turn. */
  whenFree<T>(work: (db: Database) => T): Promise<T> {
    return this.when(() => work(this.statements.db));
  }
}
