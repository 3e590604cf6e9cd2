/** Tables: borderless layout tables (header, signature) and bordered data tables, at exact widths. */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';

interface CellSpec {
  widthTwips: number;
  /** A cell must hold at least one paragraph; an empty one is added if needed. */
  content: Paragraph[];
  margins?: { top: number; bottom: number; left: number; right: number };
  vAlign?: 'top' | 'center' | 'bottom';
}

interface RowSpec {
  cells: CellSpec[];
  /** Repeat this row at the top of every page the table runs onto. */
  header?: boolean;
  cantSplit?: boolean;
}

interface TableSpec {
  columnsTwips: number[];
  rows: RowSpec[];
  /** "none": layout table, no lines anywhere; "grid": single lines around every cell. */
  borders: 'none' | 'grid';
  indentTwips?: number;
}

const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const V_ALIGN = { top: VerticalAlignTable.TOP, center: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;

function cell(c: CellSpec, borders: TableSpec['borders']): TableCell {
  return new TableCell({
    width: { size: c.widthTwips, type: WidthType.DXA },
    // Cells say "none" too: a table-level "none" alone can let a cell border leak in some readers.
    borders: borders === 'none' ? { top: NO_LINE, left: NO_LINE, bottom: NO_LINE, right: NO_LINE } : undefined,
    margins: c.margins,
    verticalAlign: c.vAlign ? V_ALIGN[c.vAlign] : undefined,
    children: c.content.length === 0 ? [new Paragraph({})] : c.content,
  });
}

export function table(spec: TableSpec): Table {
  const width = spec.columnsTwips.reduce((a, b) => a + b, 0);
  const line = spec.borders === 'none' ? NO_LINE : LINE;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    indent: spec.indentTwips ? { size: spec.indentTwips, type: WidthType.DXA } : undefined,
    borders: { top: line, left: line, bottom: line, right: line, insideHorizontal: line, insideVertical: line },
    layout: TableLayoutType.FIXED,
    columnWidths: spec.columnsTwips,
    rows: spec.rows.map(
      (r) =>
        new TableRow({
          cantSplit: r.cantSplit || undefined,
          tableHeader: r.header || undefined,
          children: r.cells.map((c) => cell(c, spec.borders)),
        }),
    ),
  });
}
