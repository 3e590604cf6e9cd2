/**
 * "Điền vào biểu mẫu của cấp trên": the consolidated figures written into the higher level's own
 * Excel biểu mẫu — the cells of kỳ trước and kỳ này on each indicator's row, found the way a
 * unit's file is read — and nothing else touched: styles, merges, column widths, the other
 * sheets and every formula stay (a cell that holds a formula is left to compute, and listed).
 * exceljs rewrites the file's XML, so what it does not model (charts, pictures, macros) does not
 * survive: the biểu mẫu of figures a higher level sends down has none, and the clerk keeps the
 * template she chose — the filled one is a new file.
 */
import type ExcelJS from 'exceljs';
import { AppError } from '#shared/contract/errors';
import type { FilledTemplate, TemplateSheets } from '#shared/contract/consolidations';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { readWorkbookFigures } from '#shared/consolidation/sheet-figures';
import { columnLetter } from '#shared/consolidation/sheet-grid';
import { workbookProblems } from '#shared/messages/spreadsheets';
import { loadWorkbook } from '../spreadsheets/read-workbook';
import { whyNotRead, type SheetChoice } from './read-unit-sheet';

/** A consolidated figure by indicator code. */
export type ConsolidatedFigures = ReadonlyMap<string, { previous: number | null; current: number | null }>;

const holdsFormula = (cell: ExcelJS.Cell) =>
  typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value);

export async function fillTemplate(
  fileName: string,
  bytes: Uint8Array,
  set: IndicatorSet | null,
  figures: ConsolidatedFigures,
  choice: Pick<SheetChoice, 'sheet' | 'columns'>,
): Promise<FilledTemplate | TemplateSheets> {
  if (!set) throw new AppError('validation', workbookProblems.noSet);
  const name = fileName.replace(/^.*[\\/]/, '');
  const { workbook, grids } = await loadWorkbook(name, bytes);
  const { sheets, reading } = readWorkbookFigures(grids, set, choice);
  const matching = sheets.filter((s) => s.matched > 0);
  if (!reading && choice.sheet === undefined && matching.length > 1) return { chooseSheet: matching };
  const why = whyNotRead(name, set, sheets, reading, choice);
  if (why || !reading) throw new AppError('unsupported_file', why ?? workbookProblems.noTable(name));
  if (reading.figureColumns.current === null) throw new AppError('unsupported_file', workbookProblems.noCurrentColumn(name));
  const sheet = workbook.getWorksheet(reading.sheet)!;
  const filled: FilledTemplate['filled'] = [];
  const formulas: string[] = [];
  for (const row of reading.read) {
    const figure = figures.get(row.code);
    if (!figure) continue;
    let wrote = false;
    for (const period of ['previous', 'current'] as const) {
      const column = reading.figureColumns[period];
      const value = figure[period];
      if (column === null || value === null) continue;
      const cell = sheet.getCell(row.row, column + 1);
      if (holdsFormula(cell)) {
        formulas.push(`${columnLetter(column)}${row.row}`);
        continue;
      }
      // A percent-formatted cell holds the fraction (84,82% is 0,8482).
      cell.value = /%/.test(cell.numFmt ?? '') ? value / 100 : value;
      wrote = true;
    }
    if (wrote) filled.push({ row: row.row, code: row.code, indicator: row.indicator });
  }
  const inTemplate = new Set(reading.read.map((r) => r.code));
  const missing = set.indicators.filter((d) => d.aggregate !== 'text' && !inTemplate.has(d.code) && figures.has(d.code)).map((d) => d.name);
  const out = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${name.replace(/\.[^.]+$/, '')} - tong hop.xlsx`,
    base64: Buffer.from(out).toString('base64'),
    sheet: reading.sheet,
    filled,
    formulas,
    missing,
  };
}
