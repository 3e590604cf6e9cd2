/**
 * How a data table shares the text width between its columns — one rule for the Word file
 * (export/docx/body.ts) and the page count (page-count.ts). Each column gets at least the room of
 * its longest word (bold in the header row), measured with Times New Roman's advance widths as
 * the header lines are, so that Word never breaks inside a word ("STT" as "ST/T"); the rest is
 * shared by how much each column holds (bounded, so a name column is not squeezed to the width
 * of a column of numbers).
 */
import { measureTextPt } from '../the-thuc/text-width';

/** A data table cell's margins left and right together: 80 twips (4 pt) each side. */
export const CELL_MARGINS_PT = 8;
/** Room kept beyond the measured word: widths are rounded to twips, and Word's kerning differs by a hair. */
const SLACK_PT = 1;

const longestWordPt = (text: string, sizePt: number, bold: boolean) =>
  Math.max(0, ...text.split(/\s+/).map((word) => (word === '' ? 0 : measureTextPt(word, sizePt, { bold }))));

/** Widths in pt, summing to `widthPt`; `rows[0]` is the header row. */
export function tableColumnsPt(rows: readonly (readonly string[])[], widthPt: number, textPt: number): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const cell = (r: readonly string[], c: number) => r[c] ?? '';
  const weights = Array.from({ length: columns }, (_, c) => Math.min(40, Math.max(5, ...rows.map((r) => cell(r, c).length))));
  const least = Array.from(
    { length: columns },
    (_, c) => Math.max(...rows.map((r, i) => longestWordPt(cell(r, c), textPt, i === 0))) + CELL_MARGINS_PT + SLACK_PT,
  );
  const needed = least.reduce((a, b) => a + b, 0);
  // Words that cannot all fit whatever the widths: shared by need (Word will break some).
  if (needed >= widthPt) return least.map((l) => (widthPt * l) / needed);
  // Columns held at their least width; the rest share what is left by weight, until none is too narrow.
  const held = new Set<number>();
  for (;;) {
    const free = widthPt - [...held].reduce((sum, c) => sum + least[c]!, 0);
    const weightLeft = weights.reduce((sum, w, c) => (held.has(c) ? sum : sum + w), 0);
    const widths = weights.map((w, c) => (held.has(c) ? least[c]! : (free * w) / weightLeft));
    const tooNarrow = widths.map((w, c) => (!held.has(c) && w < least[c]! ? c : -1)).filter((c) => c >= 0);
    if (tooNarrow.length === 0) return widths;
    tooNarrow.forEach((c) => held.add(c));
  }
}
