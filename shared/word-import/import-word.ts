/** The importer in one call, for the command line and the library: source → lines → report. */
import type { WordSource } from './source';
import { recognise } from './recognise';
import { assembleReport, type Assembled } from './assemble';
import type { ImportLine } from './lines';
import type { ProfileId } from '../domain/vocabulary';

export interface ImportDraft extends Assembled {
  lines: ImportLine[];
  profile: ProfileId;
  textOnly: boolean;
  converted: WordSource['converted'];
}

export function importWordSource(source: WordSource): ImportDraft {
  const { lines, profile } = recognise(source);
  return { ...assembleReport(lines, profile), lines, profile, textOnly: source.textOnly, converted: source.converted };
}
