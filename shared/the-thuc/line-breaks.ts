/**
 * How Word breaks a paragraph into lines: words measured with the font's widths, a space after a
 * word hanging past the margin, a word longer than a line taking lines of its own. The page count
 * and the export's layout decisions (names level in a row of signatures) count lines with it.
 */
import { measureTextPt, type FontFace } from './text-width';

export interface Word {
  width: number;
  space: number;
  size: number;
}

/** The words of a paragraph's runs with their widths (a space after a word hangs past the margin, as in Word). */
export function wordsOf(runs: readonly { text: string; face: FontFace; size: number }[]): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  for (const run of runs) {
    for (const piece of run.text.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^\s+$/.test(piece)) {
        if (current) current.space += measureTextPt(piece.replace(/\s/g, ' '), run.size, run.face);
        current = null;
        continue;
      }
      const width = measureTextPt(piece, run.size, run.face);
      if (current && current.space === 0) {
        // A word split across runs (a bold letter inside it) is one word.
        current.width += width;
        current.size = Math.max(current.size, run.size);
      } else {
        current = { width, space: 0, size: run.size };
        words.push(current);
      }
    }
  }
  return words;
}

/** The lines a paragraph breaks into, each with the largest size on it. */
export function breakLines(words: readonly Word[], width: number, firstLineIndent: number, size: number): number[] {
  if (words.length === 0) return [size];
  const sizes: number[] = [];
  let used = 0;
  let lineSize = 0;
  let room = width - firstLineIndent;
  let started = false;
  for (const word of words) {
    if (started && used + word.width > room + 0.01) {
      sizes.push(lineSize);
      used = 0;
      lineSize = 0;
      room = width;
    }
    // A word longer than a line takes lines of its own.
    let w = word.width;
    while (w > room && used === 0 && room > 0) {
      sizes.push(Math.max(lineSize, word.size));
      w -= room;
      room = width;
    }
    used += w + word.space;
    lineSize = Math.max(lineSize, word.size);
    started = true;
  }
  sizes.push(lineSize || size);
  return sizes;
}

/** How many lines one line of text in one style takes in `widthPt`. */
export function lineCount(text: string, sizePt: number, face: FontFace, widthPt: number): number {
  return breakLines(wordsOf([{ text, face, size: sizePt }]), widthPt, 0, sizePt).length;
}
