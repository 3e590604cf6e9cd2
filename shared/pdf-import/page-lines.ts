/**
 * A PDF page's positioned pieces of text (from pdf.js) as lines: pieces on one baseline joined,
 * a space where the gap is one, a line split into segments where a gap is a column's, a small
 * number raised over a line kept in it as a footnote's mark, and the line's runs joined by the
 * project's one rule. What the lines mean — paragraphs, columns, tables — is pdf-layout.ts's.
 */
import type { Run } from '../report-format/schema';
import { appendRun } from '../domain/report';
import type { SourceItem } from '../word-import/source';

/** A piece of text as the PDF places it: its baseline's left end (y up from the page's foot), width, size. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Set by the layout: a small raised number over a line — a footnote's mark. */
  sup?: boolean;
}

/** A straight line the page draws (a table's border), in the page's space. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
  rules?: PdfRule[];
}

export interface Segment {
  x: number;
  right: number;
  runs: LayoutRun[];
  text: string;
}

export interface Line {
  /** A ruled table standing here in the flow (its text is not in the lines). */
  table?: SourceItem;
  page: number;
  y: number;
  size: number;
  segments: Segment[];
  x: number;
  right: number;
  /** Smaller print at the page's foot, below the body. */
  footnote?: boolean;
}

/** Words further apart than this (in font sizes) are in different columns. */
const COLUMN_GAP = 1.6;
/** A space wider than this (in font sizes) stands between columns (Word writes a tab's gap as one wide space). */
const WIDE_SPACE = 1.2;
/** A gap wider than this (in font sizes) between two pieces is a space. */
const SPACE_GAP = 0.2;

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

/** A run as the layout carries it: a superscript number (a footnote's mark) is kept apart until it is matched to its note. */
export interface LayoutRun extends Run {
  sup?: boolean;
}

/**
 * A run added to a paragraph's runs by the project's one rule for joining runs (`appendRun`: the
 * same marks join, never past a footnote's number), with what a PDF adds: a footnote's bare mark
 * goes on the run before it whatever that run's marks, and a raised number stays apart from the
 * text until `placeFootnotes` matches it to its note.
 */
export function pushRun(runs: LayoutRun[], run: LayoutRun): void {
  const last = runs.at(-1);
  if (run.text === '' && run.footnote !== undefined && last && last.footnote === undefined) last.footnote = run.footnote;
  else if (run.sup || last?.sup) runs.push({ ...run });
  else appendRun(runs, run);
}

const styled = (text: string, run: Pick<PdfRun, 'bold' | 'italic' | 'sup'>): LayoutRun => ({
  text,
  ...(run.bold ? { bold: true } : {}),
  ...(run.italic ? { italic: true } : {}),
  ...(run.sup ? { sup: true } : {}),
});
export const SPACE: LayoutRun = { text: ' ' };

/** Pieces on one baseline, left to right, split into segments where a wide gap stands. */
function segmentsOf(runs: readonly PdfRun[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let columnBreak = false;
  // Where the text before a footnote's mark ends, and how wide the marks since are: the gap after a mark is measured from the text.
  let textRight = 0;
  let marksWidth = 0;
  // A space the PDF writes between two pieces: a word break however narrow a tight line makes it.
  let spaceWritten = false;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const text = run.text.replace(/\u00ad/g, '');
    // A space is no text: Word writes the gap between "Số 06-HD/TW" and "Hà Nội, ngày …" as one wide space.
    if (text.trim() === '') {
      if (current && run.width > WIDE_SPACE * run.size) columnBreak = true;
      else if (current) spaceWritten = true;
      continue;
    }
    const gap = current ? (marksWidth > 0 && !run.sup ? run.x - textRight - marksWidth : run.x - current.right) : 0;
    const spaced = spaceWritten;
    spaceWritten = false;
    if (!current || columnBreak || gap > COLUMN_GAP * run.size) {
      columnBreak = false;
      current = { x: run.x, right: run.x + run.width, runs: [], text: '' };
      segments.push(current);
    } else if (
      !run.sup &&
      (spaced || gap > SPACE_GAP * run.size || /^\s/.test(run.text) || /\s$/.test(current.text)) &&
      !/\s$/.test(current.text) &&
      !/^\s/.test(text)
    ) {
      pushRun(current.runs, styled(' ', run));
      current.text += ' ';
    }
    pushRun(current.runs, styled(text, run));
    current.text += text;
    current.right = Math.max(current.right, run.x + run.width);
    if (run.sup) marksWidth += run.width;
    else [textRight, marksWidth] = [run.x + run.width, 0];
  }
  for (const s of segments) {
    s.text = s.text.replace(/\s+/g, ' ').trim();
    s.runs = trimRuns(s.runs);
  }
  return segments.filter((s) => s.text !== '');
}

export function trimRuns(runs: LayoutRun[]): LayoutRun[] {
  const out = runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.replace(/\s+$/, '');
  return out.filter((r) => r.text !== '' || r.footnote !== undefined);
}

/** The runs a paragraph is given: a superscript number no note was found for is kept as its digits. */
export const finalRuns = (runs: readonly LayoutRun[]): Run[] => {
  const out: Run[] = [];
  for (const { sup: _sup, ...run } of runs) pushRun(out, run);
  return out;
};

/** A small number raised over a line's baseline: a footnote's mark ("hồ sơ¹"), not a line of its own. */
const isRaisedNumber = (run: PdfRun, row: readonly PdfRun[]) => {
  const size = median(row.map((r) => r.size));
  const rise = run.y - median(row.map((r) => r.y));
  return /^\d{1,3}$/.test(run.text.trim()) && run.size < size * 0.9 && rise > size * 0.15 && rise < size * 0.65;
};

/** A page's pieces grouped into lines (one baseline, within a third of a font size), top to bottom. */
export function linesOf(page: PdfPage, index: number): Line[] {
  const runs = page.runs.filter((r) => r.text !== '' && r.size > 0);
  const rows: PdfRun[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - run.y) <= Math.max(r[0]!.size, run.size) * 0.35);
    if (row) row.push(run);
    else rows.push([run]);
  }
  // A footnote's mark stands over the line it belongs to: put it in that line, marked.
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const marks = rows[i]!;
    if (!marks.every((r) => /^\d{1,3}$/.test(r.text.trim()))) continue;
    const line = rows.find(
      (row) =>
        row !== marks &&
        marks.every(
          (m) => isRaisedNumber(m, row) && m.x >= Math.min(...row.map((r) => r.x)) - m.size && m.x <= Math.max(...row.map((r) => r.x + r.width)) + m.size,
        ),
    );
    if (!line) continue;
    for (const m of marks) line.push({ ...m, sup: true });
    rows.splice(i, 1);
  }
  return rows
    .map((row) => {
      const segments = segmentsOf(row);
      return {
        page: index,
        y: median(row.filter((r) => !r.sup).map((r) => r.y)),
        size: median(row.filter((r) => r.text.trim() !== '' && !r.sup).map((r) => r.size)),
        segments,
        x: segments[0]?.x ?? 0,
        right: segments.at(-1)?.right ?? 0,
      };
    })
    .filter((l) => l.segments.length > 0)
    .sort((a, b) => b.y - a.y);
}

/** "12", "- 12 -", "Trang 3": a page number in the top or bottom margin. */
export const isPageNumber = (line: Line, page: PdfPage) =>
  line.segments.length === 1 &&
  /^(-\s*)?(trang\s+)?\d{1,4}(\s*-)?$/i.test(line.segments[0]!.text) &&
  (line.y > page.height * 0.9 || line.y < page.height * 0.1);

export const textOfSegments = (segments: readonly Segment[]) => segments.map((s) => s.text).join(' ');
export const textOfLine = (line: Line) => textOfSegments(line.segments);
export const runsOfLine = (line: Line): LayoutRun[] => {
  const runs: LayoutRun[] = [];
  for (const [i, s] of line.segments.entries()) {
    if (i > 0) pushRun(runs, SPACE);
    for (const r of s.runs) pushRun(runs, r);
  }
  return runs;
};

/** A line that starts a list item or a numbered part: it never continues the paragraph above. */
export const STARTS_ITEM = /^([-+•–*]\s|[IVXLC]+\.\s|\d+(\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+)/u;
