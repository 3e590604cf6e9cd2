/**
 * `baocao consolidate <gói .baocao | báo-cáo.json | tệp Word | biểu mẫu Excel…> -o <báo-cáo.json>
 * [--indicators <bộ-chỉ-tiêu.json>] [--sheet <trang tính>]`: the figures of a consolidation for
 * scripts — the consolidated indicator table and the per-unit phụ lục as a report file. The Bộ
 * chỉ tiêu is the one given, else the one that came in the packages; Excel files are read after
 * the rest, against it, and what each was read as (sheet, columns, rows not read) goes to stderr.
 * Each unreadable file is named and skipped (exit 2 at the end); warnings (missing indicators,
 * figures that do not add up) go to stderr.
 */
import { writeFile } from 'node:fs/promises';
import { completeness, consolidationFigures, type ConsolidationInput } from '#shared/consolidation/consolidation';
import { AppError } from '#shared/contract/errors';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { REPORT_FORMAT_ID, type ReportFile } from '#shared/report-format/schema';
import { checkIndicatorSet } from '#shared/domain/indicator-set';
import { readUnitFile } from '../core/consolidations/read-unit-file';
import { isSpreadsheetName } from '#shared/consolidation/sheet-grid';
import { periodColumnsText } from '#shared/consolidation/sheet-figures';
import type { SheetReview } from '#shared/contract/consolidations';
import { readWordFile } from '../core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { BadInput, EXIT_BAD_INPUT, EXIT_OK, readInputFile, type CliIo, UsageError, inFile } from './cli-io';
import { commandLineMessages, consolidateCommandMessages } from '#shared/messages/command-line';

/** What an Excel file was read as: its sheet and columns, then each row not read and why. */
function sheetReviewLines(review: SheetReview): string[] {
  const reading = review.reading!;
  return [
    `${review.fileName} (${review.unit}): trang tính “${reading.sheet}”, đọc ${reading.read.length} chỉ tiêu; ${periodColumnsText(reading)}.`,
    ...reading.unread.map((u) => `${review.fileName}: dòng ${u.row} “${u.text}” không đọc: ${u.reason}`),
  ];
}

export async function consolidateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let output: string | undefined;
  let setFile: string | undefined;
  let period: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--output') output = args[++i];
    else if (arg === '--indicators') setFile = args[++i];
    else if (arg === '--period') period = args[++i];
    else if (arg === '--sheet') sheet = args[++i];
    else if (arg.startsWith('-')) throw new UsageError(commandLineMessages.unknownOption(arg));
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(consolidateCommandMessages.missingInputs);
  if (!output || !/\.json$/i.test(output)) throw new UsageError(consolidateCommandMessages.missingOutput);

  let set: IndicatorSet | undefined;
  if (setFile) {
    const text = (await readInputFile(setFile)).toString('utf8');
    try {
      set = checkIndicatorSet(JSON.parse(text));
    } catch (error) {
      throw new BadInput(inFile(setFile, error instanceof AppError ? error.message : consolidateCommandMessages.notIndicatorSet));
    }
  }
  const inputs: ConsolidationInput[] = [];
  let refused = 0;
  // Excel files last: their rows are read into the Bộ chỉ tiêu, which may come in the packages.
  const ordered = [...files.filter((f) => !isSpreadsheetName(f)), ...files.filter((f) => isSpreadsheetName(f))];
  for (const [i, file] of ordered.entries()) {
    try {
      const unitFile = await readUnitFile(file, await readInputFile(file), {
        readWord: async (bytes) => importWordSource(await readWordFile(bytes)),
        sheet: { set: set ?? null, units: inputs.map((input) => input.unit), choice: { sheet } },
      });
      if (unitFile.sheetReview) for (const line of sheetReviewLines(unitFile.sheetReview)) io.stderr(line);
      set ??= unitFile.indicators;
      inputs.push({
        id: String(i),
        unit: unitFile.unit,
        sourceName: file,
        report: unitFile.report,
        revision: unitFile.revision,
        sentAt: unitFile.sentAt,
        receivedAt: io.today().toISOString(),
      });
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof BadInput)) throw error;
      refused += 1;
      io.stderr(`Bỏ qua ${file}: ${error.message}`);
    }
  }
  if (!set) throw new BadInput(consolidateCommandMessages.noIndicatorSet);
  // Every unit that sent is on the list: the command adds up what it was given.
  const units = [...new Set(inputs.map((input) => input.unit))];
  const grid = completeness(units, inputs, null);
  const theirPeriod = period ?? inputs.find((input) => input.report.period)?.report.period ?? '';
  const figures = consolidationFigures(set, grid, { previous: 'Kỳ trước', current: theirPeriod || 'Kỳ này' });
  const report: ReportFile = {
    format: REPORT_FORMAT_ID,
    profile: 'state',
    period: theirPeriod,
    header: {
      parentBody: '',
      issuingBody: '',
      number: '',
      symbol: '',
      place: '',
      date: null,
      docType: 'BÁO CÁO',
      summary: `Tổng hợp số liệu ${theirPeriod} của ${units.length} đơn vị`.replace(/\s+/g, ' '),
    },
    opening: [{ type: 'paragraph', text: `Tổng hợp từ báo cáo của ${units.length} đơn vị: ${units.join('; ')}.` }],
    sections: [{ role: 'results', title: 'Kết quả thực hiện các chỉ tiêu', blocks: [figures.block] }],
    appendices: figures.appendix.length > 0 ? [{ title: 'Số liệu của các đơn vị', blocks: figures.appendix }] : [],
    signature: { authority: '', onBehalfOf: '', position: '', name: '' },
    recipients: [],
  };
  await writeFile(output, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout(`Đã tổng hợp ${inputs.length} báo cáo của ${units.length} đơn vị theo “${set.name}” → ${output}.`);
  for (const warning of figures.consolidated.warnings) io.stderr(`Lưu ý: ${warning}`);
  return refused > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
