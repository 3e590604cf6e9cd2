/** The importer in one call, for the command line and the library: source → lines → report. */
import { sourceParagraphs, type WordSource } from './source';
import { recognise } from './recognise';
import { assembleReport, type Assembled } from './assemble';
import type { ImportLine } from './lines';
import { keepLinesNotWrittenAgain } from './regenerated';
import { keepNumbersAmongSentences } from './numbered-sentences';
import type { ProfileId } from '../domain/vocabulary';
import type { ProfileEvidence } from './recognisers/profile-evidence';

export interface ImportDraft extends Assembled {
  lines: ImportLine[];
  profile: ProfileId;
  /** The thể thức's evidence, and what speaks against it when the file mixes two. */
  profileEvidence: ProfileEvidence;
  textOnly: boolean;
  converted: WordSource['converted'];
  /** Whole paragraphs a tracked change deleted (they read as no line at all): who deleted what, for a bản trình's review. */
  trackedDeletions: { author: string; text: string }[];
}

/** Paragraphs whose every word a tracked change deleted, in the body and in table cells. */
function trackedDeletions(source: WordSource): ImportDraft['trackedDeletions'] {
  return sourceParagraphs(source)
    .filter((p) => p.text.trim() === '')
    .flatMap((p) => (p.suggestions ?? []).filter((s) => s.kind === 'deleted' && s.text.trim() !== ''))
    .map((s) => ({ author: s.author, text: s.text }));
}

export function importWordSource(source: WordSource): ImportDraft {
  const { lines, profile, profileEvidence } = recognise(source);
  keepNumbersAmongSentences(lines);
  let assembled = assembleReport(lines, profile);
  // Lines to be "made again on export" that the export would not make: kept, not lost. A title kept
  // so as a numbered sentence ("5. Bãi bỏ điểm 5.2.") may leave the titles of its run numbered otherwise.
  if (keepLinesNotWrittenAgain(lines, assembled.report)) {
    keepNumbersAmongSentences(lines);
    assembled = assembleReport(lines, profile);
  }
  return {
    ...assembled,
    lines,
    profile,
    profileEvidence,
    textOnly: source.textOnly,
    converted: source.converted,
    trackedDeletions: trackedDeletions(source),
  };
}
