/** The library on an office's PostgreSQL server: the same stores as on a PC, over the server's Sql, with the server's search. */
import type { Pool } from 'pg';
import { createLibrary, type Library, type LibraryDeps } from '../stores/library';
import { PgSearch } from './pg-search';
import { PgSql } from './pg-sql';

export function serverLibrary(pool: Pool, deps: LibraryDeps): Library {
  const sql = new PgSql(pool);
  return createLibrary(sql, new PgSearch(sql), deps);
}
