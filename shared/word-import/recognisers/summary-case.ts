/**
 * A trích yếu typed in capitals — a legal site's copy, an old habit — is read in the case its words
 * have in the document's own sentences, as titles are (restore-case.ts): the export then writes it
 * as Nghị định 30 wants it (lower case, names capital), and the review shows the line changed. A
 * luật's or pháp lệnh's name is the Quốc hội's to write in capitals; a Party trích yếu is left as
 * typed (HD 05 starts it small, and it may name its author in capitals).
 */
import type { ProfileId } from '../../domain/vocabulary';
import type { ImportLine } from '../lines';
import { restoreCase, type Casing } from '../restore-case';
import { CONG_VAN_SUMMARY, isQuocHoiDocType, isRegulatedDocType } from '../../the-thuc/doc-types';
import { isUpper } from './patterns';

const PARTY_PROFILES: readonly ProfileId[] = ['party', 'youth-union'];
const wordsOf = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
const isCongVanSummary = (text: string) => CONG_VAN_SUMMARY.test(text.trim());

/**
 * The trích yếu, its spaces made single, when it is typed in capitals under a tên loại the rules
 * list — not the Quốc hội's, whose names are capitals, nor an office's own title ("PHÂN CÔNG NHIỆM
 * VỤ"); a công văn's "V/v …" line is no such trích yếu. What the checker calls a defect
 * (`title.summary.case`) and the import puts in the document's case: one reading for both.
 */
export function summaryInCapitals(docTypeLine: string, summaryLines: readonly string[]): string | null {
  if (!isRegulatedDocType(docTypeLine) || isQuocHoiDocType(docTypeLine)) return null;
  const text = summaryLines
    .filter((t) => !isCongVanSummary(t))
    .flatMap(wordsOf)
    .join(' ');
  return text.replace(/[^\p{L}]/gu, '').length >= 4 && isUpper(text) ? text : null;
}

export function restoreSummaryCase(lines: readonly ImportLine[], casing: Casing, profile: ProfileId): void {
  if (PARTY_PROFILES.includes(profile)) return;
  const docType = lines.find((l) => l.role === 'docType');
  const summary = lines.filter((l) => l.role === 'summary' && !isCongVanSummary(l.text));
  const joined = docType
    ? summaryInCapitals(
        docType.text,
        summary.map((l) => l.text),
      )
    : null;
  if (joined === null) return;
  // Restored whole (a word's case may hang on its neighbour on the next line), then given back line by line.
  const restored = wordsOf(restoreCase(joined, casing));
  let at = 0;
  for (const line of summary) {
    const count = wordsOf(line.text).length;
    line.text = restored.slice(at, at + count).join(' ');
    at += count;
  }
}
