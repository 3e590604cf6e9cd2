/** signOff.*: the bản trình out and back, the report's state, its new versions. */
import { z } from 'zod';
import type { Report } from '../domain/report';
import { isoDateSchema } from '../report-format/schema';
import type { ReviewChange } from '../sign-off/review';
import { returns, id, line, wordFile, type ApiEntry } from './entry';

export interface ReportEvent {
  kind: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface SubmissionReview {
  reportId: string;
  title: string;
  number: number;
  sentAt: string;
  /** The bản trình was made from the published report this one is a new version of: its changes are reviewed against this version. */
  fromEarlierVersion?: { reportId: string; title: string };
  /** When this bản trình's edits were taken before ("Nhận bản đã sửa" of the same file again), or null. */
  takenBefore: string | null;
  /** Changes of the file the report already has (taken before, or made by the clerk too): not shown again. */
  alreadyTaken: number;
  /** Paragraph changes, field changes and the comments beside what they are anchored to, in the order of the file. */
  changes: ReviewChange[];
  /** Lines of the returned file the reader could not place. */
  unplaced: string[];
  /** Comments anchored to lines the reader could not place: listed with their text, never dropped. */
  unplacedComments: { author: string; text: string; anchor: string }[];
}

export const signOffApi = {
  /** "Xuất bản trình": a Word file tagged with the report's id and the bản trình's number; the report becomes Đã trình. */
  'signOff.export': { readOnly: false, args: z.strictObject({ id }), result: returns<{ fileName: string; base64: string; number: number }>() },
  /**
   * "Nhận bản đã sửa": the file that came back, matched to its report and bản trình, read, and
   * compared: the changes to accept or reject (nothing is saved). Errors: unsupported_file.
   */
  'signOff.review': {
    readOnly: true,
    args: z.strictObject({ reportId: id, fileName: line(500), base64: wordFile }),
    result: returns<SubmissionReview>(),
  },
  /**
   * Applies the accepted changes (by id, from a review of the same file), all or none; the rest
   * stay as they are. A change that collides with the clerk's later edit is applied as `keepBoth`
   * says: the leader's version beside hers (its id listed there), or in her version's place.
   * Errors: unsupported_file (another report's file), validation (published).
   */
  'signOff.apply': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      fileName: line(500),
      base64: wordFile,
      accept: z.array(line(20)).max(100_000),
      keepBoth: z.array(line(20)).max(100_000).optional(),
    }),
    result: returns<{ report: Report; taken: number; keptBoth: number; notPlaced: string[] }>(),
  },
  /** Đã duyệt, or Đã phát hành with the số and ngày the văn thư gave; back to Đang soạn. Errors: validation. */
  'signOff.setState': {
    readOnly: false,
    args: z.strictObject({ id, state: z.enum(['drafting', 'approved', 'published']), number: line(20).optional(), date: isoDateSchema.optional() }),
    result: returns<Report>(),
  },
  /** The report's changes of state and bản trình, oldest first. */
  'signOff.events': { readOnly: true, args: z.strictObject({ id }), result: returns<ReportEvent[]>() },
  /** "Tạo phiên bản mới" of a published report: a draft copy to change, the published one untouched. */
  'signOff.newVersion': { readOnly: false, args: z.strictObject({ id }), result: returns<Report>() },
} as const satisfies Record<`signOff.${string}`, ApiEntry>;
