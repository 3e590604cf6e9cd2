/**
 * A PDF page's ruled tables, read from the borders it draws (Word and LibreOffice draw a table's
 * lines as thin rectangles or strokes): the borders that meet make a grid, each piece of text goes
 * to the cell it stands in, and a cell's lines become its paragraphs.
 */
import type { Run } from '../report-format/schema';
import { paragraphOf, type SourceParagraph } from '../word-import/source';
import { finalRuns, linesOf, pushRun, runsOfLine, SPACE, STARTS_ITEM, textOfLine, trimRuns, type Line, type PdfRule, type PdfRun } from './page-lines';

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
export function gridsOf(rules: readonly PdfRule[]): Grid[] {
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

export const insideGrid = (run: PdfRun, grid: Grid) => {
  const x = run.x + run.width / 2;
  const y = run.y + run.size * 0.3;
  return x > grid.left && x < grid.right && y < grid.top && y > grid.bottom;
};

/** A ruled table's cells: each cell's text as its lines, one paragraph per item ("- …", "1. …") or run of lines. */
export function tableOf(grid: Grid, runs: readonly PdfRun[], page: number): Line {
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
