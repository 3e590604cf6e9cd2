/** The library on the PC's own data file: the stores over SQLite, and search on SQLite FTS5 in its own file. */
import type { Database } from 'better-sqlite3';
import type { SearchQuery } from '#shared/contract/search';
import { SqliteSql } from '../../db/sqlite-sql';
import { createLibrary, type Library, type LibraryDeps, type SearchStore } from '../library';
import { SearchIndex } from './search-index';

class SqliteSearch implements SearchStore {
  private readonly index: SearchIndex;

  constructor(
    private readonly sql: SqliteSql,
    file: string | null,
  ) {
    this.index = new SearchIndex(sql.db, file);
  }

  changed(reportId: string): void {
    this.index.changed(reportId);
  }

  // The index works synchronously on the data connection: it waits until no transaction holds it.
  search(query: SearchQuery, budgetMs?: number) {
    return this.sql.whenFree(() => this.index.search(query, budgetMs));
  }

  catchUp(budgetMs: number) {
    return this.sql.whenFree(() => this.index.sync(budgetMs));
  }
}

/** `searchFile`: the search index's file beside the data file, or null to keep it in memory. */
export function sqliteLibrary(db: Database, searchFile: string | null, deps: LibraryDeps): Library {
  const sql = new SqliteSql(db);
  return createLibrary(sql, new SqliteSearch(sql, searchFile), deps);
}
