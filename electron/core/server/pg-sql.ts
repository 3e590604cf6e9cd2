/**
 * The Sql of an office's PostgreSQL server (node-postgres). Statements are written with `?`
 * placeholders (db/sql.ts) and numbered here; a transaction takes one connection of the pool for
 * its whole length (BEGIN … COMMIT, a savepoint when nested); several reads that must agree run
 * in one REPEATABLE READ, read-only transaction.
 */
import type { Pool, PoolClient } from 'pg';
import type { Sql, SqlValue } from '../db/sql';
import { serverError } from './server-errors';

/** `?` → `$1, $2, …`. The SQL of the stores never holds a `?` inside a string literal. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const values = (params: readonly SqlValue[]) => params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));

type Queryable = Pick<PoolClient, 'query'>;

/** A query whose failure reaches the stores as the clerk's sentence (server-errors.ts). */
async function query(client: Queryable, sql: string, params: readonly SqlValue[]) {
  try {
    return await client.query(numbered(sql), values(params));
  } catch (error) {
    throw serverError(error) ?? error;
  }
}

abstract class PgCalls implements Sql {
  readonly dialect = 'postgres' as const;
  readonly readonly = false;
  protected abstract client(): Queryable;

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await query(this.client(), sql, params)).rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await query(this.client(), sql, params)).rows[0] as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await query(this.client(), sql, params)).rowCount ?? 0;
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

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.within('BEGIN', work);
  }

  read<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.within('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
  }
}
