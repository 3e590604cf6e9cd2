/** Logins on the test cluster for the role tests: each person connects with their own password, as in an office. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type Role = 'chuyen_vien' | 'van_thu' | 'lanh_dao';

/** A login name no other test of the run uses (logins belong to the whole cluster). */
export const uniqueLogin = (prefix: string) => `${prefix}_${randomBytes(3).toString('hex')}`;

/** A pool connected as `login` with `password`, through the cluster's socket (scram-sha-256). */
export function poolAs(database: string, login: string, password: string): pg.Pool {
  const cluster = inject('postgres');
  if (!cluster) throw new Error('no PostgreSQL cluster in this run');
  return new pg.Pool({ host: cluster.socketDir, port: cluster.port, database, user: login, password, max: 4 });
}
