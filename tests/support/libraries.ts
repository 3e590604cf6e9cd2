/**
 * The library on each backend the stores are written for: the PC's SQLite file (in memory) and
 * an office server (a database of its own in the test cluster, schema created by the same code
 * as "baocao server init"). One store suite runs on both.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import type { Library } from '../../electron/core/stores/library';
import { sqliteLibrary } from '../../electron/core/stores/sqlite/sqlite-library';
import { serverLibrary } from '../../electron/core/server/server-library';
import { upgradeSchema } from '../../electron/core/server/server-schema';

export type Backend = 'sqlite' | 'postgres';

/** The backends this run can test: PostgreSQL when the global setup started a cluster (always in CI). */
export function backends(): Backend[] {
  return inject('postgres') ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface OpenLibrary {
  library: Library;
  /** Moves the clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** A connection to the test cluster as its superuser, to `database` (default: the maintenance one). */
export function adminPool(database = 'postgres'): pg.Pool {
  const cluster = inject('postgres');
  if (!cluster) throw new Error('no PostgreSQL cluster in this run');
  return new pg.Pool({ host: cluster.socketDir, port: cluster.port, user: 'postgres', database, max: 4 });
}

/** A fresh, empty database in the test cluster; its name. */
export async function newServerDatabase(): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = adminPool();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return name;
}

export async function openLibrary(backend: Backend, start = new Date('2026-06-05T08:00:00Z')): Promise<OpenLibrary> {
  let now = start.getTime();
  let id = 0;
  const deps = { now: () => new Date((now += 1000)).toISOString(), newId: () => `id-${++id}` };
  const advance = (ms: number) => {
    now += ms;
  };
  if (backend === 'sqlite') {
    const db = openDatabase(':memory:');
    return {
      library: sqliteLibrary(db, null, deps),
      advance,
      close: async () => {
        db.close();
      },
    };
  }
  const pool = adminPool(await newServerDatabase());
  await upgradeSchema(pool, deps.now);
  return { library: serverLibrary(pool, deps), advance, close: () => pool.end() };
}
