/**
 * "Kiểm tra thể thức" of any Word file a clerk has: a .docx is checked whole; an old .doc, which
 * the import reads as text, is checked on what its text shows — the header's words, the số and
 * the date, the signature, Nơi nhận, the ending — and the report says what was left unchecked.
 */
import { AppError } from '#shared/contract/errors';
import type { ProfileId } from '#shared/domain/vocabulary';
import type { CheckReport } from '#shared/the-thuc/findings';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { recognise } from '#shared/word-import/recognise';
import { readWordFile } from '../word-import/read-word-file';
import { isPdf } from '../pdf-import/read-pdf';
import { checkerFileProblems, wordFileProblems } from '#shared/messages/word-files';
import { buildTextContext } from './check-context';
import { checkDocx, TEXT_RULES, withSources, type CheckOptions } from './check-docx';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function checkWordFile(bytes: Uint8Array, profileId?: ProfileId, options: CheckOptions = {}): Promise<CheckReport> {
  if (isZip(bytes)) return checkDocx(bytes, profileId, options);
  // The import reads a PDF's text; its thể thức (page, fonts, styles) is not in it.
  if (isPdf(bytes)) throw new AppError('unsupported_file', checkerFileProblems.pdf);
  // Not a .docx: readWordFile reads a .doc, and refuses anything else with the import's own words.
  const source = await readWordFile(bytes).catch((error: unknown) => {
    if (error instanceof AppError && error.message === wordFileProblems.notWord) throw new AppError(error.code, checkerFileProblems.notWord);
    // The reader's refusals say what to do before importing; here the clerk is checking.
    if (error instanceof AppError) throw new AppError(error.code, error.message.replace(/rồi nhập\.$/, 'rồi kiểm tra lại.'));
    throw error;
  });
  const recognised = recognise(source);
  const profile = profileId ?? recognised.profile;
  const layout = getLayoutProfile(profile);
  const ctx = buildTextContext(layout, recognised, source);
  return {
    profile,
    profileDetected: profileId === undefined,
    findings: withSources(
      TEXT_RULES.flatMap((rule) => rule(ctx)),
      layout,
    ),
    textOnly: true,
    lastPageMethod: 'text-only',
  };
}
