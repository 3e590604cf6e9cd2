/**
 * Borderless layout tables (header, signature). docx's table-level "no borders" is not
 * enough in every reader (a cell border can leak from the first cell), so cells say "none" too.
 */
import { BorderStyle, TableBorders, type ITableCellBorders } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

export const NO_TABLE_BORDERS = TableBorders.NONE;
export const NO_CELL_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
export const ZERO_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const;
