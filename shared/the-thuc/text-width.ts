/**
 * A rough measure of how wide a line of Times New Roman is, for drawing the rules under header
 * lines at the lengths the rules ask (same as the tiêu ngữ; 1/3–1/2 of the issuing body).
 * Widths are Times New Roman advance widths in em, grouped by letter shape; Vietnamese marks
 * do not change a letter's advance, so letters are measured by their base letter.
 */
import { foldVietnamese } from '../text/fold';

const NARROW = new Set('iljtfr.,;:!\'|()[]/- ');
const WIDE_UPPER = new Set('MW');
const WIDE_LOWER = new Set('mw');

function charWidthEm(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25;
  if (NARROW.has(ch)) return bold ? 0.36 : 0.3;
  if (/[0-9]/.test(ch)) return 0.5;
  if (WIDE_UPPER.has(ch)) return 0.94;
  if (WIDE_LOWER.has(ch)) return bold ? 0.83 : 0.78;
  if (/[A-Z]/.test(ch)) return bold ? 0.74 : 0.7;
  if (/[a-z]/.test(ch)) return bold ? 0.52 : 0.47;
  return 0.5;
}

/** Estimated width in millimetres of `text` set in Times New Roman at `sizePt`. */
export function estimateTextWidthMm(text: string, sizePt: number, bold = false): number {
  const base = foldVietnamese(text);
  let em = 0;
  for (const ch of base) em += charWidthEm(ch, bold);
  return (em * sizePt * 25.4) / 72;
}
