/** library.*: "Báo cáo của tôi" — the list and its shelves, search, and reports brought in from files. */
import { z } from 'zod';
import type { Report, ReportSummary } from '../domain/report';
import { SHELVES } from '../domain/report';
import type { SearchResult } from './search';
import type { ImportDraft } from '../word-import/import-word';
import { PROFILE_IDS } from '../domain/vocabulary';
import { returns, id, line, wordFile, type ApiEntry } from './entry';

export const libraryApi = {
  /** Every report not in the Thùng rác (listed or archived), newest edit first. */
  'library.list': { readOnly: true, args: z.strictObject({}), result: returns<ReportSummary[]>() },
  /** "Báo cáo của tôi", one page of a shelf (the list, Lưu trữ, Thùng rác) with the shelf's size. */
  'library.page': {
    readOnly: true,
    args: z.strictObject({
      shelf: z.enum(SHELVES),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
      /** Only the reports received from this unit ("bản nhận được"); "" for the unit's own. */
      from: line(500).optional(),
      /** Newest edit first (the default), or by the unit that sent them (the unit's own first). */
      sort: z.enum(['updated', 'unit']).optional(),
    }),
    result: returns<{
      items: ReportSummary[];
      total: number;
      /** The units the shelf's received reports came from, for the list's filter. */ senders: string[];
    }>(),
  },
  /**
   * "Tìm trong các báo cáo": words with or without diacritics, exact spelling first; filters by
   * year, loại báo cáo, thể thức and kỳ. Archived reports are found, the Thùng rác is not.
   */
  'library.search': {
    readOnly: true,
    args: z.strictObject({
      query: line(200),
      year: z.number().int().min(1900).max(2200).optional(),
      kind: line(100).optional(),
      profile: z.enum(PROFILE_IDS).optional(),
      period: line(200).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    result: returns<SearchResult>(),
  },
  /** "Lưu trữ" (archived: true) or back to the list (false). Errors: not_found. */
  'library.archive': { readOnly: false, args: z.strictObject({ id, archived: z.boolean() }), result: returns<null>() },
  /** "Khôi phục" from the Thùng rác. Errors: not_found. */
  'library.restore': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /** "Xóa hẳn" a report that is in the Thùng rác, with its parts and history. Errors: not_found. */
  'library.deleteForever': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /**
   * "Nhập từ tệp Word": reads a .docx or .doc and recognises the report in it, for the clerk to
   * review (nothing is saved). Errors: unsupported_file (not Word, encrypted, too large, damaged).
   */
  'library.readWord': {
    readOnly: true,
    args: z.strictObject({ fileName: line(500), base64: wordFile }),
    result: returns<ImportDraft & { fileName: string }>(),
  },
  /** Saves a reviewed import as a new report; history notes the file it came from. Errors: unsupported_file (with the bad field). */
  'library.saveImport': { readOnly: false, args: z.strictObject({ fileName: line(500), json: z.string().max(50_000_000) }), result: returns<Report>() },
  /** "Xóa": moves a report to the Thùng rác, deleted for good 30 days later. Errors: not_found. */
  'library.delete': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /** Every readable report as a `baocao.report/1` file, in one .zip ("Xuất tất cả", also from a damaged file). */
  /** `failed`: the reports that could not be read, each "trích yếu: why". */
  /**
   * Waits until something is saved after change number `after` — by this app or, on an office
   * server, by any PC — or `timeoutMs` passes; the screen then reads what it shows again.
   */
  'library.waitForChange': {
    readOnly: true,
    args: z.strictObject({ after: z.number().int().min(0), timeoutMs: z.number().int().min(0).max(30_000) }),
    result: returns<{ change: number }>(),
  },
  'library.exportAll': {
    readOnly: true,
    args: z.strictObject({}),
    result: returns<{ fileName: string; base64: string; exported: number; failed: string[] }>(),
  },
  /** A new report from a `baocao.report/1` file. Errors: unsupported_file (with the bad field's path). */
  'library.importJson': { readOnly: false, args: z.strictObject({ json: z.string().max(50_000_000) }), result: returns<Report>() },
} as const satisfies Record<`library.${string}`, ApiEntry>;
