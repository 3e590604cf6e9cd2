/** The importer in one call, for the command line and the library: source → lines → report. */
import type { WordSource } from './source';
import { recognise } from './recognise';
import { assembleReport, type Assembled } from './assemble';
import type { ImportLine } from './lines';
import type { ProfileId } from '../domain/vocabulary';
import type { ProfileEvidence } from './recognisers/profile-evidence';

export interface ImportDraft extends Assembled {
  lines: ImportLine[];
  profile: ProfileId;
  /** The thể thức's evidence, and what speaks against it when the file mixes two. */
  profileEvidence: ProfileEvidence;
  textOnly: boolean;
  converted: WordSource['converted'];
}

export function importWordSource(source: WordSource): ImportDraft {
  const { lines, profile, profileEvidence } = recognise(source);
  return { ...assembleReport(lines, profile), lines, profile, profileEvidence, textOnly: source.textOnly, converted: source.converted };
}
