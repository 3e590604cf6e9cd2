/** The two drivers under the stores: the SQLite one keeps one connection in order; the server one numbers placeholders. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { SqliteSql } from '../../electron/core/db/sqlite-sql';
import { numbered } from '../../electron/core/server/pg-sql';

describe('the SQLite driver', () => {
  it('never lets another request’s statement land inside a transaction that is waiting on something', async () => {
    const sql = new SqliteSql(openDatabase(':memory:'));
    await sql.run('CREATE TABLE t (n INTEGER)');
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    const inside = sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (n) VALUES (1)');
      await paused;
      throw new Error('rolled back');
    });
    // Issued while the transaction is open and waiting: it must not join it (and be rolled back with it).
    const outside = sql.run('INSERT INTO t (n) VALUES (2)');
    const read = sql.all<{ n: number }>('SELECT n FROM t');
    release();
    await expect(inside).rejects.toThrow('rolled back');
    await outside;
    expect(await read).toEqual([{ n: 2 }]);
    expect(await sql.all('SELECT n FROM t')).toEqual([{ n: 2 }]);
  });

  it('takes turns between transactions started together', async () => {
    const sql = new SqliteSql(openDatabase(':memory:'));
    await sql.run('CREATE TABLE t (n INTEGER)');
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        sql.transaction(async (tx) => {
          order.push(`${name}+`);
          await tx.run('INSERT INTO t (n) VALUES (1)');
          await new Promise((resolve) => setImmediate(resolve));
          order.push(`${name}-`);
        }),
      ),
    );
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });
});

describe('the server driver', () => {
  it('numbers the placeholders in order', () => {
    expect(numbered('SELECT * FROM t WHERE a = ? AND b IN (?, ?) LIMIT ?')).toBe('SELECT * FROM t WHERE a = $1 AND b IN ($2, $3) LIMIT $4');
  });
});
