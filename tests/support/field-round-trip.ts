/**
 * A real document imported as the review leaves it and exported again: which of its words the new
 * Word file still holds (footnotes counted). A line is left out of the count only when the review
 * says it is not carried over and why: the quốc hiệu and tiêu ngữ (the export writes them again),
 * a copy's own notes ("(Đã ký)", the drafter's initials under Nơi nhận), rules and "./.", and a
 * heading's or a phụ lục's label (the export numbers them, and the review says where it renumbers). Words
 * are compared as the export may write them: tone marks in one style (hoà/hòa), numbers without
 * a leading zero (ND30 writes "tháng 4").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { importWordSource } from '#shared/word-import/import-word';
import type { ImportLine } from '#shared/word-import/lines';
import { sourceParagraphs, type WordSource } from '#shared/word-import/source';
import { restyleWord } from '#shared/text/syllable';
import { FIELD_DIR, missingWords, words, type FieldFile } from './field-corpus';

/** Lines the review shows as not carried over, with the reason: regenerated, or a copy's notes. */
const NOT_CARRIED = new Set<ImportLine['mark']>(['national', 'signNote', 'drafterCode', 'rule', 'ending', 'appendixLabel']);

const comparable = (text: string) => words(text).map((w) => (/^\d+$/.test(w) ? String(Number(w)) : restyleWord(w, 'new')));

function texts(source: WordSource): string[] {
  return sourceParagraphs(source).flatMap((p) => [p.text, ...p.runs.map((r) => r.footnote ?? '')]);
}

export interface RoundTrip {
  file: FieldFile;
  /** Share of the document's words (lines not carried over aside) the exported Word file holds. */
  kept: number;
  lost: string[];
}

export async function roundTrip(file: FieldFile): Promise<RoundTrip> {
  return { file, ...(await roundTripOf(readFileSync(join(FIELD_DIR, 'files', file.file)))) };
}

/** The round trip of any Word file's bytes: the share of its words the exported file holds, and those it lost. */
export async function roundTripOf(bytes: Uint8Array): Promise<Omit<RoundTrip, 'file'>> {
  const source = await readWordFile(bytes);
  const draft = importWordSource(source);
  const notCarried = [
    ...draft.lines.filter((l) => l.role === 'layout' && NOT_CARRIED.has(l.mark)).flatMap((l) => comparable(l.source)),
    // A heading's label ("4.1.", "III"): the export numbers its parts itself, and the review says where it numbers differently.
    ...draft.lines.filter((l) => l.role === 'heading' || l.role === 'part').flatMap((l) => missingWords(comparable(l.source), comparable(l.text))),
  ];
  const original = missingWords(texts(source).flatMap(comparable), notCarried);
  const exported = await readWordFile((await exportReportDocx(draft.report, new Date('2026-12-07T08:00:00'))).bytes);
  const lost = missingWords(original, texts(exported).flatMap(comparable));
  return { kept: original.length === 0 ? 1 : 1 - lost.length / original.length, lost };
}
