/**
 * Widths a reader sees in a Word table: a cell's width (its tcW, else its grid columns) less
 * the cell margins (the cell's, else the table's, else its style's, else Word's 0.19 cm).
 */
import type { Element } from '@xmldom/xmldom';
import { attr, kid, kids } from '../word-file/ooxml';
import type { RunFormatResolver } from '../word-file/run-format';

/** Word's default left and right cell margin (TableNormal): 108 twips. */
const DEFAULT_CELL_MARGIN = 108;

const twips = (el: Element | null): number | undefined => {
  if (!el) return undefined;
  const type = attr(el, 'type');
  const w = Number(attr(el, 'w'));
  if (Number.isNaN(w) || (type !== null && type !== 'dxa')) return undefined;
  return w;
};

export function ancestor(el: Element, name: string): Element | null {
  for (let n = el.parentNode as Element | null; n; n = n.parentNode as Element | null) if (n.localName === name) return n;
  return null;
}

function cellMargin(tc: Element, tbl: Element, fmt: RunFormatResolver, side: 'left' | 'right'): number {
  const alias = side === 'left' ? 'start' : 'end';
  const from = (mar: Element | null) => twips(kid(mar, side)) ?? twips(kid(mar, alias));
  const own = from(kid(kid(tc, 'tcPr'), 'tcMar'));
  if (own !== undefined) return own;
  const tblPr = kid(tbl, 'tblPr');
  const table = from(kid(tblPr, 'tblCellMar'));
  if (table !== undefined) return table;
  for (const style of fmt.styleElement(attr(kid(tblPr, 'tblStyle'), 'val')).reverse()) {
    const styled = from(kid(kid(style, 'tblPr'), 'tblCellMar'));
    if (styled !== undefined) return styled;
  }
  return DEFAULT_CELL_MARGIN;
}

/** Width of a cell in twips: its own tcW, else the grid columns it spans. */
export function cellWidth(tc: Element): number | null {
  const own = twips(kid(kid(tc, 'tcPr'), 'tcW'));
  if (own) return own;
  const tr = ancestor(tc, 'tr');
  const tbl = tr ? ancestor(tr, 'tbl') : null;
  if (!tr || !tbl) return null;
  const grid = kids(kid(tbl, 'tblGrid'), 'gridCol').map((g) => Number(attr(g, 'w') ?? 0));
  let column = 0;
  for (const cell of kids(tr, 'tc')) {
    const span = Number(attr(kid(kid(cell, 'tcPr'), 'gridSpan'), 'val') ?? 1);
    if (cell === tc) return grid.slice(column, column + span).reduce((a, b) => a + b, 0) || null;
    column += span;
  }
  return null;
}

/** The width text may take in the cell holding paragraph `p`, in twips; null outside a table. */
export function textWidthInCell(p: Element, fmt: RunFormatResolver): number | null {
  const tc = ancestor(p, 'tc');
  const tbl = tc ? ancestor(tc, 'tbl') : null;
  if (!tc || !tbl) return null;
  const width = cellWidth(tc);
  if (width === null) return null;
  return width - cellMargin(tc, tbl, fmt, 'left') - cellMargin(tc, tbl, fmt, 'right');
}
