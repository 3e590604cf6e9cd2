/**
 * What "Tìm trong các báo cáo" reads of a report, for both databases' indexes: a row per part
 * (its title and text) and one for the report's header (trích yếu; kỳ, mở đầu, kết thúc, phụ
 * lục), the folded form that lets "dau tu" find "đầu tư", the words of a query, and the piece of
 * text shown around a hit.
 */
import { blockFootnotes, blocksFromFile, blockTexts, type FileBlock } from '#shared/domain/report';
import { parsePeriod } from '#shared/domain/period';
import { foldVietnamese } from '#shared/text/fold';
import type { SearchHit, SearchQuery } from '#shared/contract/search';

export const fold = (text: string) => foldVietnamese(text.normalize('NFC'));

export const parseJsonOr = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

export const textOfBlocks = (blocks: FileBlock[] | undefined) =>
  blocksFromFile(blocks ?? [])
    // A footnote's words are found too (what the body leaves out is often what is looked for).
    .flatMap((b) => [...blockTexts(b), ...blockFootnotes(b)])
    .filter((t) => t.trim() !== '')
    .join('\n');

/** The searchable text of one row: a part (title and text), or the report's header row (sectionId ''). */
export interface RowText {
  title: string;
  body: string;
}

export interface HeaderColumns {
  period: string;
  header_json: string;
  opening_json: string;
  closing_json: string;
  appendices_json: string;
}

/** The header row's text as stored: trích yếu as title; tên loại, kỳ, mở đầu, kết thúc, phụ lục as body. */
export function headerText(report: HeaderColumns): RowText {
  const appendices = parseJsonOr<{ title: string; blocks?: FileBlock[] }[]>(report.appendices_json, []);
  const header = parseJsonOr<{ summary?: string; docType?: string }>(report.header_json, {});
  const body = [
    // "Bản tự kiểm điểm", "Kế hoạch": what a clerk calls the document is looked for too.
    header.docType ?? '',
    report.period,
    textOfBlocks(parseJsonOr<FileBlock[]>(report.opening_json, [])),
    textOfBlocks(parseJsonOr<FileBlock[]>(report.closing_json, [])),
    ...appendices.flatMap((a) => [a.title, textOfBlocks(a.blocks)]),
  ]
    .filter((t) => t.trim() !== '')
    .join('\n');
  return { title: header.summary ?? '', body };
}

export const sectionText = (title: string, blocksJson: string): RowText => ({ title, body: textOfBlocks(parseJsonOr<FileBlock[]>(blocksJson, [])) });

/** The words of a query: letters and digits, NFC. */
export const queryWords = (query: string) =>
  query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/**
 * The adjacent word pairs of a text, as written and folded, lower case ("xây_dựng", "~xay_dung"):
 * what the office server indexes so that a phrase is found through its pairs. A query's pairs
 * come from the same function, so a row that holds the phrase holds its pairs.
 */
export function wordPairs(text: string): { written: string[]; folded: string[] } {
  const pairsOf = (words: readonly string[], mark: string) => words.slice(1).map((w, i) => `${mark}${words[i]}_${w}`);
  const words = queryWords(text).map((w) => w.toLowerCase());
  // Folded pairs carry a mark of their own: "phuong huong" typed without diacritics, looked for
  // as written, must not go through every row that holds "phương hướng".
  return {
    written: pairsOf(words, ''),
    folded: pairsOf(
      words.map((w) => fold(w)),
      '~',
    ),
  };
}

/**
 * The filters on the report that the database applies, so that LIMIT counts only hits that pass
 * them. Reports in the Thùng rác are not found; archived ones are ("lưu trữ" hides them from the
 * list only). `r` is the reports table.
 */
export function reportFilterSql(query: SearchQuery): { where: string[]; params: string[] } {
  const where = ['r.deleted_at IS NULL'];
  const params: string[] = [];
  if (query.kind) {
    where.push('r.kind = ?');
    params.push(query.kind);
  }
  if (query.profile) {
    where.push('r.profile = ?');
    params.push(query.profile);
  }
  return { where, params };
}

/** A report as a hit shows it, from its stored columns. */
export interface SearchedReport {
  period: string;
  title: string;
  /** The tên loại ("Bản tự kiểm điểm"): with the trích yếu, what names the report. */
  docType: string;
  year: number | null;
  archived: boolean;
}

export function searchedReport(row: { period: string; header_json: string; archived_at: string | null }): SearchedReport {
  const header = parseJsonOr<{ summary?: string; docType?: string; date?: string | null }>(row.header_json, {});
  return {
    period: row.period,
    title: header.summary ?? '',
    docType: header.docType ?? '',
    year: reportYear(row.period, header),
    archived: row.archived_at !== null,
  };
}

/** The filters worked out from what the report is about (its year, its kỳ typed with or without diacritics). */
export function passesReportFilters(report: SearchedReport, query: SearchQuery): boolean {
  if (query.year && report.year !== query.year) return false;
  return !query.period || fold(report.period).toLowerCase().includes(fold(query.period).toLowerCase());
}

/** The year a report is about: its kỳ, else its trích yếu's, else its date's. */
export function reportYear(period: string, header: { summary?: string; date?: string | null }): number | null {
  return parsePeriod(period)?.year ?? parsePeriod(header.summary ?? '')?.year ?? (header.date ? Number(header.date.slice(0, 4)) : null);
}

const SNIPPET_AROUND = 70;

/** A piece of `text` around the match at `at` (`length` letters), cut between words, with where the match is in the piece. */
export function snippetAt(text: string, at: number, length: number): { snippet: string; highlight: [number, number] } {
  if (at < 0) {
    const end = text.length > 2 * SNIPPET_AROUND ? text.lastIndexOf(' ', 2 * SNIPPET_AROUND) : text.length;
    return { snippet: text.slice(0, end > 0 ? end : 2 * SNIPPET_AROUND).replace(/\s+/g, ' '), highlight: [0, 0] };
  }
  let from = Math.max(0, at - SNIPPET_AROUND);
  let to = Math.min(text.length, at + length + SNIPPET_AROUND);
  // Between words: forward to the start of a word, back to the end of one (never past the match).
  if (from > 0 && /\S/.test(text[from - 1] ?? '')) {
    const space = text.slice(from, at).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length && /\S/.test(text[to] ?? '')) {
    const space = text.slice(at + length, to).search(/\s\S*$/);
    if (space >= 0) to = at + length + space;
  }
  const lead = from > 0 ? '…' : '';
  // Line breaks become spaces one for one, so the offsets hold.
  const piece = text.slice(from, to).replace(/\s/g, ' ');
  return { snippet: `${lead}${piece}${to < text.length ? '…' : ''}`, highlight: [at - from + lead.length, at - from + lead.length + length] };
}

/** The words of `needle` as they stand in a text: in order, with spaces or punctuation between (the search skips both). */
function phraseIn(text: string, needle: string): { at: number; length: number } | null {
  const terms = queryWords(needle).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (terms.length === 0) return null;
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${terms.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? { at: match.index, length: match[0].length } : null;
}

/**
 * Where the first of `needle`'s words stands in `text`: when the text holds every one of them, in
 * any order (`every`), or any of them.
 */
function wordsIn(text: string, needle: string, every = true): { at: number; length: number } | null {
  let first: { at: number; length: number } | null = null;
  for (const term of queryWords(needle)) {
    const found = phraseIn(text, term);
    if (!found && every) return null;
    if (found && (!first || found.at < first.at)) first = found;
  }
  return first;
}
const allWordsIn = (text: string, needle: string) => wordsIn(text, needle, true);

/** A row the database found, before its text is read. */
export interface Candidate {
  rowid: number;
  reportId: string;
  sectionId: string;
  exact: boolean;
  /**
   * Holds every word of the query but not side by side ("kiểm điểm đảng viên" in "kiểm điểm
   * chất lượng đảng viên"): a clerk remembers a subject in her own words. Shown after the phrase.
   */
  loose?: boolean;
}

/**
 * The order a clerk expects: reports whose trích yếu holds the words as a phrase (as typed, then
 * without diacritics), then in any order (in the trích yếu with the tên loại); then by how many hits spelt exactly, how many hold the
 * phrase, how many in all; the newer year breaking ties, then the newer indexed. A report's hits
 * stay together: the phrase spelt exactly first, then without diacritics, then the loose ones.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  needle: string,
  reportOf: (reportId: string) => { title: string; docType?: string; year: number | null },
): Candidate[] {
  const byReport = new Map<string, Candidate[]>();
  for (const c of candidates) byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
  const foldedNeedle = fold(needle).toLowerCase();
  const scored = [...byReport.entries()].map(([reportId, hits], arrival) => {
    const { title, docType, year } = reportOf(reportId);
    const foldedTitle = fold(title).toLowerCase();
    // The words in any order in what names the report: its tên loại and trích yếu ("Bản tự kiểm điểm: Đánh giá …").
    const foldedName = fold(`${docType ?? ''} ${title}`).toLowerCase();
    const inTitle = phraseIn(title.toLowerCase(), needle.toLowerCase())
      ? 3
      : phraseIn(foldedTitle, foldedNeedle)
        ? 2
        : allWordsIn(foldedName, foldedNeedle)
          ? 1
          : 0;
    const phrase = hits.filter((h) => !h.loose).length;
    return { hits, inTitle, exact: hits.filter((h) => h.exact).length, phrase, all: hits.length, year: year ?? 0, arrival };
  });
  scored.sort((a, b) => b.inTitle - a.inTitle || b.exact - a.exact || b.phrase - a.phrase || b.all - a.all || b.year - a.year || a.arrival - b.arrival);
  const tier = (h: Candidate) => (h.loose ? 2 : h.exact ? 0 : 1);
  return scored.flatMap((s) => [...s.hits].sort((a, b) => tier(a) - tier(b)));
}

/** Where the words stand in a row's text (the title first), as stored or folded; the snippet around them. */
export function placeHit(text: RowText, needle: string, exact: boolean, loose = false): { inTitle: boolean; snippet: string; highlight: [number, number] } {
  const form = (s: string) => (exact ? s : fold(s)).toLowerCase();
  const wanted = form(needle);
  // A loose hit marks the first of the words where they all stand (the title, or the body; the
  // first word of the body when the row's title holds some and its body the rest).
  const look = loose ? allWordsIn : phraseIn;
  const inTitle = look(form(text.title), wanted) !== null;
  const source = inTitle ? text.title : text.body;
  const found = look(form(source), wanted) ?? (loose ? wordsIn(form(source), wanted, false) : null);
  return { inTitle, ...snippetAt(source, found?.at ?? -1, found?.length ?? 0) };
}

/** The top-level part a part sits in (the wizard's step that shows it); `schema`: "main." on the PC's attached index. */
export const topLevelPartSql = (schema = '') =>
  `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM ${schema}sections WHERE id = ? UNION ALL SELECT s.id, s.parent_id FROM ${schema}sections s JOIN up ON s.id = up.parent_id) SELECT id FROM up WHERE parent_id IS NULL`;

/** A hit as the search screen shows it: its report, its part (or the report's own row), the words placed. */
export function searchHit(
  row: Candidate,
  report: SearchedReport,
  text: RowText,
  placed: { snippet: string; highlight: [number, number] },
  exact: boolean,
  stepSectionId: string | null,
): SearchHit {
  const own = row.sectionId === '';
  return {
    reportId: row.reportId,
    title: report.title,
    period: report.period,
    archived: report.archived,
    sectionId: own ? null : row.sectionId,
    stepSectionId: own ? null : stepSectionId,
    part: own ? 'Phần đầu, mở đầu, kết thúc, phụ lục' : text.title,
    snippet: placed.snippet,
    highlight: placed.highlight,
    exact,
  };
}
