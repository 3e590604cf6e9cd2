/** export.*: the Word file, and the report's tables as an Excel workbook. */
import { z } from 'zod';
import { returns, id, type ApiEntry } from './entry';

export interface ExportedFile {
  fileName: string;
  /** File bytes, base64: both transports carry JSON. */
  base64: string;
  /** Titles of parts left out because they were empty. */
  omittedEmptyParts: string[];
}

export const exportApi = {
  /** The Word file. Errors: not_found, validation (what is missing for a valid file). */
  'export.docx': { readOnly: true, args: z.strictObject({ id, tableOfContents: z.boolean().optional() }), result: returns<ExportedFile>() },
  /**
   * "Xuất bảng số liệu ra Excel": every table of the report (indicator tables as printed), one
   * sheet each, figures as numbers. Errors: not_found, validation (the report has no table).
   */
  'export.xlsx': { readOnly: true, args: z.strictObject({ id }), result: returns<{ fileName: string; base64: string; tables: number }>() },
} as const satisfies Record<`export.${string}`, ApiEntry>;
