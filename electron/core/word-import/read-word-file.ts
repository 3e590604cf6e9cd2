/**
 * Any Word file a clerk has: .docx (read whole: runs, numbering, tables, text boxes), an old
 * .doc (through word-extractor, a pure-JS reader: text only, said so on screen), or a PDF with
 * text (laid out into paragraphs by `readPdf`). Anything else — a picture, a scan, a
 * password-protected file, a file too large — is refused with a message that says what to do.
 */
import WordExtractor from 'word-extractor';
import { AppError } from '#shared/contract/errors';
import { paragraphOf, type SourceItem, type WordSource } from '#shared/word-import/source';
import { convertLegacy, type LegacyEncoding } from '#shared/text/legacy-encodings';
import { readDocx } from './read-docx';
import { isEncryptedPackage, isOleFile } from '../word-file/ole-file';
import { isPdf, readPdf } from '../pdf-import/read-pdf';
import { wordFileProblems } from '#shared/messages/word-files';
import { dropForbiddenChars } from '#shared/text/sanitize';
import { MAX_WORD_FILE_BYTES } from '#shared/contract/file-sizes';

export async function readWordFile(bytes: Uint8Array): Promise<WordSource> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length === 0) throw new AppError('unsupported_file', wordFileProblems.emptyFile);
  if (buffer.length > MAX_WORD_FILE_BYTES) throw new AppError('unsupported_file', wordFileProblems.tooLarge);
  if (buffer.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) return readDocx(buffer);
  if (isPdf(buffer)) return readPdf(buffer);
  if (!isOleFile(buffer)) throw new AppError('unsupported_file', notWordProblem(buffer));
  if (isEncryptedPackage(buffer)) throw new AppError('unsupported_file', wordFileProblems.encrypted);
  return readDoc(buffer);
}

/**
 * What a file that is no Word file is, when Word would still open it: a web system's "export to
 * Word" writes a web page (or a single-file web archive) named .doc, some tools write RTF so. Or
 * what is left of a file whose saving was cut off: its length, every byte zero.
 */
function notWordProblem(buffer: Buffer): string {
  if (!buffer.some((byte) => byte !== 0)) return wordFileProblems.zeroFilled;
  const head = buffer
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  if (head.startsWith('{\\rtf')) return wordFileProblems.rtfAsDoc;
  if (/^MIME-Version:/i.test(head) && /multipart\/related/i.test(head)) return wordFileProblems.webPageAsDoc;
  if (head.startsWith('<') && /<(?:!DOCTYPE\s+html|html|head|body|meta|p|table|div|br)\b/i.test(head)) return wordFileProblems.webPageAsDoc;
  return wordFileProblems.notWord;
}

/**
 * word-extractor maps Word's optional hyphen (0x1F) through a table that has no entry for it, and
 * writes the word "undefined" in its place ("Nhundefinedư trên" for "Như trên"). Such a word never
 * stands inside another word in a Vietnamese document: taken out there.
 */
function withoutExtractorArtifacts(text: string): string {
  return text.replace(/(?<=[\p{L}\p{M}])undefined|undefined(?=[\p{L}\p{M}])/gu, '');
}

/** word-extractor's getBody takes options its @types do not list. */
type WithUnfilteredBody = { getBody(options: { filterUnicode: boolean }): string };

/** An old .doc, as text: one paragraph per line; lines of tab-separated cells become a table. */
async function readDoc(buffer: Buffer): Promise<WordSource> {
  let text: string;
  try {
    const document = await new WordExtractor().extract(buffer);
    // Unfiltered: word-extractor otherwise turns en dashes into hyphens and curly quotes into straight ones ("Độc lập – Tự do", “…”, H’Hen).
    text = withoutExtractorArtifacts(dropForbiddenChars((document as WithUnfilteredBody).getBody({ filterUnicode: false })));
  } catch {
    throw new AppError('unsupported_file', wordFileProblems.damagedDoc);
  }
  const converted = new Set<LegacyEncoding>();
  // An old font is the whole document's, not a line's: a short line ("Chi bé Thanh tra") looks
  // like Unicode on its own. A line with letters beyond Latin-1 (ư, ạ, ế …) is Unicode already.
  const documentEncoding = convertLegacy(text, 'auto').encoding;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw) => {
      const result = documentEncoding && !/[\u0100-\u024f\u1e00-\u1eff]/.test(raw) ? convertLegacy(raw, documentEncoding) : convertLegacy(raw, 'auto');
      if (result.encoding) converted.add(result.encoding);
      return result.text.normalize('NFC');
    });
  const cellsOf = (line: string) =>
    line
      .replace(/\t+$/, '')
      .split('\t')
      .map((cell) => cell.trim());
  const items: SourceItem[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i] as string;
    if (!line.includes('\t')) {
      items.push(paragraphOf(line.trim()));
      i += 1;
      continue;
    }
    // Rows of one table end in tabs with the same number of cells; a lone line with a tab is a
    // line laid out in columns (tab stops, or a layout table's cells run together): kept whole,
    // its tabs tell the recogniser the columns.
    const width = cellsOf(line).length;
    let end = i + 1;
    while (end < lines.length && lines[end]!.includes('\t') && cellsOf(lines[end]!).length === width) end += 1;
    if (end - i >= 2 && width >= 2) items.push({ kind: 'table', rows: lines.slice(i, end).map((row) => cellsOf(row).map((cell) => [paragraphOf(cell)])) });
    else for (const row of lines.slice(i, end)) items.push(paragraphOf(row.replace(/\s+$/, '').replace(/^ +/, '')));
    i = end;
  }
  return { items, textOnly: true, converted: [...converted] };
}
