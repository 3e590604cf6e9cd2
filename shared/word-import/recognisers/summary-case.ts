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
import { CONG_VAN_SUMMARY, isRegulatedDocType } from '../../the-thuc/doc-types';
import { isUpper } from './patterns';

const NAMED_BY_THE_QUOC_HOI = /^(LUẬT|PHÁP LỆNH|HIẾN PHÁP)$/;
const PARTY_PROFILES: readonly ProfileId[] = ['party', 'youth-union'];
const wordsOf = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');

export function restoreSummaryCase(lines: readonly ImportLine[], casing: Casing, profile: ProfileId): void {
  if (PARTY_PROFILES.includes(profile)) return;
  const docType = lines.find((l) => l.role === 'docType');
  // Only under a tên loại the rules list, as the checker judges it: a title of the office's own ("PHÂN CÔNG NHIỆM VỤ") is left as typed.
  if (!docType || !isRegulatedDocType(docType.text) || NAMED_BY_THE_QUOC_HOI.test(docType.text.trim().toUpperCase())) return;
  const summary = lines.filter((l) => l.role === 'summary' && !CONG_VAN_SUMMARY.test(l.text.trim()));
  const joined = summary.map((l) => wordsOf(l.text).join(' ')).join(' ');
  if (joined.replace(/[^\p{L}]/gu, '').length < 4 || !isUpper(joined)) return;
  // Restored whole (a word's case may hang on its neighbour on the next line), then given back line by line.
  const restored = wordsOf(restoreCase(joined, casing));
  let at = 0;
  for (const line of summary) {
    const count = wordsOf(line.text).length;
    line.text = restored.slice(at, at + count).join(' ');
    at += count;
  }
}
