/**
 * The library: every store the core reaches its data through, on one database — the PC's own
 * file (SQLite) or the office's server (PostgreSQL). The stores are written once against `Sql`
 * (db/sql.ts); what differs between the two is the driver and the search, which each database
 * does its own way. A transaction across stores is `library.transaction(async (tx) => …)`: every
 * store of `tx` writes in it, all or nothing.
 */
import type { SearchQuery, SearchResult } from '#shared/contract/search';
import type { Sql } from '../db/sql';
import { ConsolidationStore } from './consolidation-store';
import { DictionaryStore } from './dictionary-store';
import { HistoryStore } from './history-store';
import { IndicatorSetStore } from './indicator-set-store';
import { OrganizationStore } from './organization-store';
import { ReportStore } from './report/report-store';
import { ShareStore } from './share-store';
import { SignOffStore } from './sign-off-store';
import { UnitTemplates } from './unit-templates';

/** "Tìm trong các báo cáo": each database indexes the reports its own way. */
export interface SearchStore {
  /** A store wrote this report: it is indexed again before the next search. */
  changed(reportId: string): void;
  search(query: SearchQuery, budgetMs?: number): Promise<SearchResult>;
  /** Brings the index up to date for at most `budgetMs`; how far it got. */
  catchUp(budgetMs: number): Promise<{ indexed: number; total: number }>;
}

export interface Library {
  readonly sql: Sql;
  readonly reports: ReportStore;
  readonly history: HistoryStore;
  readonly shares: ShareStore;
  readonly signOff: SignOffStore;
  readonly consolidations: ConsolidationStore;
  readonly indicatorSets: IndicatorSetStore;
  readonly organization: OrganizationStore;
  readonly unitTemplates: UnitTemplates;
  readonly dictionary: DictionaryStore;
  readonly search: SearchStore;
  /** Runs `work` with stores that write in one transaction: all of it is kept, or none. */
  transaction<T>(work: (tx: Library) => Promise<T>): Promise<T>;
}

export interface LibraryDeps {
  now: () => string;
  newId: () => string;
}

export function createLibrary(sql: Sql, search: SearchStore, deps: LibraryDeps): Library {
  const storeDeps = { sql, now: deps.now, newId: deps.newId, changed: (id: string) => search.changed(id) };
  return {
    sql,
    reports: new ReportStore(storeDeps),
    history: new HistoryStore(storeDeps),
    shares: new ShareStore(storeDeps),
    signOff: new SignOffStore(storeDeps),
    consolidations: new ConsolidationStore(storeDeps),
    indicatorSets: new IndicatorSetStore(storeDeps),
    organization: new OrganizationStore(storeDeps),
    unitTemplates: new UnitTemplates(storeDeps),
    dictionary: new DictionaryStore(storeDeps),
    search,
    transaction: (work) => sql.transaction((tx) => work(createLibrary(tx, search, deps))),
  };
}
