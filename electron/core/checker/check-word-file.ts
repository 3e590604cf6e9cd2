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
import { judgeDocx, readForCheck, TEXT_RULES, withSources, type CheckOptions } from './check-docx';
import { renderedPagesOfAll } from './layout/rendered-pages';
import type { ReadDocx } from './check-docx';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Several files checked as one batch: each read first (a file that cannot be read is refused at
 * once, in its place, as an AppError), then the .docx files read laid out by one start of
 * LibreOffice — each start costs about a second before any work — then each judged.
 */
export async function checkWordFiles(files: readonly Uint8Array[], profileId?: ProfileId, options: CheckOptions = {}): Promise<(CheckReport | AppError)[]> {
  const read: (ReadDocx | CheckReport | AppError)[] = [];
  for (const bytes of files) {
    try {
      read.push(isZip(bytes) ? await readForCheck(bytes, profileId) : await checkOldWordFile(bytes, profileId));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      read.push(error);
    }
  }
  const isRead = (r: ReadDocx | CheckReport | AppError): r is ReadDocx => !(r instanceof AppError) && 'pkg' in r;
  const docx = read.flatMap((r, i) => (isRead(r) ? [i] : []));
  const pages = options.layout ? await renderedPagesOfAll(docx.map((i) => files[i] as Uint8Array)) : docx.map(() => null);
  return read.map((r, i) => (isRead(r) ? judgeDocx(r, pages[docx.indexOf(i)] ?? null) : r));
}

export async function checkWordFile(bytes: Uint8Array, profileId?: ProfileId, options: CheckOptions = {}): Promise<CheckReport> {
  const [outcome] = await checkWordFiles([bytes], profileId, options);
  if (outcome instanceof AppError) throw outcome;
  return outcome as CheckReport;
}

/** A file that is not a .docx: an old .doc is checked on its text; anything else is refused in the checker's words. */
async function checkOldWordFile(bytes: Uint8Array, profileId: ProfileId | undefined): Promise<CheckReport> {
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
