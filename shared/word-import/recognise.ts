/**
 * Recognises a document in a Word file: which line is the cơ quan, the số, the date, the tên loại
 * and trích yếu, each part and its level, the signature, Nơi nhận, each phụ lục — by the words and
 * labels văn thư practice puts there (Nghị định 30, HD 05), with bold, centring, Word's numbering
 * and heading styles as evidence where the file has them. Real files differ: every tên loại, not
 * only BÁO CÁO; headers and signatures laid out in tables, tab stops or runs of spaces; old .doc
 * read as text alone; documents attached after the signature. Every line of the file gets a role;
 * what cannot be placed is listed, never dropped.
 *
 * In order: the header block (recognise/header-block.ts), the signature block and Nơi nhận
 * (signature-block.ts), the body between them (body.ts), what follows the signature
 * (after-signature.ts); the thể thức from all the evidence (profile-evidence.ts).
 */
import type { ProfileId } from '../domain/vocabulary';
import type { WordSource } from './source';
import type { ImportLine } from './lines';
import { wordCasing, type Casing } from './restore-case';
import { LineLog } from './recognisers/line-log';
import { units } from './recognisers/units';
import { readHeader } from './recognisers/header-block';
import { findSignature, writeSignature } from './recognisers/signature-block';
import { readBody } from './recognisers/body';
import { readAfterSignature } from './recognisers/after-signature';
import { decideProfile, type ProfileEvidence } from './recognisers/profile-evidence';
import { restoreSummaryCase } from './recognisers/summary-case';

import { signerName } from './recognisers/patterns';

export { dropLeading } from './recognisers/patterns';

export interface Recognised {
  lines: ImportLine[];
  profile: ProfileId;
  /** Why that profile, and the evidence for the other one when the document mixes them. */
  profileEvidence: ProfileEvidence;
  /** How the document's own sentences write each word: what a line in capitals is read back by. */
  casing: Casing;
}

export function recognise(source: WordSource): Recognised {
  const all = units(source.items);
  // A signer's name alone on its line says nothing of a word's case ("Đinh Văn Tâm" is not "Tâm" in "trọng tâm").
  const casingTexts = all.flatMap((u) => (u.kind === 'p' ? [u.text] : u.rows.flat())).filter((t) => signerName(t) === null);
  const log = new LineLog(wordCasing(casingTexts), source.textOnly);

  const header = readHeader(all, log);
  const block = findSignature(all, header.end);
  const bodyEnd = block ? block.start : all.length;
  readBody(all, header.end, bodyEnd, log);
  const signature = block ? writeSignature(block, log) : null;
  if (signature) readAfterSignature(all, signature.end, log);

  const profileEvidence = decideProfile({
    national: header.national,
    bodies: header.bodies,
    number: header.number,
    authorities: signature?.authorities ?? [],
    fileCopy: signature?.fileCopy ?? null,
  });
  restoreSummaryCase(log.lines, log.casing, profileEvidence.profile);
  return { lines: log.lines, profile: profileEvidence.profile, profileEvidence, casing: log.casing };
}
