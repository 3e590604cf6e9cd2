/**
 * A born-digital PDF's pages, as positioned pieces of text, turned into what the Word importer
 * reads (`WordSource`): paragraphs in reading order with bold/italic runs and alignment, lines
 * re-joined into their paragraphs, and the two-column blocks of an official document — the
 * header (cơ quan | Quốc hiệu; số | địa danh, ngày) and the signature (Nơi nhận | người ký) —
 * as two-cell tables, the way Word lays them out; ruled tables (their borders drawn) cell by cell.
 * Page numbers are dropped; footnotes (the small print at a page's foot) go after the text they
 * interrupt, so a paragraph running over the page is not cut.
 *
 * Written by hand: pdf.js gives positioned text, and no library turns a Vietnamese official
 * document's page into its paragraphs and header blocks.
 */
import type { Run } from '../report-format/schema';
import { appendRun } from '../domain/report';
import { paragraphOf, type SourceItem, type SourceParagraph, type WordSource } from '../word-import/source';

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

interface Segment {
  x: number;
  right: number;
  runs: LayoutRun[];
  text: string;
}

interface Line {
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

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

/** A run as the layout carries it: a superscript number (a footnote's mark) is kept apart until it is matched to its note. */
interface LayoutRun extends Run {
  sup?: boolean;
}

/**
 * A run added to a paragraph's runs by the project's one rule for joining runs (`appendRun`: the
 * same marks join, never past a footnote's number), with what a PDF adds: a footnote's bare mark
 * goes on the run before it whatever that run's marks, and a raised number stays apart from the
 * text until `placeFootnotes` matches it to its note.
 */
function pushRun(runs: LayoutRun[], run: LayoutRun): void {
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
const SPACE: LayoutRun = { text: ' ' };

/** Pieces on one baseline, left to right, split into segments where a wide gap stands. */
function segmentsOf(runs: readonly PdfRun[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let columnBreak = false;
  // Where the text before a footnote's mark ends, and how wide the marks since are: the gap after a mark is measured from the text.
  let textRight = 0;
  let marksWidth = 0;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const text = run.text.replace(/\u00ad/g, '');
    // A space is no text: Word writes the gap between "Số 06-HD/TW" and "Hà Nội, ngày …" as one wide space.
    if (text.trim() === '') {
      if (current && run.width > WIDE_SPACE * run.size) columnBreak = true;
      continue;
    }
    const gap = current ? (marksWidth > 0 && !run.sup ? run.x - textRight - marksWidth : run.x - current.right) : 0;
    if (!current || columnBreak || gap > COLUMN_GAP * run.size) {
      columnBreak = false;
      current = { x: run.x, right: run.x + run.width, runs: [], text: '' };
      segments.push(current);
    } else if (!run.sup && (gap > SPACE_GAP * run.size || /^\s/.test(run.text) || /\s$/.test(current.text)) && !/\s$/.test(current.text) && !/^\s/.test(text)) {
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

function trimRuns(runs: LayoutRun[]): LayoutRun[] {
  const out = runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.replace(/\s+$/, '');
  return out.filter((r) => r.text !== '' || r.footnote !== undefined);
}

/** The runs a paragraph is given: a superscript number no note was found for is kept as its digits. */
const finalRuns = (runs: readonly LayoutRun[]): Run[] => {
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
function linesOf(page: PdfPage, index: number): Line[] {
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

/** Borders shorter than this (in points) are ticks and dots, not a table's lines. */
const MIN_RULE = 4;
/** How close two borders must come to meet (in points). */
const MEET = 2;

interface Grid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Column edges left to right, row edges top to bottom. */
  columns: number[];
  rows: number[];
}

/** Values within `tolerance` of each other taken as one (their first), sorted. */
function distinct(values: readonly number[], tolerance: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out.at(-1)! > tolerance) out.push(v);
  return out;
}

/**
 * The ruled tables of a page: its horizontal and vertical borders joined where they meet; a group
 * of at least two of each, making more than one cell, is a table whose column and row edges are
 * the borders' positions.
 */
function gridsOf(rules: readonly PdfRule[]): Grid[] {
  const horizontal = rules
    .filter((r) => Math.abs(r.y1 - r.y2) < 0.5 && Math.abs(r.x2 - r.x1) >= MIN_RULE)
    .map((r) => ({ y: r.y1, x1: Math.min(r.x1, r.x2), x2: Math.max(r.x1, r.x2) }));
  const vertical = rules
    .filter((r) => Math.abs(r.x1 - r.x2) < 0.5 && Math.abs(r.y2 - r.y1) >= MIN_RULE)
    .map((r) => ({ x: r.x1, y1: Math.min(r.y1, r.y2), y2: Math.max(r.y1, r.y2) }));
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    while (parent.has(i) && parent.get(i) !== i) i = parent.get(i)!;
    return i;
  };
  const join = (a: number, b: number) => parent.set(find(a), find(b));
  const count = horizontal.length;
  for (let i = 0; i < count + vertical.length; i += 1) parent.set(i, i);
  for (const [h, line] of horizontal.entries())
    for (const [v, column] of vertical.entries())
      if (column.x >= line.x1 - MEET && column.x <= line.x2 + MEET && line.y >= column.y1 - MEET && line.y <= column.y2 + MEET) join(h, count + v);
  const groups = new Map<number, { h: typeof horizontal; v: typeof vertical }>();
  for (let i = 0; i < count + vertical.length; i += 1) {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    if (i < count) g.h.push(horizontal[i]!);
    else g.v.push(vertical[i - count]!);
    groups.set(find(i), g);
  }
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const columns = distinct(
      v.map((l) => l.x),
      MEET,
    );
    const rows = distinct(
      h.map((l) => l.y),
      MEET,
    ).reverse();
    if (columns.length < 2 || rows.length < 2 || (columns.length === 2 && rows.length === 2)) continue;
    grids.push({ left: columns[0]!, right: columns.at(-1)!, top: rows[0]!, bottom: rows.at(-1)!, columns, rows });
  }
  return grids;
}

const insideGrid = (run: PdfRun, grid: Grid) => {
  const x = run.x + run.width / 2;
  const y = run.y + run.size * 0.3;
  return x > grid.left && x < grid.right && y < grid.top && y > grid.bottom;
};

/** A ruled table's cells: each cell's text as its lines, one paragraph per item ("- …", "1. …") or run of lines. */
function tableOf(grid: Grid, runs: readonly PdfRun[], page: number): Line {
  const cells: PdfRun[][][] = grid.rows.slice(1).map(() => grid.columns.slice(1).map(() => []));
  for (const run of runs) {
    const x = run.x + run.width / 2;
    const y = run.y + run.size * 0.3;
    const column = grid.columns.findIndex((edge, i) => i > 0 && x < edge) - 1;
    const row = grid.rows.findIndex((edge, i) => i > 0 && y > edge) - 1;
    if (column >= 0 && row >= 0) cells[row]![column]!.push(run);
  }
  const rows = cells
    .map((row) =>
      row.map((cellRuns) => {
        const lines = linesOf({ width: 0, height: 0, runs: cellRuns }, page);
        const paragraphs: SourceParagraph[] = [];
        let current: Line[] = [];
        const flush = () => {
          if (current.length === 0) return;
          const runsOut: Run[] = [];
          for (const [i, l] of current.entries()) {
            if (i > 0) pushRun(runsOut, SPACE);
            for (const r of runsOfLine(l)) pushRun(runsOut, r);
          }
          const clean = finalRuns(trimRuns(runsOut));
          paragraphs.push(paragraphOf(clean.map((r) => r.text).join(''), { runs: clean }));
          current = [];
        };
        for (const line of lines) {
          if (STARTS_ITEM.test(textOfLine(line))) flush();
          current.push(line);
        }
        flush();
        return paragraphs;
      }),
    )
    // A row with no text at all is a border drawn twice, not a row.
    .filter((row) => row.some((cell) => cell.length > 0));
  return { table: { kind: 'table', rows }, page, y: grid.top, size: 0, segments: [], x: grid.left, right: grid.right };
}

/** "12", "- 12 -", "Trang 3": a page number in the top or bottom margin. */
const isPageNumber = (line: Line, page: PdfPage) =>
  line.segments.length === 1 &&
  /^(-\s*)?(trang\s+)?\d{1,4}(\s*-)?$/i.test(line.segments[0]!.text) &&
  (line.y > page.height * 0.9 || line.y < page.height * 0.1);

const textOfLine = (line: Line) => line.segments.map((s) => s.text).join(' ');
const runsOfLine = (line: Line): LayoutRun[] => {
  const runs: LayoutRun[] = [];
  for (const [i, s] of line.segments.entries()) {
    if (i > 0) pushRun(runs, SPACE);
    for (const r of s.runs) pushRun(runs, r);
  }
  return runs;
};

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

/** Two columns on one line: a part on the left, the widest gap, a part on the right, across the middle. */
const isSplit = (line: Line, frame: Frame) =>
  line.segments.length >= 2 && line.segments.length <= 3 && line.segments[0]!.x < frame.middle && line.segments.at(-1)!.right > frame.middle;

/** Between the two columns of a split line: the middle of its widest gap. */
function gutterOf(line: Line): number {
  let best = 0;
  for (let k = 1; k < line.segments.length; k += 1)
    if (line.segments[k]!.x - line.segments[k - 1]!.right > line.segments[best + 1]!.x - line.segments[best]!.right) best = k - 1;
  return (line.segments[best]!.right + line.segments[best + 1]!.x) / 2;
}

/** A line wholly on one side of the gutter: a line of the header's or the signature's columns. */
const oneSided = (line: Line, gutter: number, frame: Frame) =>
  (line.right < gutter + frame.size * 0.5 || line.x > gutter - frame.size * 0.5) &&
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

/** A line that starts a list item or a numbered part: it never continues the paragraph above. */
const STARTS_ITEM = /^([-+•–*]\s|[IVXLC]+\.\s|\d+(\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+)/u;

/** A line drawn with characters ("______", "-----", "*"): under a title, never part of it. */
const RULE_TEXT = /^[_\-–—=*.\s]+$/;

function paragraphFrom(lines: readonly Line[], frame: Frame): SourceParagraph {
  const runs: Run[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0) pushRun(runs, SPACE);
    for (const r of runsOfLine(line)) pushRun(runs, r);
  }
  const clean = finalRuns(trimRuns(runs));
  const text = clean.map((r) => r.text).join('');
  const first = lines[0]!;
  const align = lines.length > 1 && alignOf(first, frame) === 'both' ? 'both' : alignOf(first, frame);
  return paragraphOf(text, { runs: clean, align });
}

/** Two-column lines (header, signature) as one row of two cells, a paragraph per line in each. */
function twoColumnTable(lines: readonly Line[], gutter: number): SourceItem {
  const left: SourceParagraph[] = [];
  const right: SourceParagraph[] = [];
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
    const leftPart = line.segments.filter((s) => (s.x + s.right) / 2 < gutter);
    const rightPart = line.segments.filter((s) => !leftPart.includes(s));
    if (leftPart.length > 0) left.push(cellParagraph(leftPart));
    if (rightPart.length > 0) right.push(cellParagraph(rightPart));
  }
  return { kind: 'table', rows: [[left, right]] };
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
    const gutter = seed ? gutterOf(seed) : 0;
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
      const runsOn =
        !RULE_TEXT.test(textOfLine(next)) &&
        !isSplit(next, frame) &&
        !isSplit(previous, frame) &&
        !STARTS_ITEM.test(textOfLine(next)) &&
        (samePage ? gapBefore(j) <= frame.pitch * 1.3 : true) &&
        ((filledUp(previous, next, frame) && next.x <= frame.left + frame.size * 0.6) ||
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
