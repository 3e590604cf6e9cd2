/**
 * A unit's Excel biểu mẫu for the consolidation: read against the Bộ chỉ tiêu, with the sheet,
 * the period columns and the unit the clerk chose in the review (or found by themselves), and
 * turned into a unit's report only when every figure read is a number — nothing is counted half-way.
 */
import { AppError } from '#shared/contract/errors';
import type { SheetReview } from '#shared/contract/consolidations';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { readWorkbookFigures, sheetReport, unitOfSheet, type SheetReading } from '#shared/consolidation/sheet-figures';
import type { ReportFile } from '#shared/report-format/schema';
import { workbookProblems } from '#shared/messages/spreadsheets';
import { readWorkbook } from '../spreadsheets/read-workbook';

export interface SheetChoice {
  sheet?: string | undefined;
  columns?: { previous: number | null; current: number | null } | undefined;
  unit?: string | undefined;
}

/** What the review shows: the sheet read, the unit, and why it cannot be counted yet (null when it can). */
export async function reviewSheet(
  fileName: string,
  bytes: Uint8Array,
  set: IndicatorSet | null,
  units: readonly string[],
  choice: SheetChoice,
): Promise<SheetReview> {
  if (!set) throw new AppError('validation', workbookProblems.noSet);
  const name = fileName.replace(/^.*[\\/]/, '');
  const grids = await readWorkbook(name, bytes);
  const { sheets, reading } = readWorkbookFigures(grids, set, choice);
  const grid = grids.find((g) => g.name === reading?.sheet) ?? grids.find((g) => !g.hidden) ?? grids[0];
  const unit = choice.unit?.trim() || (grid ? unitOfSheet(grid, reading?.headerRows[0] ?? 1, units, name) : name);
  const message = whyNotRead(name, set, sheets, reading, choice) ?? figuresProblem(name, reading!);
  return { fileName: name, sheets, reading, unit, message };
}

/** Why a workbook has no table to read for the set (none, several to choose from, no row of the set); null when it has one. */
export function whyNotRead(
  name: string,
  set: IndicatorSet,
  sheets: readonly { name: string; matched: number }[],
  reading: SheetReading | null,
  choice: Pick<SheetChoice, 'sheet'>,
): string | null {
  if (!reading) {
    if (choice.sheet !== undefined) return workbookProblems.noSuchSheet(name, choice.sheet);
    if (sheets.length === 0) return workbookProblems.noTable(name);
    const matching = sheets.filter((s) => s.matched > 0);
    return matching.length > 1
      ? workbookProblems.chooseSheet(name, matching.length, matching.map((s) => `“${s.name}”`).join(', '))
      : workbookProblems.noMatchingRows(name, set.name);
  }
  return reading.read.length === 0 ? workbookProblems.noMatchingRows(name, set.name) : null;
}

/** What keeps a unit's figures from being counted: cells to mend, or no figure at all. */
function figuresProblem(name: string, reading: SheetReading): string | null {
  if (reading.problems.length > 0) return workbookProblems.notCounted(name, reading.problems.length);
  if (reading.read.every((r) => r.previous === '' && r.current === '')) return workbookProblems.noFigures(name);
  return null;
}

/** The unit's figures as a report, or a refusal that names the file and every cell to mend. */
export async function sheetUnitReport(
  fileName: string,
  bytes: Uint8Array,
  set: IndicatorSet | null,
  units: readonly string[],
  choice: SheetChoice,
): Promise<{ unit: string; report: ReportFile; review: SheetReview }> {
  const review = await reviewSheet(fileName, bytes, set, units, choice);
  if (review.message || !review.reading)
    throw new AppError('unsupported_file', [review.message, ...(review.reading?.problems ?? [])].filter(Boolean).join(' '));
  return { unit: review.unit, report: sheetReport(review.reading, review.unit, review.fileName), review };
}
