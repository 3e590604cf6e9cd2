/**
 * Text hygiene applied wherever clerk text enters the system (save, import, export).
 *
 * Word refuses a file that contains characters XML 1.0 forbids, and pasted text from
 * PDFs or old documents often carries them. We drop them rather than escape them: they
 * have no visible meaning in a report. Text is stored in NFC so that search, comparison
 * and fonts all see one form of each Vietnamese letter (NFD "ệ" is three code points).
 */

// Tab (\t) and line feed (\n) are kept: a paragraph may hold a line break the clerk typed.
// Carriage returns are folded into \n by normaliseLineBreaks.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that may not appear in an XML 1.0 document (keeps tab and line feed). */
export function dropForbiddenChars(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** CRLF and lone CR become LF, so a paragraph pasted from Windows has one kind of break. */
function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The one function every piece of clerk text goes through before it is stored or written. */
export function cleanText(text: string): string {
  return dropForbiddenChars(normaliseLineBreaks(text)).normalize('NFC');
}

/** cleanText for single-line fields (header, signer): line breaks become spaces, ends trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/[\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A short text where the clerk may break the line on purpose (a long cơ quan name in the
 * header): each line cleaned like cleanLine, empty lines dropped, the breaks kept.
 */
export function cleanLines(text: string): string {
  return cleanText(text)
    .split('\n')
    .map((line) => line.replace(/\t+/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
