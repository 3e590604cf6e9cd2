/** consolidations.*: a higher level adding up its units' reports of a period. */
import { z } from 'zod';
import type { Report } from '../domain/report';
import { PROFILE_IDS } from '../domain/vocabulary';
import type { ProfileId } from '../domain/vocabulary';
import { isoDateSchema } from '../report-format/schema';
import type { NarrativePart, UnitStatus } from '../consolidation/consolidation';
import type { IndicatorsBlock, Block as FileBlockType } from '../report-format/schema';
import type { Aggregation } from '../domain/indicator-set';
import type { SheetReading } from '../consolidation/sheet-figures';
import { returns, id, line, packageFile, type ApiEntry } from './entry';

export interface ConsolidationSummary {
  id: string;
  period: string;
  deadline: string | null;
  units: string[];
  received: number;
  reportId: string | null;
  updatedAt: string;
}

/** A unit's report as the consolidation holds it. */
export interface ConsolidationInputInfo {
  id: string;
  unit: string;
  sourceName: string;
  title: string;
  revision: number | null;
  sentAt: string | null;
  receivedAt: string;
}

export interface ConsolidationView extends ConsolidationSummary {
  /** The thể thức of the consolidated report: the unit's own (Đơn vị của tôi), else the one the units' reports share, else ND30. */
  suggestedProfile: ProfileId;
  setId: string | null;
  setName: string | null;
  grid: { unit: string; status: UnitStatus; input: ConsolidationInputInfo | null }[];
  /** Reports from units not on the list. */
  extra: ConsolidationInputInfo[];
  /** Every report added, older revisions included. */
  inputs: ConsolidationInputInfo[];
  /** Null until a Bộ chỉ tiêu is chosen. */
  figures: {
    rows: { code: string; name: string; unit: string; aggregate: Aggregation; previous: string; current: string; counted: number }[];
    warnings: string[];
    block: IndicatorsBlock;
    appendix: Extract<FileBlockType, { type: 'table' }>[];
  } | null;
}

/** A unit's Excel file as it will be counted: shown to the clerk before it is added. */
export interface SheetReview {
  fileName: string;
  /** Every visible sheet with a table, and how many of its rows are the Bộ chỉ tiêu's. */
  sheets: { name: string; matched: number }[];
  /** The sheet read, or null with `message` saying why (the clerk must choose one; none matches). */
  reading: SheetReading | null;
  /** The unit that sent it: a listed unit named in the sheet or the file's name, else what the sheet says. */
  unit: string;
  /** Why nothing can be counted yet, in words; null when it can be added. */
  message: string | null;
}

/** The higher level's biểu mẫu with the consolidated figures written in (a new file; the template is not changed). */
export interface FilledTemplate {
  fileName: string;
  base64: string;
  sheet: string;
  /** The indicators written, by their rows. */
  filled: { row: number; code: string; indicator: string }[];
  /** Cells of kỳ trước/kỳ này that hold a formula: left to compute ("G12"). */
  formulas: string[];
  /** Indicators consolidated that the biểu mẫu has no row for. */
  missing: string[];
}

/** A biểu mẫu with the set's indicators on several sheets: which to fill is the clerk's choice. */
export interface TemplateSheets {
  chooseSheet: { name: string; matched: number }[];
}

/** Which sheet and columns of a unit's Excel file, and which unit sent it, as the clerk chose in the review. */
const sheetChoice = {
  sheet: line(200).optional(),
  columns: z.strictObject({ previous: z.number().int().min(0).max(1_000).nullable(), current: z.number().int().min(0).max(1_000).nullable() }).optional(),
  unit: line(500).optional(),
};

export const consolidationsApi = {
  /** "Tổng hợp báo cáo đơn vị trực thuộc": every consolidation, newest first. */
  'consolidations.list': { readOnly: true, args: z.strictObject({}), result: returns<ConsolidationSummary[]>() },
  /** A new consolidation of a period for a list of units (a deadline to call reports late). */
  'consolidations.create': {
    readOnly: false,
    args: z.strictObject({ period: line(200), deadline: isoDateSchema.nullable(), units: z.array(line(500)).max(1_000), setId: id.nullable() }),
    result: returns<ConsolidationView>(),
  },
  'consolidations.get': { readOnly: true, args: z.strictObject({ id }), result: returns<ConsolidationView>() },
  'consolidations.update': {
    readOnly: false,
    args: z.strictObject({
      id,
      period: line(200).optional(),
      deadline: isoDateSchema.nullable().optional(),
      units: z.array(line(500)).max(1_000).optional(),
      setId: id.nullable().optional(),
    }),
    result: returns<ConsolidationView>(),
  },
  /**
   * A unit's Excel biểu mẫu (.xlsx, .xls) read against the consolidation's Bộ chỉ tiêu, for the
   * review: what goes into which indicator, every row not read and why. Errors: validation (no
   * Bộ chỉ tiêu chosen), unsupported_file (damaged, password, too large, .xls without LibreOffice).
   */
  'consolidations.readSheet': {
    readOnly: true,
    args: z.strictObject({ id, fileName: line(500), base64: packageFile, ...sheetChoice }),
    result: returns<SheetReview>(),
  },
  /**
   * The consolidated figures written into the higher level's Excel biểu mẫu (.xlsx, .xls): each
   * indicator's kỳ trước/kỳ này cells filled, styles, merges and formulas kept; when several of
   * its sheets hold the set's indicators and none is named, the sheets to choose from. Errors:
   * validation (no Bộ chỉ tiêu), unsupported_file (no table of the set's indicators, no kỳ này column).
   */
  'consolidations.fillTemplate': {
    readOnly: true,
    args: z.strictObject({ id, fileName: line(500), base64: packageFile, sheet: sheetChoice.sheet, columns: sheetChoice.columns }),
    result: returns<FilledTemplate | TemplateSheets>(),
  },
  /**
   * Adds units' packages, report files, Word files or Excel biểu mẫu (with the sheet, columns and
   * unit the review chose); each refused file is named with its reason, the rest are added.
   */
  'consolidations.addInputs': {
    readOnly: false,
    args: z.strictObject({
      id,
      files: z
        .array(z.strictObject({ fileName: line(500), base64: packageFile, ...sheetChoice }))
        .min(1)
        .max(300),
    }),
    result: returns<{ view: ConsolidationView; added: string[]; refused: { fileName: string; reason: string }[] }>(),
  },
  'consolidations.removeInput': { readOnly: false, args: z.strictObject({ id, inputId: id }), result: returns<ConsolidationView>() },
  /** The higher unit's report from the consolidation: the figures added up, the per-unit phụ lục. Errors: validation (no Bộ chỉ tiêu, no report received). */
  'consolidations.makeReport': {
    readOnly: false,
    args: z.strictObject({ id, templateId: line(100), profile: z.enum(PROFILE_IDS).optional() }),
    result: returns<Report>(),
  },
  /** For a part of a report made by a consolidation: the units' texts of the same part, or null. */
  'consolidations.narrative': { readOnly: true, args: z.strictObject({ reportId: id, sectionId: id }), result: returns<NarrativePart | null>() },
} as const satisfies Record<`consolidations.${string}`, ApiEntry>;
