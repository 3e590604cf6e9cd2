/**
 * What "Tìm trong các báo cáo" reads of a report, for both databases' indexes: a row per part
 * (its title and text) and one for the report's header (trích yếu; kỳ, mở đầu, kết thúc, phụ
 * lục), the folded form that lets "dau tu" find "đầu tư", the words of a query, and the piece of
 * text shown around a hit.
 */
import { blocksFromFile, blockTexts, type FileBlock } from '#shared/domain/report';
import { parsePeriod } from '#shared/domain/period';
import { foldVietnamese } from '#shared/text/fold';

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
    .flatMap(blockTexts)
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

/** The header row's text as stored: trích yếu as title; kỳ, mở đầu, kết thúc, phụ lục as body. */
export function headerText(report: HeaderColumns): RowText {
  const appendices = parseJsonOr<{ title: string; blocks?: FileBlock[] }[]>(report.appendices_json, []);
  const body = [
    report.period,
    textOfBlocks(parseJsonOr<FileBlock[]>(report.opening_json, [])),
    textOfBlocks(parseJsonOr<FileBlock[]>(report.closing_json, [])),
    ...appendices.flatMap((a) => [a.title, textOfBlocks(a.blocks)]),
  ]
    .filter((t) => t.trim() !== '')
    .join('\n');
  return { title: parseJsonOr<{ summary?: string }>(report.header_json, {}).summary ?? '', body };
}

export const sectionText = (title: string, blocksJson: string): RowText => ({ title, body: textOfBlocks(parseJsonOr<FileBlock[]>(blocksJson, [])) });

/** The words of a query: letters and digits, NFC. */
export const queryWords = (query: string) =>
  query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/** The year a report is about: its kỳ, else its trích yếu's, else its date's. */
export function reportYear(period: string, header: { summary?: string; date?: string | null }): number | null {
  return parsePeriod(period)?.year ?? parsePeriod(header.summary ?? '')?.year ?? (header.date ? Number(header.date.slice(0, 4)) : null);
}

const SNIPPET_AROUND = 70;

/** A piece of `text` around the match at `at` (`length` letters), with where the match is in the piece. */
export function snippetAt(text: string, at: number, length: number): { snippet: string; highlight: [number, number] } {
  if (at < 0) return { snippet: text.slice(0, 2 * SNIPPET_AROUND).replace(/\s+/g, ' '), highlight: [0, 0] };
  const from = Math.max(0, at - SNIPPET_AROUND);
  const to = Math.min(text.length, at + length + SNIPPET_AROUND);
  const lead = from > 0 ? '…' : '';
  // Line breaks become spaces one for one, so the offsets hold.
  const piece = text.slice(from, to).replace(/\s/g, ' ');
  return { snippet: `${lead}${piece}${to < text.length ? '…' : ''}`, highlight: [at - from + lead.length, at - from + lead.length + length] };
}

/** Where the words stand in a row's text (the title first), as stored or folded; the snippet around them. */
export function placeHit(text: RowText, needle: string, exact: boolean): { inTitle: boolean; snippet: string; highlight: [number, number] } {
  const form = (s: string) => (exact ? s : fold(s)).toLowerCase();
  const wanted = form(needle);
  const inTitle = form(text.title).includes(wanted);
  const source = inTitle ? text.title : text.body;
  return { inTitle, ...snippetAt(source, form(source).indexOf(wanted), wanted.length) };
}
