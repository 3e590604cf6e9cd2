/**
 * The field corpus (tests/fixtures/field): real documents from real offices, each with its reading
 * written by hand (expected.json). This scores what the Word reader makes of each file against that
 * reading — header fields, outline, signer, Nơi nhận, phụ lục, and the share of the text that reaches
 * the report — for the bench (bench/field-accuracy.ts) and the floors the tests hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { importWordSource, type ImportDraft } from '#shared/word-import/import-word';
import type { ReportFile } from '#shared/report-format/schema';
import { blocksFromFile, blockTexts } from '#shared/domain/report';
import { sourceParagraphs, type WordSource } from '#shared/word-import/source';

export const FIELD_DIR = join(import.meta.dirname, '..', 'fixtures', 'field');

export interface ExpectedHeader {
  parentBody: string;
  issuingBody: string;
  number: string;
  symbol: string;
  place: string;
  date: string | null;
  dateMonth?: string;
  docType: string;
  summary: string | null;
  addressees: string[];
}

interface ExpectedSigner {
  authority: string;
  onBehalfOf: string;
  secondAuthority?: { authority: string; onBehalfOf: string };
  position: string;
  name: string;
}

export interface FieldExpectation {
  kind: string;
  /** In the tuned-on part, read by hand, but the reader not yet tuned on it: what it gets wrong (measured in the bench, left out of the tuned floor). */
  knownMiss?: string;
  profile: string;
  heldOut?: boolean;
  header: ExpectedHeader | null;
  top: string[] | null;
  signer: ExpectedSigner | null;
  recipients: string[] | null;
  appendices: string[] | null;
  /**
   * The true thể thức defects, by the checker's rule id, with what it takes to see each; null while
   * the file's pages are not yet judged (its reading counts for the reader, not for the checker).
   */
  defects: { rule: string; needs: 'text' | 'format' | 'layout' }[] | null;
  /** Rule ids (or their beginnings) not judged from the page: left out of the checker's precision. */
  unsure: string[];
}

export interface FieldFile {
  id: string;
  /** The file's name in files/: the office's own .doc/.docx, or LibreOffice's re-save of it (.lo.docx). */
  file: string;
  made: 'office' | 'libreoffice';
  expected: FieldExpectation;
}

export function fieldFiles(): FieldFile[] {
  const expected = JSON.parse(readFileSync(join(FIELD_DIR, 'expected.json'), 'utf8')) as Record<string, FieldExpectation | string>;
  const files = readdirSync(join(FIELD_DIR, 'files')).sort();
  const out: FieldFile[] = [];
  for (const file of files) {
    const id = file.replace(/(\.lo)?\.docx?$/i, '');
    const e = expected[id];
    if (!e || typeof e === 'string') throw new Error(`tests/fixtures/field/files/${file} has no expected reading`);
    out.push({ id, file, made: file.includes('.lo.') ? 'libreoffice' : 'office', expected: e });
  }
  return out;
}

/** Case and spacing aside: how two readings of a field are compared. */
export const fold = (text: string | null | undefined): string =>
  (text ?? '')
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN')
    .replace(/[–—]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*([,;:.()])\s*/g, '$1')
    // A title's closing colon ("Quy mô nổ mìn:") is the line's punctuation, like its full stop.
    .replace(/[.;,:]+$/, '')
    .trim();

export const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN')
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

export function sourceTexts(source: WordSource): string[] {
  return sourceParagraphs(source).map((p) => p.text);
}

function reportTexts(report: ReportFile): string[] {
  const h = report.header;
  const blocks = (b: Parameters<typeof blocksFromFile>[0]) => blocksFromFile(b ?? []).flatMap(blockTexts);
  const sections = (list: ReportFile['sections']): string[] => list.flatMap((s) => [s.title, ...blocks(s.blocks), ...sections(s.children ?? [])]);
  const h2 = h as typeof h & { dateMonth?: string };
  const signers = [report.signature, ...(report.signature.cosigners ?? [])];
  return [
    h.parentBody ?? '',
    h.issuingBody,
    `Số ${h.number} ${h.symbol}`,
    h.place,
    h.date ?? '',
    h2.dateMonth ?? '',
    h.docType ?? '',
    h.summary,
    ...(h.addressees ?? []),
    ...blocks(report.opening),
    ...sections(report.sections),
    ...blocks(report.closing),
    ...(report.appendices ?? []).flatMap((a) => [a.title, ...blocks(a.blocks)]),
    ...signers.flatMap((sig) => [
      sig.authority,
      sig.onBehalfOf,
      sig.secondAuthority?.authority ?? '',
      sig.secondAuthority?.onBehalfOf ?? '',
      sig.position,
      sig.name,
    ]),
    ...report.recipients,
  ];
}

/** Multiset difference: the words of `from` that `within` does not hold. */
export function missingWords(from: readonly string[], within: readonly string[]): string[] {
  const have = new Map<string, number>();
  for (const w of within) have.set(w, (have.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of from) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing.push(w);
  }
  return missing;
}

export interface FieldScore {
  file: FieldFile;
  header: { right: number; total: number; wrong: string[] };
  outline: boolean | null;
  signer: boolean | null;
  recipients: boolean | null;
  appendices: boolean | null;
  /** Share of the file's words that reach the report or a line the export writes again. */
  kept: number;
  /** Words in the report nowhere and in no listed line: dropped silently (must be none). */
  silentlyDropped: string[];
  unplaced: number;
  draft: ImportDraft;
}

export function headerScore(expected: ExpectedHeader | null, report: ReportFile): FieldScore['header'] {
  if (!expected) return { right: 0, total: 0, wrong: [] };
  const h = report.header;
  const pairs: [string, unknown, unknown][] = [
    ['parentBody', expected.parentBody, h.parentBody ?? ''],
    ['issuingBody', expected.issuingBody, h.issuingBody],
    ['number', expected.number, h.number],
    ['symbol', expected.symbol, h.symbol],
    ['place', expected.place, h.place],
    [
      'date',
      expected.dateMonth ? `${expected.date ?? ''}|${expected.dateMonth}` : (expected.date ?? ''),
      expected.dateMonth ? `${h.date ?? ''}|${h.dateMonth ?? ''}` : (h.date ?? ''),
    ],
    ['docType', expected.docType, h.docType ?? ''],
    ['summary', expected.summary, h.summary],
    ['addressees', expected.addressees.map(fold).join('|'), (h.addressees ?? []).map(fold).join('|')],
  ];
  const judged = pairs.filter(([, want]) => want !== null);
  const wrong = judged
    .filter(([, want, got]) => fold(String(want)) !== fold(String(got)))
    .map(([field, want, got]) => `${field}: cần «${String(want)}», đọc được «${String(got)}»`);
  return { right: judged.length - wrong.length, total: judged.length, wrong };
}

const sameList = (want: string[] | null, got: string[]): boolean | null => (want === null ? null : want.map(fold).join('|') === got.map(fold).join('|'));

/**
 * The words a reading placed: in the report's text, or in a line whose words the report keeps as
 * data and the export writes again (the date line's "ngày … tháng … năm", a heading's "I." or "1.",
 * a layout line).
 */
export function placedWords(draft: ImportDraft): string[] {
  const writtenAgain = new Set(['layout', 'number', 'placeDate', 'docType', 'authority', 'recipient', 'addressee', 'signerName']);
  // A title's words are in the report already: of its line, only the label the export writes again ("1.", "I.") counts.
  const labels = draft.lines
    .filter((l) => l.role === 'heading' || l.role === 'part')
    .map((l) => l.source.slice(0, Math.max(0, l.source.length - l.text.length)));
  return [...reportTexts(draft.report), ...draft.lines.filter((l) => writtenAgain.has(l.role)).map((l) => l.source), ...labels].flatMap(words);
}

export async function scoreFieldFile(file: FieldFile): Promise<FieldScore> {
  const source = await readWordFile(readFileSync(join(FIELD_DIR, 'files', file.file)));
  const draft = importWordSource(source);
  const report = draft.report;
  const e = file.expected;
  const sig = report.signature;
  const signer =
    e.signer === null
      ? null
      : fold(e.signer.authority) === fold(sig.authority) &&
        fold(e.signer.onBehalfOf) === fold(sig.onBehalfOf) &&
        fold(e.signer.position) === fold(sig.position) &&
        fold(e.signer.name) === fold(sig.name) &&
        fold(e.signer.secondAuthority?.authority) === fold(sig.secondAuthority?.authority) &&
        fold(e.signer.secondAuthority?.onBehalfOf) === fold(sig.secondAuthority?.onBehalfOf);
  const sourceWords = sourceTexts(source).flatMap(words);
  const placed = placedWords(draft);
  const listed = draft.lines
    .filter((l) => l.role === 'unplaced')
    .map((l) => l.source)
    .flatMap(words);
  const notPlaced = missingWords(sourceWords, placed);
  return {
    file,
    header: headerScore(e.header, report),
    outline: sameList(
      e.top,
      report.sections.map((s) => s.title),
    ),
    signer,
    // With a Kính gửi the export writes "Như trên" first itself: the report's list leaves it out.
    recipients: sameList(
      e.recipients && (e.header?.addressees.length ?? 0) > 0 ? e.recipients.filter((r) => fold(r) !== 'như trên') : e.recipients,
      report.recipients,
    ),
    appendices: sameList(
      e.appendices,
      (report.appendices ?? []).map((a) => a.title),
    ),
    kept: sourceWords.length === 0 ? 1 : 1 - notPlaced.length / sourceWords.length,
    silentlyDropped: missingWords(notPlaced, listed),
    unplaced: draft.unplaced.length,
    draft,
  };
}

/** One group's measures: shares of the judged files right (null when none is judged), the least text kept, the files with silent drops. */
export interface FieldSummary {
  files: number;
  header: number | null;
  outline: number | null;
  signer: number | null;
  recipients: number | null;
  appendices: number | null;
  minKept: number;
  silentlyDropping: string[];
}

export function summariseScores(scores: readonly FieldScore[]): FieldSummary {
  const header = scores.reduce((a, s) => ({ right: a.right + s.header.right, total: a.total + s.header.total }), { right: 0, total: 0 });
  const share = (pick: (s: FieldScore) => boolean | null) => {
    const xs = scores.map(pick).filter((x): x is boolean => x !== null);
    return xs.length === 0 ? null : xs.filter(Boolean).length / xs.length;
  };
  return {
    files: scores.length,
    header: header.total === 0 ? null : header.right / header.total,
    outline: share((s) => s.outline),
    signer: share((s) => s.signer),
    recipients: share((s) => s.recipients),
    appendices: share((s) => s.appendices),
    minKept: Math.min(...scores.map((s) => s.kept)),
    silentlyDropping: scores.filter((s) => s.silentlyDropped.length > 0).map((s) => s.file.file),
  };
}
