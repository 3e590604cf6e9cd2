/**
 * "Tìm trong các báo cáo" on the office server: PostgreSQL full-text search over a row per part
 * and one per report header (stores/search-text.ts), each kept twice — as written (`exact`) and
 * folded by unaccent through an IMMUTABLE wrapper (`folded`, so "dau tu" finds "đầu tư"), both
 * with GIN indexes. Triggers note every report a save touched (search_dirty); before a search,
 * whichever PC searches first indexes them again — claimed with SKIP LOCKED, so two PCs never do
 * the same work. What is found is ranked as on a PC (search-text.ts's rankCandidates).
 */
import type { SearchHit, SearchQuery, SearchResult } from '#shared/contract/search';
import type { Sql } from '../db/sql';
import type { SearchStore } from '../stores/library';
import {
  headerText,
  passesReportFilters,
  placeHit,
  queryWords,
  rankCandidates,
  reportFilterSql,
  searchedReport,
  searchHit,
  sectionText,
  topLevelPartSql,
  wordPairs,
  type HeaderColumns,
  type RowText,
  type SearchedReport,
} from '../stores/search-text';

/** Reports indexed again per transaction while catching up. */
const BATCH = 50;

export class PgSearch implements SearchStore {
  constructor(private readonly sql: Sql) {}

  /** The database's triggers follow every save, whichever PC made it. */
  changed(): void {}

  async catchUp(budgetMs: number): Promise<{ indexed: number; total: number }> {
    const started = performance.now();
    for (;;) {
      const done = await this.sql.transaction(async (tx) => {
        const claimed = await tx.all<{ report_id: string }>(
          'DELETE FROM search_dirty WHERE report_id IN (SELECT report_id FROM search_dirty LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING report_id',
          [BATCH],
        );
        await indexReports(
          tx,
          claimed.map((c) => c.report_id),
        );
        return claimed.length;
      });
      if (done === 0 || performance.now() - started > budgetMs) break;
    }
    // Counting every report costs a scan of the table: only worth it while some are still waiting.
    const waiting = Number((await this.sql.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM search_dirty'))?.n ?? 0);
    if (waiting === 0) return { indexed: 1, total: 1 };
    const total = Number((await this.sql.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM reports'))?.n ?? 0);
    return { indexed: Math.max(0, total - waiting), total };
  }

  async search(query: SearchQuery, budgetMs = Number.POSITIVE_INFINITY): Promise<SearchResult> {
    const progress = await this.catchUp(budgetMs);
    return { hits: await this.find(query), indexing: progress.indexed < progress.total ? progress : null };
  }

  private async find(query: SearchQuery): Promise<SearchHit[]> {
    const terms = queryWords(query.query);
    if (terms.length === 0) return [];
    const limit = query.limit ?? 50;
    const needle = terms.join(' ');
    const { where, params } = reportFilterSql(query);
    // The newest rows found, spelt exactly then folded, ranked as on a PC (search-text.ts).
    // A GIN index gives its rows in no order, and checking a phrase's word positions costs a read
    // of every row that holds all its words — seconds when they are common and the phrase is rare.
    // So a phrase is looked for through its word pairs (each a lexeme: exact in GIN, and a rare
    // pair's list is short), and where the words stand is checked on the rows shown (placeHit).
    // A single word is one lexeme: exact in GIN as it is.
    const needlePairs = wordPairs(needle);
    const byPairs = needlePairs.written.length > 0;
    const pairsQuery = (pairs: readonly string[]) => [...new Set(pairs)].map((p) => `'${p}'`).join(' & ');
    const rows = async (match: string, matchParam: string, exclude: readonly number[], headersOnly = false) =>
      (
        await this.sql.all<{ rowid: string; report_id: string; section_id: string }>(
          `SELECT s.rowid AS rowid, s.report_id, s.section_id FROM search_rows s JOIN reports r ON r.id = s.report_id
         WHERE ${match} AND ${where.join(' AND ')}${headersOnly ? " AND s.section_id = ''" : ''}
         ${exclude.length > 0 ? `AND s.rowid NOT IN (${exclude.map(() => '?').join(',')})` : ''}
         ORDER BY s.rowid DESC LIMIT ?`,
          [matchParam, ...params, ...exclude, limit * 4],
        )
      ).map((h) => ({ rowid: Number(h.rowid), reportId: h.report_id, sectionId: h.section_id }));
    const find = (column: 'exact' | 'folded', text: string, exclude: readonly number[]) =>
      byPairs
        ? rows('s.pairs @@ ?::tsquery', pairsQuery(column === 'exact' ? needlePairs.written : needlePairs.folded), exclude)
        : rows(`s.${column} @@ phraseto_tsquery('simple', ${column === 'folded' ? 'baocao_fold(?)' : '?'})`, text, exclude);
    const exact = await find('exact', needle, []);
    const folded = await find(
      'folded',
      needle,
      exact.map((h) => h.rowid),
    );
    // Then, when the phrase fills less than a screen, rows holding every word in any order, as on a PC:
    // the reports' own rows however old, then the newest parts.
    const seen = [...exact, ...folded].map((h) => h.rowid);
    const allWords = "plainto_tsquery('simple', baocao_fold(?))";
    const lookLoose = terms.length > 1 && seen.length < limit;
    const looseHeaders = lookLoose ? await rows(`s.folded @@ ${allWords}`, needle, seen, true) : [];
    const looseParts = lookLoose ? await rows(`s.folded @@ ${allWords}`, needle, [...seen, ...looseHeaders.map((h) => h.rowid)]) : [];
    const reports = new Map<string, SearchedReport>();
    const candidates = [
      ...exact.map((h) => ({ ...h, exact: true })),
      ...folded.map((h) => ({ ...h, exact: false })),
      ...[...looseHeaders, ...looseParts].map((h) => ({ ...h, exact: false, loose: true })),
    ];
    const ids = [...new Set(candidates.map((c) => c.reportId))];
    if (ids.length > 0)
      for (const r of await this.sql.all<{ id: string; period: string; header_json: string; archived_at: string | null }>(
        `SELECT id, period, header_json, archived_at FROM reports WHERE id IN (${ids.map(() => '?').join(',')})`,
        ids,
      ))
        reports.set(r.id, searchedReport(r));
    const wanted = candidates.filter((c) => {
      const report = reports.get(c.reportId);
      return report !== undefined && passesReportFilters(report, query);
    });

    const hits: SearchHit[] = [];
    for (const row of rankCandidates(wanted, needle, (id) => reports.get(id)!)) {
      const report = reports.get(row.reportId)!;
      const text = await rowText(this.sql, row.reportId, row.sectionId);
      if (!text) continue;
      const placed = placeHit(text, needle, row.exact, row.loose);
      // Found through its pairs, the row must hold the words side by side (spelt exactly for an exact hit).
      if (byPairs && !row.loose && placed.highlight[1] === placed.highlight[0]) continue;
      const top = row.sectionId === '' ? undefined : await this.sql.get<{ id: string }>(topLevelPartSql(), [row.sectionId]);
      hits.push(searchHit(row, report, text, placed, row.exact, top?.id ?? null));
      if (hits.length >= limit) break;
    }
    return hits;
  }
}

async function rowText(sql: Sql, reportId: string, sectionId: string): Promise<RowText | null> {
  if (sectionId === '') {
    const report = await sql.get<HeaderColumns>('SELECT period, header_json, opening_json, closing_json, appendices_json FROM reports WHERE id = ?', [
      reportId,
    ]);
    return report ? headerText(report) : null;
  }
  const s = await sql.get<{ title: string; blocks_json: string }>('SELECT title, blocks_json FROM sections WHERE id = ?', [sectionId]);
  return s ? sectionText(s.title, s.blocks_json) : null;
}

/**
 * The reports' rows, written again from what is stored now (none for a report that is gone): four
 * statements for the whole batch, whatever its size — a library brought up from a PC is indexed
 * in one go, and each statement is a round trip to the server.
 */
async function indexReports(sql: Sql, reportIds: readonly string[]): Promise<void> {
  if (reportIds.length === 0) return;
  const list = reportIds.map(() => '?').join(',');
  await sql.run(`DELETE FROM search_rows WHERE report_id IN (${list})`, reportIds);
  const rows: { report_id: string; section_id: string; title: string; body: string; pairs: string }[] = [];
  const add = (reportId: string, sectionId: string, row: RowText) => {
    if (row.title.trim() === '' && row.body.trim() === '') return;
    const title = row.title.normalize('NFC');
    const body = row.body.normalize('NFC');
    // The title's last word and the body's first are not a pair: a phrase never spans them.
    const [inTitle, inBody] = [wordPairs(title), wordPairs(body)];
    const pairs = new Set([...inTitle.written, ...inTitle.folded, ...inBody.written, ...inBody.folded]);
    rows.push({ report_id: reportId, section_id: sectionId, title, body, pairs: [...pairs].join(' ') });
  };
  const headers = await sql.all<HeaderColumns & { id: string }>(
    `SELECT id, period, header_json, opening_json, closing_json, appendices_json FROM reports WHERE id IN (${list})`,
    reportIds,
  );
  for (const header of headers) add(header.id, '', headerText(header));
  const present = new Set(headers.map((h) => h.id));
  for (const s of await sql.all<{ id: string; report_id: string; title: string; blocks_json: string }>(
    `SELECT id, report_id, title, blocks_json FROM sections WHERE report_id IN (${list})`,
    reportIds,
  ))
    if (present.has(s.report_id)) add(s.report_id, s.id, sectionText(s.title, s.blocks_json));
  if (rows.length === 0) return;
  // One parameter for every row: the statement's text stays the same (and prepared) whatever the count.
  await sql.run(
    `INSERT INTO search_rows (report_id, section_id, title, body, pairs)
     SELECT report_id, section_id, title, body, array_to_tsvector(array_remove(string_to_array(pairs, ' '), ''))
     FROM json_to_recordset(?::json) AS x(report_id text, section_id text, title text, body text, pairs text)`,
    [JSON.stringify(rows)],
  );
}
