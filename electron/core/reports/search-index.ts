/**
 * Search over every report ("Tìm trong các báo cáo"), on SQLite FTS5. Two indexes of the same
 * rows — one per part of a report, plus one for its header (trích yếu, kỳ, mở đầu, kết thúc,
 * phụ lục): `search_exact` keeps the diacritics, `search_folded` holds the text folded by
 * foldVietnamese (đ → d, marks dropped), so "dau tu" finds "đầu tư" and "dang" finds "Đảng".
 * The store feeds both in the same transaction as every change. Hits with the exact spelling
 * come before folded ones, newest written first within each (ranking every match by bm25 cost
 * seconds on a common phrase in a large library); the snippet and its highlight come from the
 * original text.
 */
import type { Database } from 'better-sqlite3';
import { blocksFromFile, blockTexts, type FileBlock } from '../../../shared/domain/report';
import { parsePeriod } from '../../../shared/domain/period';
import type { SearchHit, SearchQuery } from '../../../shared/contract/search';
import { foldVietnamese } from '../../../shared/text/fold';

const TABLES = ['search_exact', 'search_folded'] as const;

/**
 * FTS5 tables find rows by text only: `search_rows` names each row (its rowid is the FTS rows'
 * rowid) by report and part, indexed, so a save replaces its part's row without scanning.
 */
export function createSearchTables(db: Database): void {
  db.exec(`
    CREATE TABLE search_rows (rowid INTEGER PRIMARY KEY, report_id TEXT NOT NULL, section_id TEXT NOT NULL);
    CREATE INDEX search_rows_by_report ON search_rows(report_id);
    CREATE INDEX search_rows_by_section ON search_rows(section_id);
    CREATE VIRTUAL TABLE search_exact USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE search_folded USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
  `);
}

const fold = (text: string) => foldVietnamese(text.normalize('NFC'));
const textOf = (blocksJson: string) => blocksFromFile(JSON.parse(blocksJson) as FileBlock[]).flatMap(blockTexts).filter((t) => t.trim() !== '').join('\n');

function deleteRows(db: Database, rowids: readonly number[]): void {
  for (const rowid of rowids) {
    for (const table of TABLES) db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid);
    db.prepare('DELETE FROM search_rows WHERE rowid = ?').run(rowid);
  }
}

function insertRow(db: Database, reportId: string, sectionId: string, title: string, body: string): void {
  const rowid = Number(db.prepare('INSERT INTO search_rows (report_id, section_id) VALUES (?, ?)').run(reportId, sectionId).lastInsertRowid);
  db.prepare('INSERT INTO search_exact (rowid, title, body) VALUES (?, ?, ?)').run(rowid, title, body);
  db.prepare('INSERT INTO search_folded (rowid, title, body) VALUES (?, ?, ?)').run(rowid, fold(title), fold(body));
}

const rowsOfReport = (db: Database, reportId: string) => (db.prepare('SELECT rowid FROM search_rows WHERE report_id = ?').all(reportId) as { rowid: number }[]).map((r) => r.rowid);

/** The rows of one report, built again from what is stored (header row, then one per part). */
export function indexReport(db: Database, reportId: string): void {
  deleteRows(db, rowsOfReport(db, reportId));
  const report = db.prepare('SELECT period, header_json, opening_json, closing_json, appendices_json FROM reports WHERE id = ?').get(reportId) as
    | { period: string; header_json: string; opening_json: string; closing_json: string; appendices_json: string }
    | undefined;
  if (!report) return;
  const header = JSON.parse(report.header_json) as { summary?: string };
  const appendices = JSON.parse(report.appendices_json) as { title: string; blocks?: FileBlock[] }[];
  const headerBody = [report.period, textOf(report.opening_json), textOf(report.closing_json), ...appendices.flatMap((a) => [a.title, textOf(JSON.stringify(a.blocks ?? []))])].filter((t) => t.trim() !== '').join('\n');
  insertRow(db, reportId, '', header.summary ?? '', headerBody);
  const sections = db.prepare('SELECT id, title, blocks_json FROM sections WHERE report_id = ?').all(reportId) as { id: string; title: string; blocks_json: string }[];
  for (const s of sections) insertRow(db, reportId, s.id, s.title, textOf(s.blocks_json));
}

/** The row of one part, after its title or text changed. */
export function indexSection(db: Database, reportId: string, sectionId: string): void {
  deleteRows(db, (db.prepare('SELECT rowid FROM search_rows WHERE section_id = ?').all(sectionId) as { rowid: number }[]).map((r) => r.rowid));
  const s = db.prepare('SELECT title, blocks_json FROM sections WHERE id = ?').get(sectionId) as { title: string; blocks_json: string } | undefined;
  if (s) insertRow(db, reportId, sectionId, s.title, textOf(s.blocks_json));
}

export function removeReport(db: Database, reportId: string): void {
  deleteRows(db, rowsOfReport(db, reportId));
}

/** Every report, for a new index (the migration that creates it). */
export function rebuildSearchIndex(db: Database): void {
  for (const table of [...TABLES, 'search_rows']) db.exec(`DELETE FROM ${table}`);
  for (const { id } of db.prepare('SELECT id FROM reports').all() as { id: string }[]) indexReport(db, id);
}

/** The words of a query as an FTS5 phrase: each quoted, quotes doubled. */
function phrase(words: readonly string[]): string {
  return `"${words.map((w) => w.replace(/"/g, '""')).join(' ')}"`;
}

const words = (query: string) => query.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
const SNIPPET_AROUND = 70;

/** A piece of `text` around the match at `at` (`length` letters), with where the match is in the piece. */
function snippetAt(text: string, at: number, length: number): { snippet: string; highlight: [number, number] } {
  if (at < 0) return { snippet: text.slice(0, 2 * SNIPPET_AROUND).replace(/\s+/g, ' '), highlight: [0, 0] };
  const from = Math.max(0, at - SNIPPET_AROUND);
  const to = Math.min(text.length, at + length + SNIPPET_AROUND);
  const lead = from > 0 ? '…' : '';
  // Line breaks become spaces one for one, so the offsets hold.
  const piece = text.slice(from, to).replace(/\s/g, ' ');
  return { snippet: `${lead}${piece}${to < text.length ? '…' : ''}`, highlight: [at - from + lead.length, at - from + lead.length + length] };
}

interface Hit {
  rowid: number;
  report_id: string;
  section_id: string;
}

export function search(db: Database, query: SearchQuery): SearchHit[] {
  const terms = words(query.query);
  if (terms.length === 0) return [];
  const limit = query.limit ?? 50;
  const needle = terms.join(' ');
  // Filters on the report, in SQL, so that LIMIT counts only hits that pass them.
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.kind) {
    where.push('r.kind = ?');
    params.push(query.kind);
  }
  if (query.profile) {
    where.push('r.profile = ?');
    params.push(query.profile);
  }
  const filter = where.length > 0 ? ` AND ${where.join(' AND ')}` : '';
  const find = (table: string, match: string, exclude: readonly number[]) =>
    db
      .prepare(
        `SELECT f.rowid AS rowid, m.report_id AS report_id, m.section_id AS section_id FROM ${table} f JOIN search_rows m ON m.rowid = f.rowid JOIN reports r ON r.id = m.report_id
         WHERE ${table} MATCH ?${filter}${exclude.length > 0 ? ` AND f.rowid NOT IN (${exclude.map(() => '?').join(',')})` : ''} ORDER BY f.rowid DESC LIMIT ?`,
      )
      .all(match, ...params, ...exclude, limit * 4) as Hit[];
  // Exact spelling first, then the folded matches that are not already there.
  const exact = find('search_exact', phrase(terms), []);
  const folded = find('search_folded', phrase(words(fold(needle))), exact.map((h) => h.rowid));
  const reports = new Map<string, { period: string; title: string; year: number | null }>();
  const reportOf = (id: string) => {
    let r = reports.get(id);
    if (!r) {
      const row = db.prepare('SELECT period, header_json FROM reports WHERE id = ?').get(id) as { period: string; header_json: string };
      const header = JSON.parse(row.header_json) as { summary?: string; date?: string | null };
      const year = parsePeriod(row.period)?.year ?? parsePeriod(header.summary ?? '')?.year ?? (header.date ? Number(header.date.slice(0, 4)) : null);
      r = { period: row.period, title: header.summary ?? '', year };
      reports.set(id, r);
    }
    return r;
  };
  const original = db.prepare('SELECT title, body FROM search_exact WHERE rowid = ?');
  const foldedText = db.prepare('SELECT title, body FROM search_folded WHERE rowid = ?');
  const topLevel = db.prepare('WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM sections WHERE id = ? UNION ALL SELECT s.id, s.parent_id FROM sections s JOIN up ON s.id = up.parent_id) SELECT id FROM up WHERE parent_id IS NULL');
  const hits: SearchHit[] = [];
  for (const [row, isExact] of [...exact.map((h) => [h, true] as const), ...folded.map((h) => [h, false] as const)]) {
    const report = reportOf(row.report_id);
    if (query.year && report.year !== query.year) continue;
    if (query.period && !fold(report.period).toLowerCase().includes(fold(query.period).toLowerCase())) continue;
    const text = original.get(row.rowid) as { title: string; body: string };
    // Where the words stand: in the text as stored, or in its folded copy (one letter for one letter).
    const inForm = isExact ? { title: text.title.toLowerCase(), body: text.body.toLowerCase(), needle: needle.toLowerCase() } : (() => {
      const f = foldedText.get(row.rowid) as { title: string; body: string };
      return { title: f.title.toLowerCase(), body: f.body.toLowerCase(), needle: fold(needle).toLowerCase() };
    })();
    const inTitle = inForm.title.includes(inForm.needle);
    const { snippet, highlight } = snippetAt(inTitle ? text.title : text.body, (inTitle ? inForm.title : inForm.body).indexOf(inForm.needle), inForm.needle.length);
    hits.push({
      reportId: row.report_id,
      title: report.title,
      period: report.period,
      sectionId: row.section_id === '' ? null : row.section_id,
      stepSectionId: row.section_id === '' ? null : ((topLevel.get(row.section_id) as { id: string } | undefined)?.id ?? null),
      part: row.section_id === '' ? 'Phần đầu, mở đầu, kết thúc, phụ lục' : text.title,
      snippet,
      highlight,
      exact: isExact,
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
