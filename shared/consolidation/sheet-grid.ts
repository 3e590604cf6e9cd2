/**
 * A worksheet as the consolidation reads it, whatever file it came from (.xlsx through exceljs,
 * .xls through LibreOffice): rows of cells with the text a clerk sees and the number behind it,
 * hidden rows and columns marked, and the cells inside a merge carrying the merge's text
 * (flagged, so a merged header spans its columns and a merged figure is not counted twice).
 */

export interface SheetCell {
  /** What the cell shows, as text ("1.234,5" or "1234.5" as typed; a number's own digits). */
  text: string;
  /** The cell's number (a formula's saved result; a percent-formatted 0,125 is 12,5), or null. */
  number: number | null;
  /** A formula whose result was never saved in the file (made by a program, not opened in Excel). */
  uncomputed?: boolean;
  /** An error the formula gave (#DIV/0!, #REF!). */
  error?: string;
  /** A cell inside a merge, not its first: it repeats the merge's text for headers only. */
  mergedCopy?: boolean;
}

export interface SheetRow {
  /** The row's number as Excel shows it (1-based). */
  number: number;
  hidden: boolean;
  /** By column, 0 = A; null where the cell is empty. */
  cells: (SheetCell | null)[];
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  rows: SheetRow[];
  /** Columns hidden in Excel (0 = A). */
  hiddenColumns: number[];
}

/** The Excel files a unit may send (.xlsx, and the older .xls), by name. */
export const isSpreadsheetName = (fileName: string): boolean => /\.(xlsx|xls)$/i.test(fileName);

/** "A", "B" … "Z", "AA": the column's letter as Excel shows it. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
