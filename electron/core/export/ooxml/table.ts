/** Tables (w:tbl): borderless layout tables and bordered data tables. */
import { el } from './xml';

export interface CellSpec {
  widthTwips: number;
  /** Paragraph XML. A cell must hold at least one paragraph; an empty one is added if needed. */
  content: string;
  margins?: { top: number; bottom: number; left: number; right: number };
  vAlign?: 'top' | 'center' | 'bottom';
}

export interface RowSpec {
  cells: CellSpec[];
  /** Repeat this row at the top of every page the table runs onto. */
  header?: boolean;
  cantSplit?: boolean;
}

export interface TableSpec {
  columnsTwips: number[];
  rows: RowSpec[];
  /** "none": layout table, no lines anywhere; "grid": single lines around every cell. */
  borders: 'none' | 'grid';
  indentTwips?: number;
}

const SIDES = ['top', 'left', 'bottom', 'right'] as const;
const NO_LINE = (side: string) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
const LINE = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`;

function cell(c: CellSpec, borders: TableSpec['borders']): string {
  const tcPr = [
    el('w:tcW', { 'w:type': 'dxa', 'w:w': c.widthTwips }),
    // Cells say "none" too: a table-level "none" alone can let a cell border leak in some readers.
    borders === 'none' ? `<w:tcBorders>${SIDES.map(NO_LINE).join('')}</w:tcBorders>` : '',
    c.margins
      ? `<w:tcMar>${el('w:top', { 'w:type': 'dxa', 'w:w': c.margins.top })}${el('w:left', { 'w:type': 'dxa', 'w:w': c.margins.left })}${el('w:bottom', { 'w:type': 'dxa', 'w:w': c.margins.bottom })}${el('w:right', { 'w:type': 'dxa', 'w:w': c.margins.right })}</w:tcMar>`
      : '',
    c.vAlign ? el('w:vAlign', { 'w:val': c.vAlign }) : '',
  ].join('');
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${c.content === '' ? '<w:p/>' : c.content}</w:tc>`;
}

export function table(spec: TableSpec): string {
  const width = spec.columnsTwips.reduce((a, b) => a + b, 0);
  const line = spec.borders === 'none' ? NO_LINE : LINE;
  const tblPr = [
    el('w:tblW', { 'w:type': 'dxa', 'w:w': width }),
    spec.indentTwips ? el('w:tblInd', { 'w:type': 'dxa', 'w:w': spec.indentTwips }) : '',
    `<w:tblBorders>${[...SIDES, 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
  ].join('');
  const grid = `<w:tblGrid>${spec.columnsTwips.map((w) => el('w:gridCol', { 'w:w': w })).join('')}</w:tblGrid>`;
  const rows = spec.rows
    .map((r) => {
      const trPr = `${r.cantSplit ? '<w:cantSplit/>' : ''}${r.header ? '<w:tblHeader/>' : ''}`;
      return `<w:tr>${trPr === '' ? '' : `<w:trPr>${trPr}</w:trPr>`}${r.cells.map((c) => cell(c, spec.borders)).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${grid}${rows}</w:tbl>`;
}
