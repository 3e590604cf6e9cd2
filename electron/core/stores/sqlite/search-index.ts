/**
 * "Tìm trong các báo cáo", on SQLite FTS5, in a file of its own beside the data file
 * (`tim-kiem.db`), attached to the data connection as schema `search`.
 *
 * Why a separate file: measured on a 10,000-report library, the two indexes inside the data file
 * grew it 223 → 363 MB, every backup 10 → 110 MB, and made saves wait up to 66 ms while a backup
 * ran. The index is derived data: it is left out of backups (a backup copies the data file
 * only), and built again from the reports when it is missing, damaged or of an older layout.
 *
 * It follows the reports lazily: each report's `updated_at` is remembered when it is indexed,
 * and before a search the reports whose `updated_at` moved (or that appeared or went) are
 * indexed again — so changes made by the command line or another window are seen too. The store
 * also names each report it changes (`changed`), for two saves within one millisecond.
 *
 * Two contentless FTS5 tables of the same rows — one row per part, plus one for the report's
 * header (trích yếu, kỳ, mở đầu, kết thúc, phụ lục): `exact` keeps the diacritics, `folded` holds
 * the text folded by foldVietnamese (đ → d, marks dropped), so "dau tu" finds "đầu tư" and
 * "dang" finds "Đảng". The newest rows found (spelt exactly, then folded, and every report's own
 * header row that holds the words) are ranked by search-text.ts's rankCandidates: the reports
 * named by the words first, then by hits (ranking every match by bm25 took seconds on a common
 * phrase at 10,000 reports).
 * Snippets and highlights are cut from the original text, read back from the data file.
 */
import { existsSync, rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchQuery, SearchResult } from '#shared/contract/search';
import { AppError } from '#shared/contract/errors';
import { inWriteTransaction } from '../../db/write-transaction';
import { dataFileMessages } from '#shared/messages/storage';
import {
  fold,
  headerText,
  passesReportFilters,
  placeHit,
  queryWords as words,
  rankCandidates,
  reportFilterSql,
  searchedReport,
  searchHit,
  sectionText,
  topLevelPartSql,
  type RowText,
  type SearchedReport,
} from '../search-text';

/**
 * Bumped when the index's tables or what a row holds change: an index of another layout is built
 * again (2: a report's own row holds its tên loại).
 */
const LAYOUT = '2';

export class SearchIndex {
  private attached = false;
  private readonly dirty = new Set<string>();

  /** `file`: the index's file, or null to keep it in memory (tests, a data file in memory). */
  constructor(
    private readonly db: Database,
    private readonly file: string | null,
  ) {}

  /** The store changed this report: it is indexed again before the next search. */
  changed(reportId: string): void {
    this.dirty.add(reportId);
  }

  private attach(): void {
    if (this.attached) return;
    try {
      this.db.prepare('ATTACH DATABASE ? AS search').run(this.file ?? ':memory:');
      this.prepareTables();
    } catch (error) {
      // A damaged or foreign index file: it is only derived data, so it is built again.
      this.detach();
      if (this.file === null || !existsSync(this.file)) throw error;
      for (const extra of ['', '-wal', '-shm', '-journal']) rmSync(this.file + extra, { force: true });
      this.db.prepare('ATTACH DATABASE ? AS search').run(this.file);
      this.prepareTables();
    }
    this.attached = true;
  }

  private detach(): void {
    try {
      this.db.exec('DETACH DATABASE search');
    } catch {
      // Was not attached.
    }
    this.attached = false;
  }

  /** Forgets the whole index; the next sync builds it again. */
  private reset(): void {
    this.detach();
    if (this.file !== null) for (const extra of ['', '-wal', '-shm', '-journal']) rmSync(this.file + extra, { force: true });
    this.lastSignature = '';
  }

  private prepareTables(): void {
    // Derived data: no fsync per write. A file damaged by a power cut is found (or fails a query)
    // and built again; the reports themselves are in the data file, written durably.
    this.db.pragma('search.journal_mode = WAL');
    this.db.pragma('search.synchronous = OFF');
    // After a checkpoint the log is cut back to this size instead of keeping its largest.
    this.db.pragma(`search.journal_size_limit = ${8 * 1024 * 1024}`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS search.layout (version TEXT NOT NULL)`);
    const version = (this.db.prepare('SELECT version FROM search.layout').get() as { version: string } | undefined)?.version;
    if (version === LAYOUT) return;
    inWriteTransaction(this.db, () => {
      for (const table of ['exact', 'folded', 'rows', 'indexed']) this.db.exec(`DROP TABLE IF EXISTS search.${table}`);
      this.db.exec(`
        CREATE TABLE search.indexed (report_id TEXT PRIMARY KEY, updated_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE search.rows (rowid INTEGER PRIMARY KEY, report_id TEXT NOT NULL, section_id TEXT NOT NULL);
        CREATE INDEX search.rows_by_report ON rows(report_id);
        CREATE VIRTUAL TABLE search.exact USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE search.folded USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
        DELETE FROM search.layout;
      `);
      this.db.prepare('INSERT INTO search.layout (version) VALUES (?)').run(LAYOUT);
    });
  }

  /** The reports saved after `latest`, and those the store named. */
  private savedSince(latest: string): { id: string; updatedAt: string | null }[] {
    const rows = this.db.prepare('SELECT id, updated_at AS updatedAt FROM main.reports WHERE updated_at > ?').all(latest) as {
      id: string;
      updatedAt: string | null;
    }[];
    return this.withDirty(rows);
  }

  private withDirty(rows: { id: string; updatedAt: string | null }[]): { id: string; updatedAt: string | null }[] {
    const known = new Set(rows.map((r) => r.id));
    for (const id of this.dirty) {
      if (known.has(id)) continue;
      const row = this.db.prepare('SELECT updated_at FROM main.reports WHERE id = ?').get(id) as { updated_at: string } | undefined;
      rows.push({ id, updatedAt: row?.updated_at ?? null });
    }
    return rows;
  }

  /** The reports whose index is out of date (or that are gone), compared one by one. */
  private staleReports(): { id: string; updatedAt: string | null }[] {
    const rows = this.db
      .prepare(
        `SELECT r.id AS id, r.updated_at AS updatedAt FROM main.reports r LEFT JOIN search.indexed i ON i.report_id = r.id
         WHERE i.updated_at IS NULL OR i.updated_at <> r.updated_at
         UNION ALL SELECT i.report_id, NULL FROM search.indexed i WHERE NOT EXISTS (SELECT 1 FROM main.reports r WHERE r.id = i.report_id)`,
      )
      .all() as { id: string; updatedAt: string | null }[];
    return this.withDirty(rows);
  }

  /**
   * Brings the index up to date, for at most `budgetMs` (the rest on the next call); returns how
   * far it got. Each report is its own transaction, so a save never waits long behind it.
   */
  sync(budgetMs = Number.POSITIVE_INFINITY): { indexed: number; total: number } {
    this.attach();
    const started = performance.now();
    // Nothing written since the last look (no report added, removed or saved): no scan.
    const look = this.db.prepare('SELECT count(*) AS n, max(updated_at) AS latest FROM main.reports').get() as { n: number; latest: string | null };
    const signature = `${look.n}|${look.latest ?? ''}`;
    if (signature === this.lastSignature && this.dirty.size === 0) return { indexed: look.n, total: look.n };
    // As many reports as last time: only those saved since are read (by the updated_at index);
    // a report added or removed elsewhere means comparing every report with the index.
    const stale = this.lastSignature.startsWith(`${look.n}|`) ? this.savedSince(this.lastSignature.slice(`${look.n}|`.length)) : this.staleReports();
    let done = 0;
    // A few reports per transaction: fast enough to build, short enough not to hold a save back.
    while (done < stale.length && performance.now() - started <= budgetMs) {
      const batch = stale.slice(done, done + 5);
      inWriteTransaction(this.db, () => {
        for (const report of batch) this.indexReport(report.id, report.updatedAt);
      });
      for (const report of batch) this.dirty.delete(report.id);
      done += batch.length;
      if (done % 500 === 0) this.db.pragma('search.wal_checkpoint(PASSIVE)');
    }
    if (done === stale.length) this.lastSignature = signature;
    // The data file's checkpoints run when the app is idle (automatic ones are off for the
    // connection); the index's log is folded back here, or it would grow without end.
    if (done > 0) this.db.pragma('search.wal_checkpoint(PASSIVE)');
    return { indexed: look.n - Math.max(0, stale.filter((r) => r.updatedAt !== null).length - done), total: look.n };
  }

  /** The data file's count and latest edit when the index was last found current. */
  private lastSignature = '';

  private deleteRowsOf(reportId: string): void {
    const rowids = this.db.prepare('SELECT rowid FROM search.rows WHERE report_id = ?').all(reportId) as { rowid: number }[];
    const deleteExact = this.db.prepare('DELETE FROM search.exact WHERE rowid = ?');
    const deleteFolded = this.db.prepare('DELETE FROM search.folded WHERE rowid = ?');
    for (const { rowid } of rowids) {
      deleteExact.run(rowid);
      deleteFolded.run(rowid);
    }
    this.db.prepare('DELETE FROM search.rows WHERE report_id = ?').run(reportId);
    this.db.prepare('DELETE FROM search.indexed WHERE report_id = ?').run(reportId);
  }

  private indexReport(reportId: string, updatedAt: string | null): void {
    this.deleteRowsOf(reportId);
    if (updatedAt === null) return;
    const header = this.headerRow(reportId);
    if (!header) return;
    const insertRow = this.db.prepare('INSERT INTO search.rows (report_id, section_id) VALUES (?, ?)');
    const insertExact = this.db.prepare('INSERT INTO search.exact (rowid, title, body) VALUES (?, ?, ?)');
    const insertFolded = this.db.prepare('INSERT INTO search.folded (rowid, title, body) VALUES (?, ?, ?)');
    const add = (sectionId: string, row: RowText) => {
      if (row.title.trim() === '' && row.body.trim() === '') return;
      const rowid = Number(insertRow.run(reportId, sectionId).lastInsertRowid);
      insertExact.run(rowid, row.title, row.body);
      insertFolded.run(rowid, fold(row.title), fold(row.body));
    };
    add('', header);
    const sections = this.db.prepare('SELECT id, title, blocks_json FROM main.sections WHERE report_id = ?').all(reportId) as {
      id: string;
      title: string;
      blocks_json: string;
    }[];
    for (const s of sections) add(s.id, sectionText(s.title, s.blocks_json));
    this.db.prepare('INSERT INTO search.indexed (report_id, updated_at) VALUES (?, ?)').run(reportId, updatedAt);
  }

  /** The header row's text as stored now: trích yếu as title; kỳ, mở đầu, kết thúc, phụ lục as body. */
  private headerRow(reportId: string): RowText | null {
    const report = this.db.prepare('SELECT period, header_json, opening_json, closing_json, appendices_json FROM main.reports WHERE id = ?').get(reportId) as
      Parameters<typeof headerText>[0] | undefined;
    return report ? headerText(report) : null;
  }

  private rowText(reportId: string, sectionId: string): RowText | null {
    if (sectionId === '') return this.headerRow(reportId);
    const s = this.db.prepare('SELECT title, blocks_json FROM main.sections WHERE id = ?').get(sectionId) as { title: string; blocks_json: string } | undefined;
    return s ? sectionText(s.title, s.blocks_json) : null;
  }

  /** A search, after bringing the index up to date for at most `budgetMs` (then `indexing` says how far it is). */
  search(query: SearchQuery, budgetMs = Number.POSITIVE_INFINITY, retried = false): SearchResult {
    let progress: { indexed: number; total: number };
    try {
      progress = this.sync(budgetMs);
    } catch (error) {
      throw new AppError('database', dataFileMessages.searchIndex((error as Error).message));
    }
    let hits: SearchHit[];
    try {
      hits = this.find(query);
    } catch (error) {
      if (retried || !/SQLITE_CORRUPT|malformed|fts5/i.test(`${(error as { code?: string }).code ?? ''} ${(error as Error).message}`)) throw error;
      // The index is damaged (a power cut with unsynced writes): built again from the reports.
      this.reset();
      return this.search(query, budgetMs, true);
    }
    return { hits, indexing: progress.indexed < progress.total ? progress : null };
  }

  private find(query: SearchQuery): SearchHit[] {
    const terms = words(query.query);
    if (terms.length === 0) return [];
    const limit = query.limit ?? 50;
    const needle = terms.join(' ');
    const { where, params } = reportFilterSql(query);
    const find = (table: 'exact' | 'folded', match: string, exclude: readonly number[], headersOnly = false) =>
      this.db
        .prepare(
          `SELECT f.rowid AS rowid, m.report_id AS report_id, m.section_id AS section_id FROM search.${table} f
           JOIN search.rows m ON m.rowid = f.rowid JOIN main.reports r ON r.id = m.report_id
           WHERE f.${table} MATCH ? AND ${where.join(' AND ')}${headersOnly ? " AND m.section_id = ''" : ''}${exclude.length > 0 ? ` AND f.rowid NOT IN (${exclude.map(() => '?').join(',')})` : ''}
           ORDER BY f.rowid DESC LIMIT ?`,
        )
        .all(match, ...params, ...exclude, limit * 4) as { rowid: number; report_id: string; section_id: string }[];
    const exactMatch = phrase(terms);
    const foldedMatch = phrase(words(fold(needle)));
    const exact = find('exact', exactMatch, []);
    const folded = find(
      'folded',
      foldedMatch,
      exact.map((h) => h.rowid),
    );
    const seen = new Set([...exact, ...folded].map((h) => h.rowid));
    // When the phrase fills less than a screen, every row holding it is in `seen` already (neither
    // list reached its cap), and rows holding every word in any order follow (FTS5 joins quoted words
    // with AND): the reports' own rows by their trích yếu (a column filter: few rows to join, where a
    // common word's whole list would be), however old, then the newest rows of any kind. A phrase
    // found in plenty is what the clerk meant; looking further costs a scan of every row with a
    // common word, so then only the reports' own rows holding the phrase are looked for, however old:
    // a report named by the words comes first, even when newer reports only mention them.
    const allWords =
      terms.length > 1 && seen.size < limit
        ? words(fold(needle))
            .map((w) => phrase([w]))
            .join(' ')
        : null;
    const headers = allWords ? [] : find('folded', foldedMatch, [], true).filter((h) => !seen.has(h.rowid));
    const looseHeaders = allWords ? find('folded', `{title}: (${allWords})`, [...seen], true) : [];
    const looseParts = allWords ? find('folded', allWords, [...seen, ...looseHeaders.map((h) => h.rowid)]) : [];

    const reports = new Map<string, SearchedReport>();
    const reportOf = (id: string) => {
      let r = reports.get(id);
      if (!r) {
        r = searchedReport(
          this.db.prepare('SELECT period, header_json, archived_at FROM main.reports WHERE id = ?').get(id) as {
            period: string;
            header_json: string;
            archived_at: string | null;
          },
        );
        reports.set(id, r);
      }
      return r;
    };
    const candidates = [
      ...exact.map((h) => ({ rowid: h.rowid, reportId: h.report_id, sectionId: h.section_id, exact: true })),
      ...folded.map((h) => ({ rowid: h.rowid, reportId: h.report_id, sectionId: h.section_id, exact: false })),
      // Whether these are spelt exactly is told by their text below (one query fewer).
      ...headers.map((h) => ({ rowid: h.rowid, reportId: h.report_id, sectionId: h.section_id, exact: false })),
      ...[...looseHeaders, ...looseParts].map((h) => ({ rowid: h.rowid, reportId: h.report_id, sectionId: h.section_id, exact: false, loose: true })),
    ].filter((c) => passesReportFilters(reportOf(c.reportId), query));
    const topLevel = this.db.prepare(topLevelPartSql('main.'));
    const hits: SearchHit[] = [];
    for (const row of rankCandidates(candidates, needle, reportOf)) {
      const report = reportOf(row.reportId);
      const text = this.rowText(row.reportId, row.sectionId);
      if (!text) continue;
      // Where the words stand: in the text as stored, or in its folded copy (one letter for one letter in NFC).
      const asWritten = row.exact || row.loose ? null : placeHit(text, needle, true);
      const exact = row.exact || (asWritten !== null && asWritten.highlight[1] > asWritten.highlight[0]);
      const placed = asWritten && exact ? asWritten : placeHit(text, needle, row.exact, row.loose);
      const top = row.sectionId === '' ? undefined : (topLevel.get(row.sectionId) as { id: string } | undefined);
      hits.push(searchHit(row, report, text, placed, exact, top?.id ?? null));
      if (hits.length >= limit) break;
    }
    return hits;
  }
}

/** The words of a query as an FTS5 phrase: each quoted, quotes doubled — FTS syntax in a query is just words. */
function phrase(terms: readonly string[]): string {
  return `"${terms.map((w) => w.replace(/"/g, '""')).join(' ')}"`;
}
