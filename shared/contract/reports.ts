/** reports.*: one report — made, read, its details saved, written as a report file. */
import { z } from 'zod';
import type { Report } from '../domain/report';
import type { ProfileDetails } from '../domain/profile-details';
import { PROFILE_IDS, type ProfileId } from '../domain/vocabulary';
import { headerSchema, OUTLINES, signatureSchema } from '../report-format/schema';
import { returns, id, line, revision, contentBlock, contentAppendix, type ApiEntry } from './entry';

/** Revisions as stored: the report's details, its tree of parts, and each part. */
export interface RevisionState {
  revision: number;
  structureRevision: number;
  sections: Record<string, number>;
}

export interface SavedAt {
  updatedAt: string;
  /** The revision the save made: the base of the next save. */
  revision: number;
}

export const reportsApi = {
  /** One whole report. Errors: not_found. */
  'reports.get': { readOnly: true, args: z.strictObject({ id }), result: returns<Report>() },
  /** A new report from a template. Errors: validation (unknown template). */
  'reports.create': {
    readOnly: false,
    args: z.strictObject({
      templateId: line(100),
      profile: z.enum(PROFILE_IDS),
      period: line(200),
    }),
    result: returns<Report>(),
  },
  /**
   * "Tạo từ báo cáo kỳ trước": a new report for the next period from this one — same header with
   * số and ngày cleared and the period moved on, same parts with their content, indicator
   * tables rolled over. Errors: not_found.
   */
  'reports.createFromPrevious': { readOnly: false, args: z.strictObject({ id }), result: returns<Report>() },
  /** Where each part and the report's details stand: an open window polls this to see another window's saves. */
  'reports.revisions': { readOnly: true, args: z.strictObject({ id }), result: returns<RevisionState>() },
  /** Saves header, signer, recipients, profile or period (any subset). Errors: not_found, conflict (details: the stored report). */
  'reports.updateMeta': {
    readOnly: false,
    args: z.strictObject({
      id,
      baseRevision: revision,
      profile: z.enum(PROFILE_IDS).optional(),
      period: line(200).optional(),
      outline: z.enum(OUTLINES).optional(),
      appendices: z.array(contentAppendix).max(50).optional(),
      opening: z.array(contentBlock).max(1_000).optional(),
      closing: z.array(contentBlock).max(1_000).optional(),
      header: headerSchema.optional(),
      signature: signatureSchema.optional(),
      recipients: z.array(line()).max(500).optional(),
    }),
    result: returns<SavedAt>(),
  },
  /**
   * Changes the thể thức, and with it, in the same save, every detail still as the old thể thức
   * started it (ký hiệu form, signer block, nơi nhận; shared/domain/profile-details.ts). Returns
   * the details as saved. Errors: not_found, conflict (details: the stored report), validation (published).
   */
  'reports.changeProfile': {
    readOnly: false,
    args: z.strictObject({ id, baseRevision: revision, profile: z.enum(PROFILE_IDS) }),
    result: returns<SavedAt & ProfileDetails & { profile: ProfileId }>(),
  },
  /** The report as a `baocao.report/1` JSON file. Errors: not_found. */
  'reports.exportJson': { readOnly: true, args: z.strictObject({ id }), result: returns<{ fileName: string; json: string }>() },
} as const satisfies Record<`reports.${string}`, ApiEntry>;
