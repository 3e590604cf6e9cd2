/**
 * PDFs read like Word files, measured: the share of a reference text's words (the same document's
 * Word file as the Word reader reads it, or poppler's pdftotext — a reader that is not ours) that
 * reach the report, and the header's fields against a hand reading.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { importWordSource, type ImportDraft } from '#shared/word-import/import-word';
import { fold, missingWords, placedWords, words, type ExpectedHeader } from './field-corpus';
import { convertWithLibreOffice } from './libreoffice';

/** The header fields a clerk needs read (cơ quan, số/ký hiệu, ngày, tên loại, trích yếu), right or wrong. */
export function headerFieldsWrong(
  expected: Pick<ExpectedHeader, 'issuingBody' | 'number' | 'symbol' | 'date' | 'docType' | 'summary'>,
  draft: ImportDraft,
): string[] {
  const h = draft.report.header;
  const pairs: [string, string | null, string][] = [
    ['issuingBody', expected.issuingBody, h.issuingBody],
    ['number', expected.number, h.number],
    ['symbol', expected.symbol, h.symbol],
    ['date', expected.date ?? '', h.date ?? ''],
    ['docType', expected.docType, h.docType ?? ''],
    ['summary', expected.summary, h.summary],
  ];
  return pairs.filter(([, want, got]) => want !== null && fold(want) !== fold(got)).map(([field, want, got]) => `${field}: cần «${want}», đọc được «${got}»`);
}

export interface PdfScore {
  /** Share of the reference's words that reach the report (or a line the export writes again). */
  kept: number;
  missing: string[];
  draft: ImportDraft;
  ms: number;
}

export async function scorePdf(pdf: Uint8Array, referenceWords: readonly string[]): Promise<PdfScore> {
  const started = performance.now();
  const draft = importWordSource(await readWordFile(pdf));
  const ms = performance.now() - started;
  const missing = missingWords(referenceWords, placedWords(draft));
  return { kept: referenceWords.length === 0 ? 1 : 1 - missing.length / referenceWords.length, missing, draft, ms };
}

/** poppler's reading of a PDF's words: the independent reference for a PDF without its Word file. */
export function pdftotextWords(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-pdftotext-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return words(execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8'));
}

/** A Word file (.docx, .doc) printed to PDF by LibreOffice, as an office's "Lưu thành PDF" would. */
export const libreOfficePdf = (word: Uint8Array, extension: 'docx' | 'doc'): Uint8Array =>
  convertWithLibreOffice({ name: `van-ban.${extension}`, bytes: word }, 'writer_pdf_Export', 'pdf');
