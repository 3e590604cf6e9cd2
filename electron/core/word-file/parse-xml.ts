/**
 * XML parts of a Word file, parsed after two checks that keep a hostile file from taking the
 * app down: the part must be XML at all, and its elements may not nest deeper than a real
 * document does (the rules walk the tree, and 100,000 levels would exhaust the stack).
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { AppError } from '#shared/contract/errors';
import { WORD_FILE_LIMITS } from './read-limits';
import { xmlProblems } from '#shared/messages/word-files';

/** Deepest element nesting in `xml`, stopping as soon as it passes `limit`. Linear, no recursion. */
function xmlDepthExceeds(xml: string, limit: number): boolean {
  let depth = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    if (next === 47 /* / */) depth -= 1;
    else if (next === 33 /* ! */) {
      // Comments and CDATA may contain anything, including "<".
      const close = xml.startsWith('<!--', i) ? xml.indexOf('-->', i) : xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i) : xml.indexOf('>', i);
      i = close < 0 ? -1 : xml.indexOf('<', close);
      continue;
    } else if (next !== 63 /* ? */) {
      const end = xml.indexOf('>', i);
      if (end < 0) break;
      if (xml.charCodeAt(end - 1) !== 47) {
        depth += 1;
        if (depth > limit) return true;
      }
      i = xml.indexOf('<', end);
      continue;
    }
    i = xml.indexOf('<', i + 1);
  }
  return false;
}

/** UTF-16 big-endian text; a stray last byte (a damaged file's) is left out rather than thrown on. */
const bigEndianText = (bytes: Buffer): string =>
  Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
    .swap16()
    .toString('utf16le');

/**
 * The text of an XML part. A package's parts are UTF-8 or UTF-16 (ECMA-376 Part 2, §8.1.4), either
 * with a byte-order mark: Word writes plain UTF-8, but Word files downloaded from legal sites start
 * with a UTF-8 mark, and Word opens UTF-16 parts too — so all are read as Word reads them.
 */
export function xmlPartText(bytes: Buffer): string {
  const [first, second, third] = [bytes[0], bytes[1], bytes[2]];
  if (first === 0xef && second === 0xbb && third === 0xbf) return bytes.subarray(3).toString('utf8');
  if (first === 0xff && second === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (first === 0xfe && second === 0xff) return bigEndianText(bytes.subarray(2));
  // Without a mark, UTF-16 shows itself by the zero byte beside the first "<".
  if (first === 0x3c && second === 0x00) return bytes.toString('utf16le');
  if (first === 0x00 && second === 0x3c) return bigEndianText(bytes);
  return bytes.toString('utf8');
}

export function parseXmlPart(name: string, bytes: Buffer, limit: number = WORD_FILE_LIMITS.maxXmlDepth): Document {
  const xml = xmlPartText(bytes);
  if (xml.trim() === '') throw new AppError('unsupported_file', xmlProblems.empty(name));
  if (xmlDepthExceeds(xml, limit)) throw new AppError('unsupported_file', xmlProblems.tooDeep(name, limit));
  const errors: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      // No line and column on every node: nothing reads them, and a long report has 100,000 nodes.
      locator: false,
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(xml, 'application/xml');
  } catch {
    throw new AppError('unsupported_file', xmlProblems.notXml(name));
  }
  if (errors.length > 0 || !doc.documentElement) throw new AppError('unsupported_file', xmlProblems.notXml(name));
  return doc;
}
