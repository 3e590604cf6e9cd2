/**
 * The Sql of an office's PostgreSQL server (node-postgres). Statements are written with `?`
 * placeholders (db/sql.ts) and numbered here; a transaction takes one connection of the pool for
 * its whole length (BEGIN … COMMIT, a savepoint when nested); several reads that must agree run
 * in one REPEATABLE READ, read-only transaction.
 *
 * The stores were written for a PC's file, where SQLite runs one write transaction at a time: a
 * save reads the part's revision, compares it with the one the window started from, then writes
 * that row. On a server several PCs do that at the same moment, and under PostgreSQL's default
 * isolation two of them would both read the old revision and both write — a silent overwrite. So
 * every write transaction runs REPEATABLE READ: the second to write a row another committed since
 * it began is stopped by PostgreSQL, and run again from the start — it then reads the other's
 * revision and answers "conflict", as on a PC. (Every check of a revision writes the row that
 * holds it, so this covers them all. SERIALIZABLE would cover more, but on a busy office server
 * it stopped hundreds of saves of *different* reports as overtaken — its locks on index pages
 * and small tables are coarse — measured with bench/server-bench.ts.)
 */
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { AppError } from '#shared/contract/errors';
import { serverMessages } from '#shared/messages/server';
import type { Sql, SqlValue } from '../db/sql';
import { serverError } from './server-errors';

/** `?` → `$1, $2, …`. The SQL of the stores never holds a `?` inside a string literal. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const values = (params: readonly SqlValue[]) => params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));

type Queryable = Pick<PoolClient, 'query'>;

/** Tries of one write transaction that other PCs' transactions keep overtaking; then the failure is the clerk's. */
const MAX_ATTEMPTS = 20;

/** PostgreSQL stopped the transaction because a concurrent one wrote its rows first (serialization failure), a deadlock, or a stale plan: run it again. */
const overtaken = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01' || code === STALE_PLAN;
};

/** A statement this connection prepared before another PC upgraded the schema ("cached plan must not change result type"). */
const STALE_PLAN = '0A000';

/**
 * The statement's name on a connection: a statement with parameters is prepared once per
 * connection and its plan reused (a save runs about a dozen small statements, and parsing and
 * planning each again was a large share of the server's work under 20 PCs' saves).
 */
const names = new Map<string, string>();
function preparedName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `baocao_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < 5_000) names.set(text, name);
  }
  return name;
}

/** A query whose failure reaches the stores as the clerk's sentence (server-errors.ts). */
async function query(client: Queryable, sql: string, params: readonly SqlValue[], inTransaction = true) {
  const text = numbered(sql);
  try {
    if (params.length === 0) return await client.query(text);
    try {
      return await client.query({ name: preparedName(text), text, values: values(params) });
    } catch (error) {
      // A statement prepared before another PC upgraded the schema: its plan is stale; run it afresh
      // (in a transaction the whole transaction is run again instead, on another connection).
      if ((error as { code?: string }).code !== STALE_PLAN || inTransaction) throw error;
      return await client.query(text, values(params));
    }
  } catch (error) {
    throw serverError(error) ?? error;
  }
}

abstract class PgCalls implements Sql {
  readonly dialect = 'postgres' as const;
  readonly readonly = false;
  protected abstract client(): Queryable;
  /** Calls on the pool, each on whichever connection is free (not inside a transaction). */
  protected readonly standalone: boolean = false;

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await query(this.client(), sql, params, !this.standalone)).rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await query(this.client(), sql, params, !this.standalone)).rows[0] as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await query(this.client(), sql, params, !this.standalone)).rowCount ?? 0;
  }

  abstract transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  abstract read<T>(work: (tx: Sql) => Promise<T>): Promise<T>;

  isCorruption(): boolean {
    return false;
  }

  async readableRows<T>(table: 'reports' | 'sections', columns: string, where = 'TRUE', params: readonly SqlValue[] = []): Promise<T[]> {
    // A server's pages are its own to keep whole: the ordinary read is the only one.
    return this.all<T>(`SELECT ${columns} FROM ${table} WHERE ${where}`, params);
  }
}

/** Calls inside a transaction, on its one connection. */
class PgTransaction extends PgCalls {
  private savepoints = 0;
  constructor(private readonly connection: PoolClient) {
    super();
  }

  protected client(): Queryable {
    return this.connection;
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++this.savepoints}`;
    await this.connection.query(`SAVEPOINT ${name}`);
    try {
      const result = await work(this);
      await this.connection.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.connection.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
      throw error;
    }
  }

  read<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }
}

export class PgSql extends PgCalls {
  protected override readonly standalone = true;
  constructor(readonly pool: Pool) {
    super();
  }

  protected client(): Queryable {
    return this.pool;
  }

  private async within<T>(begin: string, work: (tx: Sql) => Promise<T>): Promise<T> {
    let connection: PoolClient;
    try {
      connection = await this.pool.connect();
    } catch (error) {
      throw serverError(error) ?? error;
    }
    let broken = false;
    // A checked-out connection that loses its server emits 'error' besides failing its query; with
    // no listener that would end the app. The query's own failure is what the clerk is told.
    const lost = () => {
      broken = true;
    };
    connection.on('error', lost);
    try {
      await query(connection, begin, []);
      try {
        const result = await work(new PgTransaction(connection));
        await query(connection, 'COMMIT', []);
        return result;
      } catch (error) {
        // A connection holding a stale prepared statement is not given back either: the run again gets a fresh one.
        if ((error as { code?: unknown } | null)?.code === STALE_PLAN) broken = true;
        await connection.query('ROLLBACK').catch(() => {
          // The connection itself failed: it is not given back to the pool.
          broken = true;
        });
        throw error;
      }
    } finally {
      connection.off('error', lost);
      connection.release(broken);
    }
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.within('BEGIN ISOLATION LEVEL REPEATABLE READ', work);
      } catch (error) {
        if (!overtaken(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new AppError('io', serverMessages.busy);
        // A short random pause, longer each time, so that the transactions that collided do not collide again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  read<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.within('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
  }
}
