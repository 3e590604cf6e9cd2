/**
 * "Xuất bảng số liệu ra Excel": every table of a report — indicator tables as they print (STT,
 * Chỉ tiêu, Đơn vị tính, the periods, So sánh, Kế hoạch) and the clerk's own tables — one sheet
 * each, in the order they stand, built with exceljs. Figures go in as numbers (1.234,5 → 1234.5,
 * shown the Vietnamese way by the cell's format), so a higher level can sum them; the rest as
 * text. Times New Roman, the caption over the table, a bold header row repeated on each printed
 * page, thin borders: the biểu mẫu a văn thư expects.
 */
import type ExcelJS from 'exceljs';
import type { Block, Report, Table } from '#shared/domain/report';
import { walkSections } from '#shared/domain/report';
import { indicatorTableOf } from '#shared/domain/indicators';
import { figureColumns } from '#shared/the-thuc/figure-columns';
import { formatFigureVi, parseNumberVi } from '#shared/text/vi-number';

const FONT = 'Times New Roman';
const TEXT_PT = 12;
/** Excel's column width is in characters of the default font; a long name wraps beyond this. */
const MAX_COLUMN_CHARS = 60;

/** The report's tables in the order they stand: opening, parts depth first, closing, phụ lục. */
export function reportTables(report: Report): Table[] {
  const blocks: Block[] = [
    ...report.opening,
    ...[...walkSections(report.sections)].flatMap((s) => s.blocks),
    ...report.closing,
    ...report.appendices.flatMap((a) => a.blocks ?? []),
  ];
  return blocks.flatMap((b): Table[] => (b.type === 'indicators' ? [indicatorTableOf(b)] : b.type === 'table' ? [b] : []));
}

/** A figures cell's value: a number with its format ("1.234,5" → 1234.5, "82,5%" → 0.825 shown as a percent), or the text. */
function cellValue(text: string, figures: boolean): { value: ExcelJS.CellValue; numFmt?: string } {
  if (!figures) return { value: text };
  const figure = formatFigureVi(text.trim());
  const number = parseNumberVi(figure);
  if (number === null) return { value: text };
  const decimals = /,(\d+)/.exec(figure)?.[1]?.length ?? 0;
  const pattern = `#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
  return figure.endsWith('%') ? { value: number / 100, numFmt: `${pattern}%` } : { value: number, numFmt: pattern };
}

/** An Excel sheet name: at most 31 characters, none of []:*?/\ . */
const sheetName = (index: number) => `Bảng ${index + 1}`;

function addTable(workbook: ExcelJS.Workbook, table: Table, index: number): void {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const sheet = workbook.addWorksheet(sheetName(index), {
    pageSetup: { paperSize: 9, orientation: columns > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const font = { name: FONT, size: TEXT_PT };
  const border = { style: 'thin' as const };
  const borders = { top: border, left: border, bottom: border, right: border };
  let row = 1;
  const caption = table.caption?.trim() ?? '';
  if (caption !== '') {
    sheet.mergeCells(row, 1, row, columns);
    const cell = sheet.getCell(row, 1);
    cell.value = caption;
    cell.font = { ...font, bold: true, size: TEXT_PT + 1 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row += 2;
  }
  const headerRow = row;
  table.header.forEach((text, c) => {
    const cell = sheet.getCell(row, c + 1);
    cell.value = text;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = borders;
  });
  const figures = figureColumns(table.header, table.rows, columns);
  for (const cells of table.rows) {
    row += 1;
    for (let c = 0; c < columns; c += 1) {
      const cell = sheet.getCell(row, c + 1);
      const { value, numFmt } = cellValue(cells[c] ?? '', figures[c] ?? false);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      cell.font = font;
      cell.alignment = { horizontal: figures[c] ? 'right' : 'left', vertical: 'top', wrapText: true };
      cell.border = borders;
    }
  }
  // Widths from the longest text of each column (the caption aside), within reason.
  for (let c = 0; c < columns; c += 1) {
    const longest = Math.max(table.header[c]?.length ?? 0, ...table.rows.map((r) => (r[c] ?? '').length));
    sheet.getColumn(c + 1).width = Math.min(MAX_COLUMN_CHARS, Math.max(6, longest + 2));
  }
  // The header row is printed again on every page of a long table.
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}

/** The workbook of the report's tables, as .xlsx bytes; null when the report has no table. */
export async function exportTablesXlsx(report: Report, issuingBody: string): Promise<{ bytes: Uint8Array; tables: number } | null> {
  const tables = reportTables(report);
  if (tables.length === 0) return null;
  // Loaded when a workbook is asked for: the command line and the app start without it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = issuingBody;
  workbook.title = report.header.summary;
  tables.forEach((table, i) => addTable(workbook, table, i));
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), tables: tables.length };
}
