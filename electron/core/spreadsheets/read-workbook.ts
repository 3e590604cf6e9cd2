/**
 * A unit's Excel file as sheets of cells (`SheetGrid`), for the consolidation: an .xlsx read by
 * exceljs, an old .xls (Excel 97–2003) converted to .xlsx by LibreOffice where the machine has it —
 * no maintained JavaScript reader of .xls exists (the npm `xlsx` is frozen at 0.18.5 with a known
 * advisory), and where LibreOffice is missing the clerk is asked to save it as .xlsx. The file
 * is read within limits like a Word file: the zip's entries are checked and inflated with a
 * ceiling before exceljs sees them, and a sheet too large to be a biểu mẫu is refused in words.
 */
import type ExcelJS from 'exceljs';
import { AppError } from '#shared/contract/errors';
import { MAX_SPREADSHEET_FILE_BYTES } from '#shared/contract/file-sizes';
import type { SheetCell, SheetGrid } from '#shared/consolidation/sheet-grid';
import { workbookProblems } from '#shared/messages/spreadsheets';
import type { ZipProblems } from '#shared/messages/word-files';
import { ZipReader } from '../word-file/read-zip';
import { isEncryptedPackage, isOleFile } from '../word-file/ole-file';
import { convertedBytes, libreOfficeAvailable } from '../libreoffice/convert';

/**
 * A biểu mẫu is a few hundred rows (a province's price list a few thousand): these ceilings only
 * meet hostile or mistaken files, and keep exceljs's in-memory model of a sheet small.
 */
export const SPREADSHEET_LIMITS = {
  maxEntries: 2_000,
  /** One part inflated (a 20,000-row sheet of ten columns is about 6 MB). */
  maxEntryBytes: 24 * 1024 * 1024,
  maxTotalBytes: 48 * 1024 * 1024,
  maxRatio: 200,
  /** Rows and columns of one sheet. */
  maxRows: 20_000,
  maxColumns: 200,
} as const;

/** LibreOffice converting an .xls takes a few seconds; a minute means it hangs. */
const XLS_CONVERSION_TIMEOUT_MS = 60_000;

const refuse = (message: string) => new AppError('unsupported_file', message);

/** The text of a rich-text, hyperlink or plain value. */
function plainText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'hyperlink' in value) return String(value.text);
  if (value instanceof Date) return value.toISOString().slice(0, 10).split('-').reverse().join('/');
  return String(value);
}

function cellOf(cell: ExcelJS.Cell): SheetCell | null {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return null;
  const format = cell.numFmt ?? '';
  // A rate as the unit sees it: 0,848156 shown "84,82%" is 84,82 — the digits its format shows.
  const percentDecimals = /%/.test(format) ? (/\.(0+)/.exec(format)?.[1]?.length ?? 0) : null;
  const numberOf = (n: number) => (percentDecimals === null ? n : Math.round(n * 100 * 10 ** percentDecimals) / 10 ** percentDecimals);
  if (typeof value === 'number') return { text: String(numberOf(value)), number: numberOf(value) };
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = value.result;
    if (result === undefined || result === null) return { text: '', number: null, uncomputed: true };
    if (typeof result === 'object' && 'error' in result) return { text: String(result.error), number: null, error: String(result.error) };
    if (typeof result === 'number') return { text: String(numberOf(result)), number: numberOf(result) };
    return { text: plainText(result as ExcelJS.CellValue), number: null };
  }
  if (typeof value === 'object' && 'error' in value) return { text: String(value.error), number: null, error: String(value.error) };
  const text = plainText(value);
  return text.trim() === '' ? null : { text, number: null };
}

function gridOf(sheet: ExcelJS.Worksheet, fileName: string): SheetGrid {
  if (sheet.rowCount > SPREADSHEET_LIMITS.maxRows || sheet.columnCount > SPREADSHEET_LIMITS.maxColumns) throw refuse(workbookProblems.tooLarge(fileName));
  const width = sheet.columnCount;
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= width; c += 1) if (sheet.getColumn(c).hidden) hiddenColumns.push(c - 1);
  const rows: SheetGrid['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (SheetCell | null)[] = [];
    for (let c = 1; c <= width; c += 1) {
      const cell = row.getCell(c);
      // A merge's other cells carry its first cell's text, marked, so a merged header spans its columns.
      if (cell.isMerged && cell.master !== cell) {
        const master = cellOf(cell.master);
        cells.push(master ? { ...master, mergedCopy: true } : null);
      } else cells.push(cellOf(cell));
    }
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    rows.push({ number, hidden: row.hidden, cells });
  });
  return { name: sheet.name, hidden: sheet.state !== 'visible', rows, hiddenColumns };
}

/** Every entry inflated within the limits before exceljs reads the whole zip without any. */
function checkZip(bytes: Buffer, fileName: string): void {
  const problems: ZipProblems = {
    notZip: workbookProblems.damaged(fileName),
    tooMany: workbookProblems.tooLarge(fileName),
    tooLarge: () => workbookProblems.tooLarge(fileName),
    badName: () => workbookProblems.damaged(fileName),
    damaged: () => workbookProblems.damaged(fileName),
  };
  const zip = new ZipReader(bytes, SPREADSHEET_LIMITS, problems);
  if (!zip.has('xl/workbook.xml')) throw refuse(workbookProblems.damaged(fileName));
  for (const name of zip.names()) zip.read(name);
}

/** A workbook loaded within the limits, with its sheets as grids (an .xls converted to .xlsx first). */
export async function loadWorkbook(fileName: string, input: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; grids: SheetGrid[] }> {
  let bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length > MAX_SPREADSHEET_FILE_BYTES) throw refuse(workbookProblems.tooLarge(fileName));
  if (isOleFile(bytes)) {
    if (isEncryptedPackage(bytes)) throw refuse(workbookProblems.encrypted(fileName));
    if (!libreOfficeAvailable()) throw refuse(workbookProblems.xlsNeedsResave(fileName));
    // Nothing back: a LibreOffice installed without Calc writes no .xlsx (nor does one that hangs on the file).
    const converted = await convertedBytes(bytes, 'xls', 'xlsx', XLS_CONVERSION_TIMEOUT_MS);
    if (!converted) throw refuse(workbookProblems.xlsNotConverted(fileName));
    bytes = converted;
  }
  checkZip(bytes, fileName);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse(workbookProblems.damaged(fileName));
  }
  return { workbook, grids: workbook.worksheets.map((sheet) => gridOf(sheet, fileName)) };
}

/** The sheets of a unit's .xlsx or .xls file. */
export async function readWorkbook(fileName: string, input: Uint8Array): Promise<SheetGrid[]> {
  return (await loadWorkbook(fileName, input)).grids;
}
