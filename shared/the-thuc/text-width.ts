/**
 * How wide a line of Times New Roman is: the exporter measures with it where to break a long
 * cơ quan name and how long to draw the rules; the checker measures with it whether a header
 * line wraps in its cell. One table for both (times-metrics.ts, from Liberation Serif 2, which
 * has Times New Roman's advance widths), so they agree. Word does not kern by default.
 */
import { foldVietnamese } from '../text/fold';
import type { LineSpacing } from './layout-profile';
import { ADVANCES, CHARACTERS, SINGLE_LINE_EM, UNITS_PER_EM } from './times-metrics';
import { ptToMm } from './units';

export interface FontFace {
  bold?: boolean;
  italic?: boolean;
}

type StyleKey = keyof typeof ADVANCES;
const tables = new Map<StyleKey, Map<string, number>>();

function table(face: FontFace): Map<string, number> {
  const key: StyleKey = face.bold ? (face.italic ? 'boldItalic' : 'bold') : face.italic ? 'italic' : 'regular';
  let widths = tables.get(key);
  if (!widths) {
    const advances = ADVANCES[key].split(',').map(Number);
    widths = new Map([...CHARACTERS].map((c, i) => [c, advances[i] as number]));
    tables.set(key, widths);
  }
  return widths;
}

/** Advance of one character in em; a character outside the table counts as its base letter, else as an "n". */
function advanceEm(widths: Map<string, number>, ch: string): number {
  const units = widths.get(ch) ?? widths.get(foldVietnamese(ch)) ?? (widths.get('n') as number);
  return units / UNITS_PER_EM;
}

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function measureTextPt(text: string, sizePt: number, face: FontFace = {}): number {
  const widths = table(face);
  let em = 0;
  for (const ch of text.normalize('NFC')) em += advanceEm(widths, ch);
  return em * sizePt;
}

/** Width in millimetres of `text` set in Times New Roman at `sizePt`. */
export function measureTextMm(text: string, sizePt: number, face: FontFace = {}): number {
  return ptToMm(measureTextPt(text, sizePt, face));
}

/** Height in points of one line of text at `sizePt` with the given spacing (as Word lays it out). */
export function lineHeightPt(sizePt: number, line: LineSpacing = { kind: 'multiple', value: 1 }): number {
  return line.kind === 'exact' ? line.pt : sizePt * SINGLE_LINE_EM * line.value;
}
