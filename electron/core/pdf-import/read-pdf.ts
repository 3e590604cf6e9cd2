/**
 * A PDF a unit sent (the e-office system's issued copy, signed; Word's or LibreOffice's own PDF)
 * read like a Word file: pdf.js gives each page's positioned text and the fonts' names (bold,
 * italic), and `pdfToWordSource` lays it out into paragraphs and the header's and signature's
 * two columns. A scan has no text to read — said so, and nothing else is made of it; nor is an
 * OCR layer trusted (its words are a machine's guesses: text drawn invisibly over the picture,
 * whatever program made it), nor a text layer of glyph numbers instead of letters (a PDF printed
 * through a converter that keeps no glyph-to-letter table: text-layer.ts). Password-protected
 * and damaged files are refused in words.
 *
 * pdfjs-dist 5.6.205: the last release that runs on Node 20 (5.7 and 6 need Node 22.13); no open
 * advisory (CVE-2024-4367 was fixed in 4.2.67, and `isEvalSupported: false` is set anyway).
 * It is loaded only when a PDF is read, and stays outside the bundles (its worker is a module
 * of its own that pdf.js imports at run time).
 */
import { AppError } from '#shared/contract/errors';
import { MAX_WORD_FILE_BYTES } from '#shared/contract/file-sizes';
import { pdfProblems } from '#shared/messages/word-files';
import { pdfToWordSource } from '#shared/pdf-import/pdf-layout';
import type { PdfPage, PdfRule, PdfRun } from '#shared/pdf-import/page-lines';
import type { WordSource } from '#shared/word-import/source';
import { convertLegacy, encodingOfFont, fromLegacyFont, isUnicodeAlready, type LegacyEncoding } from '#shared/text/legacy-encodings';
import { brokenLetterWords, GLYPH_NUMBERS_SHARE, repairPdfLetters } from '#shared/pdf-import/text-layer';

/** A report of a thousand pages is a hostile or mistaken file, not a unit's report. */
const MAX_PAGES = 1_000;
/** Fewer letters than this per page on average: the pages are pictures (a scan). */
const MIN_CHARACTERS_PER_PAGE = 40;
/** Programs that make scans: their text layer, when there is one, is OCR. */
const SCANNER = /scan|omnipage|abbyy|finereader|paperstream|capture|twain|naps2/i;

const refuse = (message: string) => new AppError('unsupported_file', message);

export const isPdf = (bytes: Uint8Array) => bytes.length >= 5 && Buffer.from(bytes.subarray(0, 1024)).includes(Buffer.from('%PDF-', 'latin1'));

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The operators that draw text, whose render mode says whether it is seen. */
const TEXT_SHOWING = ['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'];
/** Text render mode 3: neither filled nor stroked — text no one sees, as OCR lays over a scan's picture. */
const INVISIBLE = 3;

/** A border is thinner than this (in points): a filled thin rectangle is Word's way to draw a table's line. */
const RULE_THICKNESS = 2.5;

/**
 * What a page draws, read from its drawing operations in one pass: the straight lines (tables'
 * borders), in the page's space — stroked straight segments, and thin filled rectangles; curves,
 * pictures and shaded cells are not lines — and how many text-drawing operations there are, and
 * how many draw invisible text. The transform and the text render mode are both part of the
 * graphics state: saved and restored with it, and around a form's drawing.
 */
function pageDrawing(operators: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>) {
  const rules: PdfRule[] = [];
  const showing = new Set(TEXT_SHOWING.map((name) => OPS[name]));
  let [textShown, textInvisible] = [0, 0];
  const stack: { ctm: Matrix; mode: number }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let mode = 0;
  const add = (x1: number, y1: number, x2: number, y2: number) => {
    const [a, b] = [apply(ctm, x1, y1), apply(ctm, x2, y2)];
    if (Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5) rules.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
  };
  for (const [i, fn] of operators.fnArray.entries()) {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, mode });
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ({ ctm, mode } = stack.pop() ?? { ctm, mode });
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, mode });
      if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.setTextRenderingMode) mode = (args as number[])[0] ?? 0;
    else if (showing.has(fn)) {
      textShown += 1;
      if (mode === INVISIBLE) textInvisible += 1;
    } else if (fn === OPS.constructPath) {
      const [paint, data, box] = args as [number, [ArrayLike<number> | null], ArrayLike<number> | null];
      if (!box) continue;
      const [x0, y0, x1, y1] = [box[0]!, box[1]!, box[2]!, box[3]!];
      const filled = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke;
      if (filled && (x1 - x0 < RULE_THICKNESS || y1 - y0 < RULE_THICKNESS)) {
        // A thin filled rectangle: its middle line.
        if (x1 - x0 < y1 - y0) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        else add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
      } else if (paint === OPS.stroke || paint === OPS.closeStroke) {
        const path = data[0];
        if (!path) continue;
        // The path as pdf.js encodes it: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers), 3 quadratic (4), 4 closePath.
        let [startX, startY, atX, atY] = [0, 0, 0, 0];
        for (let k = 0; k < path.length;) {
          const op = path[k]!;
          if (op === 0) [startX, startY, atX, atY] = [path[k + 1]!, path[k + 2]!, path[k + 1]!, path[k + 2]!];
          else if (op === 1) {
            add(atX, atY, path[k + 1]!, path[k + 2]!);
            [atX, atY] = [path[k + 1]!, path[k + 2]!];
          } else if (op === 4) {
            add(atX, atY, startX, startY);
            [atX, atY] = [startX, startY];
          } else if (op === 2) [atX, atY] = [path[k + 5]!, path[k + 6]!];
          else if (op === 3) [atX, atY] = [path[k + 3]!, path[k + 4]!];
          k += op === 0 || op === 1 ? 3 : op === 2 ? 7 : op === 3 ? 5 : 1;
        }
      }
    }
  }
  return { rules, textShown, textInvisible };
}

export async function readPdf(bytes: Uint8Array): Promise<WordSource> {
  if (bytes.byteLength > MAX_WORD_FILE_BYTES) throw refuse(pdfProblems.tooLarge);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over (it moves it to its worker): it gets a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw refuse(name === 'PasswordException' ? pdfProblems.encrypted : pdfProblems.damaged);
  }
  try {
    if (document.numPages > MAX_PAGES) throw refuse(pdfProblems.tooManyPages(MAX_PAGES));
    const info = ((await document.getMetadata().catch(() => null))?.info ?? {}) as { Creator?: string; Producer?: string };
    const pages: PdfPage[] = [];
    const converted = new Set<LegacyEncoding>();
    let characters = 0;
    let [textShown, textInvisible] = [0, 0];
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      // Not normalised: pdf.js would turn .VnTime's µ (its à) into a Greek μ.
      const content = await page.getTextContent({ disableNormalization: true });
      // The fonts' names (…+TimesNewRomanPS-BoldMT) come with the page's drawing operations, and so do the tables' borders.
      const operators = await page.getOperatorList();
      const { rules, ...text } = pageDrawing(operators, pdfjs.OPS);
      [textShown, textInvisible] = [textShown + text.textShown, textInvisible + text.textInvisible];
      const fontName = new Map<string, string>();
      const runs: PdfRun[] = [];
      for (const item of content.items as TextItem[]) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as [number, number, number, number, number, number];
        // Rotated text is a stamp or a watermark, not the document's.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
        if (!fontName.has(item.fontName)) {
          let name = '';
          try {
            name = (page.commonObjs.get(item.fontName) as { name?: string } | null)?.name ?? '';
          } catch {
            // A font pdf.js could not load: the text is still read, as regular.
          }
          fontName.set(item.fontName, name);
        }
        const font = fontName.get(item.fontName)!;
        characters += item.str.trim().length;
        // An old file's text in .VnTime or VNI-Times: its bytes are another alphabet's letters.
        const base = font.replace(/^[A-Z]{6}\+/, '').replace(/[,-](bold|italic|oblique|regular).*$/i, '');
        const encoding = encodingOfFont(base);
        if (encoding) converted.add(encoding);
        const text = encoding ? fromLegacyFont(item.str, encoding, base) : item.str;
        runs.push({
          text: repairPdfLetters(text.normalize('NFC')),
          x,
          y,
          width: item.width,
          size: Math.abs(d) || item.height,
          bold: /bold|black|heavy|semibold|demi/i.test(font),
          italic: /italic|oblique/i.test(font),
        });
      }
      pages.push({ width, height, runs, rules });
      page.cleanup();
    }
    if (characters < MIN_CHARACTERS_PER_PAGE * document.numPages) throw refuse(pdfProblems.scan);
    // Most of the text unseen, or a scanner's program named: the text is OCR's reading of a picture.
    if (textInvisible > textShown / 2 || SCANNER.test(`${info.Creator ?? ''} ${info.Producer ?? ''}`)) {
      // The first page's longest piece of text as OCR read it, for the clerk to see.
      const longest = (pages[0]?.runs ?? []).reduce((best, run) => (run.text.trim().length > best.length ? run.text.trim() : best), '');
      throw refuse(pdfProblems.ocr(longest));
    }
    // A legacy font the PDF does not name (the maker put another in its place): the text's own letters tell.
    if (converted.size === 0) {
      const encoding = convertLegacy(pages.flatMap((p) => p.runs.map((r) => r.text)).join(' '), 'auto').encoding;
      if (encoding) {
        converted.add(encoding);
        for (const page of pages)
          for (const run of page.runs) if (!isUnicodeAlready(run.text)) run.text = convertLegacy(run.text, encoding).text.normalize('NFC');
      }
    }
    const glyphNumbers = brokenLetterWords(pages.flatMap((p) => p.runs.map((r) => r.text)));
    if (glyphNumbers.share > GLYPH_NUMBERS_SHARE) throw refuse(pdfProblems.glyphNumbers(glyphNumbers.examples.join(' ')));
    return { ...pdfToWordSource(pages), converted: [...converted] };
  } finally {
    await document.destroy();
  }
}
