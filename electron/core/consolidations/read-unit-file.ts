/**
 * A unit's report as it arrives for consolidation: a package (.baocao, verified whole), a report
 * file (.json), a Word file or a PDF (.docx, .doc, .pdf, read by the importer), or an Excel biểu mẫu (.xlsx,
 * .xls, read against the Bộ chỉ tiêu). Whatever the form, the result names the unit (the
 * package's sender, else the report's cơ quan ban hành, else the unit the sheet names).
 */
import { AppError } from '#shared/contract/errors';
import type { SheetReview } from '#shared/contract/consolidations';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { describeProblems, readReportFile } from '#shared/report-format/read-report-file';
import type { ReportFile } from '#shared/report-format/schema';
import type { ImportDraft } from '#shared/word-import/import-word';
import { readPackage } from '../packages/package-file';
import { unitFileProblems } from '#shared/messages/consolidation';
import { sheetUnitReport, type SheetChoice } from './read-unit-sheet';
import { isSpreadsheetName } from '#shared/consolidation/sheet-grid';
import { isWordReaderFileName } from '#shared/word-import/source';

interface UnitFile {
  unit: string;
  sourceName: string;
  report: ReportFile;
  revision: number | null;
  sentAt: string | null;
  indicators?: IndicatorSet;
  /** An Excel file's reading: which sheet and columns, the rows not read. */
  sheetReview?: SheetReview;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

interface UnitFileReaders {
  readWord: (bytes: Uint8Array) => Promise<ImportDraft>;
  /** For an Excel file: the Bộ chỉ tiêu its rows are read into, the listed units, the review's choices. */
  sheet: { set: IndicatorSet | null; units: readonly string[]; choice: SheetChoice };
}

export async function readUnitFile(fileName: string, bytes: Uint8Array, readers: UnitFileReaders): Promise<UnitFile> {
  const lower = fileName.toLowerCase();
  if (isSpreadsheetName(lower)) {
    const { unit, report, review } = await sheetUnitReport(fileName, bytes, readers.sheet.set, readers.sheet.units, readers.sheet.choice);
    return { unit, sourceName: fileName, report, revision: null, sentAt: null, sheetReview: review };
  }
  const { readWord } = readers;
  if (lower.endsWith('.baocao') || (isZip(bytes) && !lower.endsWith('.docx'))) {
    const pkg = readPackage(bytes);
    return {
      unit: pkg.manifest.sender.unit || pkg.report.header.issuingBody,
      sourceName: fileName,
      report: pkg.report,
      revision: pkg.manifest.report.revision,
      sentAt: pkg.manifest.createdAt,
      ...(pkg.indicators ? { indicators: pkg.indicators } : {}),
    };
  }
  if (lower.endsWith('.json')) {
    const result = readReportFile(Buffer.from(bytes).toString('utf8'));
    if (!result.ok) throw new AppError('unsupported_file', unitFileProblems.badReport(describeProblems(result.problems)));
    return { unit: result.report.header.issuingBody, sourceName: fileName, report: result.report, revision: null, sentAt: null };
  }
  if (isWordReaderFileName(lower)) {
    const draft = await readWord(bytes);
    return { unit: draft.report.header.issuingBody, sourceName: fileName, report: draft.report, revision: null, sentAt: null };
  }
  throw new AppError('unsupported_file', unitFileProblems.unknownKind);
}
