/**
 * Opens a .docx for checking: the parts the rules read, parsed, with clear errors for non-Word
 * files. Reading goes through the bounded zip reader and XML checks of word-file/, so a hostile
 * file is refused quickly instead of exhausting memory or the stack.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { AppError } from '#shared/contract/errors';
import { parseXmlPart, xmlPartText } from './parse-xml';
import { ZipReader } from './read-zip';
import { A4_TWIPS } from '#shared/the-thuc/units';
import { attr, descendants, kid } from './ooxml';
import { checkerFileProblems, wordFileProblems } from '#shared/messages/word-files';
import { WORD_FILE_LIMITS } from './read-limits';

export interface DocxPackage {
  document: Document;
  body: Element;
  styles: Document | null;
  theme: Document | null;
  settings: Document | null;
  /** Word's list definitions (numbering.xml), for labels produced by numbering. */
  numbering: Document | null;
  /** Comments (comments.xml), anchored in the text by w:commentRangeStart. */
  comments: Document | null;
  /** Footnotes (footnotes.xml), anchored in the text by w:footnoteReference. */
  footnotes: Document | null;
  /** Endnotes (endnotes.xml), anchored by w:endnoteReference: read as footnotes (a report prints its notes at the page's foot). */
  endnotes: Document | null;
  /** Header parts by relationship id (rId…). */
  headers: Map<string, Document>;
  /** Footer parts by relationship id: where some offices put the page number. */
  footers: Map<string, Document>;
  /** The page count Word (or LibreOffice) saved in docProps/app.xml, or null. */
  savedPages: number | null;
}

/**
 * Word's record of the editing sessions a file went through (<w:rsids>, in settings.xml): one
 * entry per session, tens of thousands in a template reused for years — 384 KB in a real Sở's
 * report, parsed into a tree as large as the document's own. Nothing here reads it, and the part
 * holds no text of the document, so it is cut before parsing.
 */
const EDIT_SESSIONS = /<(\w+:)?rsids\b[^>]*>[\s\S]*?<\/\1rsids>/;
const withoutEditSessions = (part: Buffer): Buffer => {
  const xml = xmlPartText(part);
  const cut = xml.replace(EDIT_SESSIONS, '');
  return cut.length === xml.length ? part : Buffer.from(cut, 'utf8');
};

export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = new ZipReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!zip.has('word/document.xml')) throw new AppError('unsupported_file', checkerFileProblems.notDocx);
  // A long but real text is told apart from a zip bomb (whose part inflates far more than text does): the bomb is refused as such by read().
  const text = zip.declaredSizes('word/document.xml');
  if (
    text &&
    text.size > WORD_FILE_LIMITS.maxDocumentXmlBytes &&
    text.size <= WORD_FILE_LIMITS.maxEntryBytes &&
    text.size <= text.compressed * WORD_FILE_LIMITS.maxRatio
  )
    throw new AppError('unsupported_file', wordFileProblems.textTooLong(text.size, WORD_FILE_LIMITS.maxDocumentXmlBytes));
  const read = async (name: string, trim: (part: Buffer) => Buffer = (part) => part) => {
    const part = zip.read(name);
    return part ? parseXmlPart(name, trim(part)) : null;
  };
  const document = await read('word/document.xml');
  const body = kid(document?.documentElement, 'body');
  if (!document || !body) throw new AppError('unsupported_file', checkerFileProblems.notDocx);

  const headers = new Map<string, Document>();
  const footers = new Map<string, Document>();
  const rels = await read('word/_rels/document.xml.rels');
  let themeTarget = 'theme/theme1.xml';
  let numberingTarget = 'numbering.xml';
  let commentsTarget: string | null = null;
  let footnotesTarget: string | null = null;
  let endnotesTarget: string | null = null;
  for (const rel of Array.from(rels?.documentElement?.getElementsByTagName('Relationship') ?? [])) {
    const type = rel.getAttribute('Type') ?? '';
    const target = (rel.getAttribute('Target') ?? '').replace(/^\/?word\//, '');
    if (type.endsWith('/header') || type.endsWith('/footer')) {
      const part = await read(`word/${target}`);
      if (part) (type.endsWith('/header') ? headers : footers).set(rel.getAttribute('Id') ?? '', part);
    } else if (type.endsWith('/theme')) themeTarget = target;
    else if (type.endsWith('/numbering')) numberingTarget = target;
    else if (type.endsWith('/comments')) commentsTarget = target;
    else if (type.endsWith('/footnotes')) footnotesTarget = target;
    else if (type.endsWith('/endnotes')) endnotesTarget = target;
  }
  const app = await read('docProps/app.xml');
  const pages = Number(app?.documentElement?.getElementsByTagName('Pages')[0]?.textContent ?? NaN);
  return {
    document,
    body,
    styles: await read('word/styles.xml'),
    theme: await read(`word/${themeTarget}`),
    settings: await read('word/settings.xml', withoutEditSessions),
    numbering: await read(`word/${numberingTarget}`),
    comments: commentsTarget ? await read(`word/${commentsTarget}`) : null,
    footnotes: footnotesTarget ? await read(`word/${footnotesTarget}`) : null,
    endnotes: endnotesTarget ? await read(`word/${endnotesTarget}`) : null,
    headers,
    footers,
    savedPages: Number.isInteger(pages) && pages > 0 ? pages : null,
  };
}

/** Every section's properties in document order (the first section's sit in its last paragraph). */
export function sectionProperties(pkg: DocxPackage): Element[] {
  return descendants(pkg.body, 'sectPr');
}

/** Width of the first page's text between its margins, in twips (A4 when the file names no size). */
export function pageTextWidth(pkg: DocxPackage): number {
  const sect = sectionProperties(pkg)[0];
  const margin = kid(sect, 'pgMar');
  return Number(attr(kid(sect, 'pgSz'), 'w') ?? A4_TWIPS.width) - Number(attr(margin, 'left') ?? 0) - Number(attr(margin, 'right') ?? 0);
}

/** Paragraphs of the body in order, including those inside tables. */
export function bodyParagraphs(pkg: DocxPackage): Element[] {
  return descendants(pkg.body, 'p');
}

/** Paragraphs and tables directly in the body, in order. */
export function topLevel(pkg: DocxPackage): Element[] {
  const out: Element[] = [];
  for (let n = pkg.body.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && ((n as Element).localName === 'p' || (n as Element).localName === 'tbl')) out.push(n as Element);
  }
  return out;
}
