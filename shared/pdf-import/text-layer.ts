/**
 * What a PDF's text layer says may not be its letters. Two faults of real units' PDFs:
 *
 * - Some PDF makers give "ƣ" (U+01A3, the Latin letter oi) where the page shows ư, and "Ƣ" for Ư
 *   (a Cục's công văn saved as PDF: "BỘ CÔNG THƢƠNG"). Vietnamese has no letter oi: it is ư.
 * - A PDF printed through a converter that keeps no table from its fonts' glyphs to letters (a
 *   Word file printed by Ghostscript, Identity-H fonts without ToUnicode) gives each glyph's
 *   number instead of its letter: "7ӌ1+ L¿O CAI" for "TỈNH LÀO CAI". Nothing in the file says
 *   which letter a number is, so such text cannot be read — only told apart: its words hold
 *   letters and signs no Vietnamese word has (Cyrillic, control characters, Mac symbols).
 */

/** ư and Ư where a PDF maker wrote the letter oi. */
export const repairPdfLetters = (text: string): string => text.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư');

/**
 * Glyph numbers read as letters: the part of the Cyrillic block past Russian's letters (where
 * Times New Roman's Vietnamese glyphs' numbers fall: "ӌ", "ѭ", "ӵ"), control characters (its
 * punctuation's numbers) and, against a letter, the Mac symbols a Windows code page's letters
 * become ("‡" for à, "¿" for À, "√" for Ã, "“" for Ò). Not the middle dot of "L/(s·m)", nor
 * quotes opening or closing a word.
 */
const GLYPH_LETTERS = /[\u0460-\u04ff]|\p{L}[‡¿√˙¬˝ı“‘]|[‡¿√˙¬˝ı][\p{L}\d]/u;
const holdsGlyphNumber = (word: string) => GLYPH_LETTERS.test(word) || [...word].some((ch) => ch.charCodeAt(0) < 0x20);

/**
 * More of the words than this hold glyph numbers: the text layer is not the letters. Measured on
 * the 34 real PDFs with text of source D: 46–59% of the words of the five printed so, none of
 * any other's (a Russian title in Cyrillic, "L/(s·m)", quotes and ellipses read right), nor of
 * the Party PDFs of tests/fixtures/pdf or of 300 real Word files.
 */
export const GLYPH_NUMBERS_SHARE = 0.2;

/** The share of a text's words that hold a glyph number, and the first few of them (for the clerk). */
export function brokenLetterWords(lines: readonly string[]): { share: number; examples: string[] } {
  const words = lines.flatMap((line) => line.split(/\s+/)).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const broken = words.filter(holdsGlyphNumber);
  return { share: words.length === 0 ? 0 : broken.length / words.length, examples: broken.slice(0, 5) };
}
