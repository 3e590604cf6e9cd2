/**
 * Numbered lines that mix titles and sentences. An office numbers the items of a part in one run
 * whether an item is a sentence ("6. Chủ đầu tư: Tổng công ty Khoáng sản TKV.") or a title with
 * its own lines under it ("7. Giá trị dự toán xây dựng công trình:"). The reader takes the second
 * for a part, and the export numbers parts by position: "6., 1., 2., 9." where the office wrote
 * 6 to 9 — a jump the văn thư sends back. Such a title, going on a written run of numbered
 * sentences, is kept as a numbered line of text: its number as written, its lines after it. So are
 * the titles a numbered sentence goes on from, when the export would number them otherwise (a run
 * that goes on across parts: "1." under I., "2."–"6." under II.).
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

/** A line that opens a parent of the titles at `level`: a part, or a title of a higher level. */
const isParentOf = (line: ImportLine, level: number) => line.role === 'part' || (line.role === 'heading' && (line.level ?? 1) < level);

/** The nearest line before `at`, in the same parent part, numbered in `scheme` (a title of another level is not). */
function runBefore(lines: readonly ImportLine[], at: number, level: number, scheme: string): { line: ImportLine; ordinal: number } | null {
  let before: { line: ImportLine; ordinal: number } | null = null;
  for (let k = at - 1; k >= 0; k -= 1) {
    const other = lines[k]!;
    if (isParentOf(other, level)) break;
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
    const parent = nearest(lines, at - 1, -1, (l) => isParentOf(l, level));
    const parentLabel = parent ? ordinalOf(parent.source) : null;
    const ownedByTitle = parentLabel?.scheme === 'decimal' && (own.scheme === 'letter' || (own.under !== undefined && parentLabel.ordinal === own.under));
    const item = own.under !== undefined || own.scheme === 'letter' ? runBefore(lines, at, level, 'decimal') : null;
    const underSentence = item?.line.role === 'paragraph' && !ownedByTitle;
    if (!goesOn && !underSentence) return;
    keepAsText(line);
    changed = true;
  });
  lines.forEach((line, at) => {
    if (line.role !== 'paragraph') return;
    const run = titlesBefore(lines, at);
    if (run.length === 0) return;
    for (const title of run) keepAsText(title);
    changed = true;
  });
  return changed;
}

function keepAsText(line: ImportLine): void {
  line.role = 'paragraph';
  line.note = 'Giữ số như văn bản: mục có số nằm giữa các câu có số cùng dãy';
  keepLabel(line);
}

/** Where the export numbers a title: its place among the titles of its level under the same parent, from 1. */
function exportedOrdinal(lines: readonly ImportLine[], at: number, level: number): number {
  let ordinal = 1;
  for (let k = at - 1; k >= 0; k -= 1) {
    const other = lines[k]!;
    if (isParentOf(other, level)) break;
    if (other.role === 'heading' && (other.level ?? 1) === level) ordinal += 1;
  }
  return ordinal;
}

/**
 * The titles a numbered sentence goes on from ("4. Sửa đổi điểm 5.1 như sau:" … "5. Bãi bỏ điểm 5.2."),
 * back along their run, when the export would number them otherwise than written — a run that goes
 * on across parts ("1." under I., "2."–"6." under II.) — so that the sentence's own number would jump
 * from theirs. Empty when the export numbers them as written (a báo cáo's "1.", "2." titles and a
 * "3. …" sentence stay as they are), or when a title of the run has parts under it.
 */
function titlesBefore(lines: readonly ImportLine[], at: number): ImportLine[] {
  const own = ordinalOf(lines[at]!.source);
  if (!own || own.ordinal <= 1 || own.under !== undefined) return [];
  const run: { line: ImportLine; at: number; ordinal: number }[] = [];
  let expected = own.ordinal - 1;
  for (let k = at - 1; k >= 0 && expected >= 1; k -= 1) {
    const other = lines[k]!;
    if (other.role === 'part') break;
    if (other.role !== 'heading' && other.role !== 'paragraph') continue;
    const label = ordinalOf(other.source);
    const inRun = label?.scheme === own.scheme && label.ordinal === expected;
    if (other.role === 'paragraph') {
      // A sentence of the run between its titles ("3. … ." between "2." and "4."): the run goes on back.
      if (inRun) expected -= 1;
      continue;
    }
    const level = run[0]?.line.level ?? other.level ?? 1;
    if (!inRun || (other.level ?? 1) !== level) {
      // A title inside a title of the run is one of its parts: that title keeps its place, and so the run.
      if (run.length > 0 && (other.level ?? 1) > level) return [];
      break;
    }
    run.push({ line: other, at: k, ordinal: expected });
    expected -= 1;
  }
  if (run.length === 0) return [];
  const level = run[0]!.line.level ?? 1;
  return run.some((r) => exportedOrdinal(lines, r.at, level) !== r.ordinal) ? run.map((r) => r.line) : [];
}
