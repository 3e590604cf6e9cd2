/**
 * A born-digital PDF's pages, as positioned pieces of text, turned into what the Word importer
 * reads (`WordSource`): paragraphs in reading order with bold/italic runs and alignment, lines
 * re-joined into their paragraphs, and the two-column blocks of an official document — the
 * header (cơ quan | Quốc hiệu; số | địa danh, ngày) and the signature (Nơi nhận | người ký) —
 * as two-cell tables, the way Word lays them out; ruled tables (ruled-tables.ts) cell by cell.
 * Page numbers are dropped; a footnote goes onto the word its raised number follows, and small
 * print with no number after the paragraph it interrupts, so a paragraph running over the page
 * is not cut. The pages' lines are page-lines.ts's.
 *
 * Written by hand: pdf.js gives positioned text, and no library turns a Vietnamese official
 * document's page into its paragraphs and header blocks.
 */
import type { Run } from '../report-format/schema';
import { paragraphOf, type SourceItem, type SourceParagraph, type WordSource } from '../word-import/source';
import {
  finalRuns,
  isPageNumber,
  linesOf,
  median,
  pushRun,
  runsOfLine,
  SPACE,
  STARTS_ITEM,
  textOfLine,
  textOfSegments,
  trimRuns,
  type Line,
  type PdfPage,
  type PdfRun,
  type Segment,
} from './page-lines';
import { gridsOf, insideGrid, tableOf } from './ruled-tables';

/** The body's frame: its left margin, right edge, middle, usual line pitch and font size. */
interface Frame {
  left: number;
  right: number;
  middle: number;
  pitch: number;
  size: number;
}

/** The smallest (or, from the right, largest) position that at least two lines share: a margin, not a stray line. */
function sharedEdge(values: readonly number[], tolerance: number, fromRight: boolean): number | null {
  const sorted = [...values].sort((a, b) => (fromRight ? b - a : a - b));
  return sorted.find((v, i) => sorted.slice(i + 1, i + 50).some((w) => Math.abs(w - v) <= tolerance)) ?? null;
}

function frameOf(lines: readonly Line[]): Frame {
  const size = median(lines.map((l) => l.size)) || 12;
  const left =
    sharedEdge(
      lines.map((l) => l.x),
      1,
      false,
    ) ?? Math.min(...lines.map((l) => l.x));
  const right =
    sharedEdge(
      lines.map((l) => l.right),
      2,
      true,
    ) ?? Math.max(...lines.map((l) => l.right));
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (lines[i]!.page === lines[i - 1]!.page && gap > 0 && gap < size * 3) pitches.push(gap);
  }
  return { left, right, middle: (left + right) / 2, pitch: median(pitches) || size * 1.2, size };
}

/**
 * Two columns on one line: a part on the left, the widest gap, a part on the right, across the
 * middle. A draft's blanks for the văn thư ("Số:      /SCT-CN", "ngày    tháng 3") part each side
 * once more.
 */
const isSplit = (line: Line, frame: Frame) =>
  line.segments.length >= 2 && line.segments.length <= 5 && line.segments[0]!.x < frame.middle && line.segments.at(-1)!.right > frame.middle;

/** Between the two columns of a split line: the middle of its widest gap, and where the right column starts. */
interface Gutter {
  at: number;
  rightStart: number;
}

function gutterOf(line: Line): Gutter {
  let best = 0;
  for (let k = 1; k < line.segments.length; k += 1)
    if (line.segments[k]!.x - line.segments[k - 1]!.right > line.segments[best + 1]!.x - line.segments[best]!.right) best = k - 1;
  const leftEnd = line.segments[best]!.right;
  const rightStart = line.segments[best + 1]!.x;
  return { at: (leftEnd + rightStart) / 2, rightStart };
}

/**
 * A line wholly on one side of the gutter: a line of the header's or the signature's columns. A
 * left column's line may reach past the gutter's middle (a V/v wider than the cơ quan's name above
 * it) as long as it ends before the right column starts.
 */
const oneSided = (line: Line, gutter: Gutter, frame: Frame) =>
  (line.right < Math.max(gutter.at + frame.size * 0.5, gutter.rightStart - frame.size * 0.5) || line.x > gutter.at - frame.size * 0.5) &&
  // "BÁO CÁO" under the header stands in the page's middle, not in a column.
  Math.abs((line.x + line.right) / 2 - frame.middle) > frame.size * 1.5;

const isFull = (line: Line, frame: Frame) => line.right >= frame.right - frame.size * 1.5 && line.x <= frame.left + frame.size * 0.6;
const isCentered = (line: Line, frame: Frame) =>
  Math.abs((line.x + line.right) / 2 - frame.middle) < frame.size * 1.5 &&
  line.x > frame.left + frame.size * 0.5 &&
  // A first line indented and running to the margin is justified text, not a centered one.
  line.right < frame.right - frame.size * 0.5 &&
  line.segments.length === 1;

/**
 * The line was broken because the next line's first word did not fit: it reaches the right
 * margin less that word's width (estimated from the next line's own letters).
 */
function filledUp(line: Line, next: Line, frame: Frame): boolean {
  const text = textOfLine(next);
  const firstWord = text.split(' ')[0] ?? '';
  const perChar = (next.right - next.x) / Math.max(1, text.length);
  return line.right + perChar * (firstWord.length + 1) > frame.right - frame.size * 0.5;
}

function alignOf(line: Line, frame: Frame): SourceParagraph['align'] {
  if (isCentered(line, frame)) return 'center';
  if (line.right >= frame.right - frame.size && line.x > frame.middle) return 'right';
  return isFull(line, frame) ? 'both' : 'left';
}

/** A line that ends in a hyphen inside a word ("2020-", "QĐ-"): its word goes on at the next line's start, with no space. */
const BROKEN_AFTER_HYPHEN = /[\p{L}\p{N}]-$/u;

/** A line drawn with characters ("______", "-----", "*"): under a title, never part of it. */
const RULE_TEXT = /^[_\-–—=*.\s]+$/;
function paragraphFrom(lines: readonly Line[], frame: Frame): SourceParagraph {
  const runs: Run[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0 && !BROKEN_AFTER_HYPHEN.test(textOfLine(lines[i - 1]!))) pushRun(runs, SPACE);
    for (const r of runsOfLine(line)) pushRun(runs, r);
  }
  const clean = finalRuns(trimRuns(runs));
  const text = clean.map((r) => r.text).join('');
  const first = lines[0]!;
  const align = lines.length > 1 && alignOf(first, frame) === 'both' ? 'both' : alignOf(first, frame);
  return paragraphOf(text, { runs: clean, align });
}

/**
 * Two-column lines (header, signature) as one row of two cells, a paragraph per line in each — but
 * a line that goes on with a small letter continues the one above, and so does every line under a
 * "V/v" (a trích yếu wrapped in its column).
 */
function twoColumnTable(lines: readonly Line[], gutter: Gutter): SourceItem {
  const left: Segment[][] = [];
  const right: Segment[][] = [];
  const add = (cell: Segment[][], part: Segment[]) => {
    if (part.length === 0) return;
    const above = cell.at(-1);
    // A trích yếu ("V/v …") is the last line of its column: what follows it there is its own words, "KTAT VLNCN" too.
    if (above && (/^\p{Ll}/u.test(textOfSegments(part)) || /^V\/v\s/i.test(textOfSegments(above)))) above.push(...part);
    else cell.push([...part]);
  };
  const cellParagraph = (segments: Segment[]) => {
    const runs: Run[] = [];
    for (const [i, s] of segments.entries()) {
      if (i > 0) pushRun(runs, SPACE);
      for (const r of s.runs) pushRun(runs, r);
    }
    const clean = finalRuns(runs);
    return paragraphOf(clean.map((r) => r.text).join(''), { runs: clean, align: 'center' });
  };
  for (const line of lines) {
    const leftPart = line.segments.filter((s) => (s.x + s.right) / 2 < gutter.at);
    add(left, leftPart);
    add(
      right,
      line.segments.filter((s) => !leftPart.includes(s)),
    );
  }
  return { kind: 'table', rows: [[left.map(cellParagraph), right.map(cellParagraph)]] };
}

/**
 * Footnotes into place: a page's small print that begins with a raised number is that number's
 * note; a raised number in the page's text with a note is the note's mark, and the note goes onto
 * the run before it (as a Word file's footnote reads). The notes placed leave `footnotes`; what
 * is left (a note with no mark, print with no number) is read after the text.
 */
function placeFootnotes(body: readonly Line[], footnotes: Line[]): void {
  const notes = new Map<string, { text: string; lines: Line[] }>();
  let current: { text: string; lines: Line[] } | null = null;
  for (const line of footnotes) {
    const runs = runsOfLine(line);
    const mark = runs[0]?.sup ? runs[0].text.trim() : null;
    const text = runs
      .slice(mark ? 1 : 0)
      .map((r) => r.text)
      .join('')
      .trim();
    if (mark) {
      current = { text, lines: [line] };
      notes.set(`${line.page}:${mark}`, current);
    } else if (current && current.lines[0]!.page === line.page) {
      current.text += ` ${text}`;
      current.lines.push(line);
    } else current = null;
  }
  const placed = new Set<Line>();
  for (const line of body)
    for (const segment of line.segments)
      segment.runs = segment.runs.map((run) => {
        const note = run.sup ? notes.get(`${line.page}:${run.text.trim()}`) : undefined;
        if (!note || note.lines.some((l) => placed.has(l))) return run;
        for (const l of note.lines) placed.add(l);
        return { text: '', footnote: note.text };
      });
  footnotes.splice(0, footnotes.length, ...footnotes.filter((l) => !placed.has(l)));
}

/** The document's paragraphs and tables in reading order. */
export function pdfToWordSource(pages: readonly PdfPage[]): WordSource {
  const all: Line[] = [];
  const footnotes: Line[] = [];
  const tables: Line[] = [];
  pages.forEach((page, index) => {
    const grids = gridsOf(page.rules ?? []);
    const inTable = (run: PdfRun) => grids.find((g) => insideGrid(run, g));
    for (const grid of grids) {
      const table = tableOf(
        grid,
        page.runs.filter((r) => inTable(r) === grid),
        index,
      );
      if (table.table?.kind === 'table' && table.table.rows.length > 0) tables.push(table);
    }
    const lines = linesOf({ ...page, runs: page.runs.filter((r) => !inTable(r)) }, index).filter((l) => !isPageNumber(l, page));
    all.push(...lines);
  });
  if (all.length === 0 && tables.length === 0) return { items: [], textOnly: false, converted: [] };
  const frame = frameOf(all.length > 0 ? all : tables);
  // The small print under a page's body (footnotes): read after the text, not in the middle of a paragraph.
  const body: Line[] = [];
  for (let p = 0; p < pages.length; p += 1) {
    const lines = all.filter((l) => l.page === p);
    let cut = lines.length;
    while (cut > 0 && lines[cut - 1]!.size < frame.size * 0.88) cut -= 1;
    if (cut > 0 && cut < lines.length) {
      for (const l of lines.slice(cut)) footnotes.push({ ...l, footnote: true });
      body.push(...lines.slice(0, cut));
    } else body.push(...lines);
  }
  placeFootnotes(body, footnotes);
  // The tables in the flow where they stand.
  for (const table of tables) {
    const at = body.findIndex((l) => l.page > table.page || (l.page === table.page && l.y < table.y));
    body.splice(at < 0 ? body.length : at, 0, table);
  }

  const items: SourceItem[] = [];
  let i = 0;
  const gapBefore = (at: number) => (body[at - 1] && body[at - 1]!.page === body[at]!.page ? body[at - 1]!.y - body[at]!.y : frame.pitch);
  // A page's footnotes come after the paragraph that runs over its foot: before the first item that starts on a later page.
  const emitFootnotes = (beforePage: number) => {
    while (footnotes.length > 0 && footnotes[0]!.page < beforePage) items.push(paragraphFrom([footnotes.shift()!], frame));
  };
  while (i < body.length) {
    const line = body[i]!;
    emitFootnotes(line.page);
    if (line.table) {
      items.push(line.table);
      i += 1;
      continue;
    }
    // A two-column block (the header, the signature): a split line, the one-sided lines around it.
    const seed = isSplit(line, frame) ? line : body[i + 1] && !body[i + 1]!.table && isSplit(body[i + 1]!, frame) ? body[i + 1]! : null;
    const gutter = seed ? gutterOf(seed) : { at: 0, rightStart: 0 };
    if (seed && (seed === line || (oneSided(line, gutter, frame) && body[i + 1]!.page === line.page && gapBefore(i + 1) < frame.pitch * 1.3))) {
      const block: Line[] = [line];
      let j = i + 1;
      while (
        j < body.length &&
        !body[j]!.table &&
        body[j]!.page === line.page &&
        gapBefore(j) < frame.pitch * 2.6 &&
        (isSplit(body[j]!, frame) || oneSided(body[j]!, gutter, frame))
      ) {
        block.push(body[j]!);
        j += 1;
      }
      items.push(twoColumnTable(block, gutter));
      i = j;
      continue;
    }
    // A paragraph: the lines that run on from this one.
    const lines: Line[] = [line];
    let j = i + 1;
    while (j < body.length) {
      const previous = lines.at(-1)!;
      const next = body[j]!;
      if (next.table) break;
      const samePage = next.page === previous.page;
      // "… ÁP DỤNG TỪ NĂM 2020-" / "2024 …": the line was broken inside a word; the next one goes on with it.
      const brokenInWord = BROKEN_AFTER_HYPHEN.test(textOfLine(previous)) && /^[\p{L}\p{N}]/u.test(textOfLine(next));
      const runsOn =
        !RULE_TEXT.test(textOfLine(next)) &&
        !isSplit(next, frame) &&
        !isSplit(previous, frame) &&
        !STARTS_ITEM.test(textOfLine(next)) &&
        (samePage ? gapBefore(j) <= frame.pitch * 1.3 : true) &&
        (brokenInWord ||
          (filledUp(previous, next, frame) && next.x <= frame.left + frame.size * 0.6) ||
          // A centered title over two lines: both centered, the same weight, the first one long.
          (isCentered(previous, frame) &&
            isCentered(next, frame) &&
            samePage &&
            previous.right - previous.x > (frame.right - frame.left) * 0.55 &&
            !!previous.segments[0]!.runs[0]?.bold === !!next.segments[0]!.runs[0]?.bold));
      if (!runsOn) break;
      lines.push(next);
      j += 1;
    }
    items.push(paragraphFrom(lines, frame));
    i = j;
  }
  emitFootnotes(Number.POSITIVE_INFINITY);
  return { items, textOnly: false, converted: [] };
}
