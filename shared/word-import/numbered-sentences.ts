/**
 * Numbered lines that mix titles and sentences. An office numbers the items of a part in one run
 * whether an item is a sentence ("6. Chủ đầu tư: Tổng công ty Khoáng sản TKV.") or a title with
 * its own lines under it ("7. Giá trị dự toán xây dựng công trình:"). The reader takes the second
 * for a part, and the export numbers parts by position: "6., 1., 2., 9." where the office wrote
 * 6 to 9 — a jump the văn thư sends back. Such a title, going on a written run of numbered
 * sentences, is kept as a numbered line of text: its number as written, its lines after it.
 */
import type { ImportLine } from './lines';
import { follows, labelOf, labelValue } from './recognisers/outline-labels';
import { keepLabel } from './regenerated';

/**
 * The place in its run of a label the export would write again ("7." → 7, "c)" → 3, "5.2." → 2 in
 * the run under 5), or null; `under` is the number of the item a "5.2." belongs to.
 */
function ordinalOf(text: string): { scheme: string; ordinal: number; under?: number } | null {
  const label = labelOf(text.trim());
  if (!label) return null;
  const written = text.trim().slice(0, label.length);
  if (label.scheme === 'decimal' || label.scheme === 'decimal-dash' || label.scheme === 'letter') {
    const ordinal = labelValue(written, label.scheme);
    return ordinal === null ? null : { scheme: label.scheme, ordinal };
  }
  if (label.scheme === 'decimal2') {
    const [under, ordinal] = written.split('.').map((n) => Number.parseInt(n, 10));
    return { scheme: `decimal2 under ${under}`, ordinal: ordinal!, under };
  }
  return null;
}

/** The nearest line before `at`, in the same parent part, numbered in `scheme` (a title of another level is not). */
function runBefore(lines: readonly ImportLine[], at: number, level: number, scheme: string): { line: ImportLine; ordinal: number } | null {
  let before: { line: ImportLine; ordinal: number } | null = null;
  for (let k = at - 1; k >= 0; k -= 1) {
    const other = lines[k]!;
    if (other.role === 'part' || (other.role === 'heading' && (other.level ?? 1) < level)) break;
    if (other.role !== 'heading' && other.role !== 'paragraph') continue;
    const label = ordinalOf(other.source);
    if (label?.scheme !== scheme) continue;
    if (other.role === 'heading' && (other.level ?? 1) !== level) continue;
    before ??= { line: other, ordinal: label.ordinal };
    if (other.role === 'heading') {
      // A title of the run before the sentence: the sentence must go on from it, not start a list of its own.
      if (before.line !== other && label.ordinal >= before.ordinal) before = null;
      break;
    }
  }
  return before;
}

const isTitle = (line: ImportLine) => line.role === 'heading' || line.role === 'part';

/** The first line from `from` going by `step` (1 or -1) that `wanted` picks — found in place, the lines not copied (a thông tư holds thousands). */
function nearest(lines: readonly ImportLine[], from: number, step: 1 | -1, wanted: (line: ImportLine) => boolean): ImportLine | undefined {
  for (let k = from; k >= 0 && k < lines.length; k += step) if (wanted(lines[k]!)) return lines[k];
  return undefined;
}

/** Turns such titles into numbered lines of text, each with a note for the review. Returns true when any changed. */
export function keepNumbersAmongSentences(lines: ImportLine[]): boolean {
  let changed = false;
  lines.forEach((line, at) => {
    if (line.role !== 'heading') return;
    const own = ordinalOf(line.source);
    if (!own) return;
    const level = line.level ?? 1;
    // Its parts under it would lose their place: a title with sub-parts stays a title.
    const next = nearest(lines, at + 1, 1, isTitle);
    if (next && next.role === 'heading' && (next.level ?? 1) > level) return;
    // The line before it in the run, within its parent part: a sentence numbered one less, after
    // any title of the same run (a list of sentences inside the part before is not the run).
    const before = own.ordinal > 1 ? runBefore(lines, at, level, own.scheme) : null;
    const goesOn = before?.line.role === 'paragraph' && follows(before.ordinal, own.ordinal, own.scheme);
    // "5.1." under a sentence numbered 5 (or 4, as an office mistypes it), "a)" under a sentence
    // numbered 1: an item of a sentence is no part either — unless a title numbered so is its part.
    const parent = nearest(lines, at - 1, -1, (l) => l.role === 'part' || (l.role === 'heading' && (l.level ?? 1) < level));
    const parentLabel = parent ? ordinalOf(parent.source) : null;
    const ownedByTitle = parentLabel?.scheme === 'decimal' && (own.scheme === 'letter' || (own.under !== undefined && parentLabel.ordinal === own.under));
    const item = own.under !== undefined || own.scheme === 'letter' ? runBefore(lines, at, level, 'decimal') : null;
    const underSentence = item?.line.role === 'paragraph' && !ownedByTitle;
    if (!goesOn && !underSentence) return;
    line.role = 'paragraph';
    line.note = 'Giữ số như văn bản: mục có số nằm giữa các câu có số cùng dãy';
    keepLabel(line);
    changed = true;
  });
  return changed;
}
