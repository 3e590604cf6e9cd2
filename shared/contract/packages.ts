/** packages.*: reports travelling between machines (.baocao), the versions they replaced, their attachments. */
import { z } from 'zod';
import type { Report } from '../domain/report';
import type { DiffOp } from '../sign-off/word-diff';
import { base64Length, MAX_ATTACHMENT_BYTES } from './file-sizes';
import { returns, id, line, packageFile, type ApiEntry } from './entry';

export type ReceiveOutcome = 'added' | 'updated' | 'same' | 'older' | 'conflict' | 'kept-mine' | 'took-theirs' | 'kept-both' | 'merged';

/** One part (or the header, signer, Nơi nhận) of the local and the received version. */
export interface PartDifference {
  part: string;
  mine: string | null;
  theirs: string | null;
  changed: boolean;
  /** The words changed from mine to theirs, when the part is on both sides and changed. */
  diff?: DiffOp[];
}

export interface ReceiveResult {
  outcome: ReceiveOutcome;
  reportId: string;
  /** Keep both: the received version's new report. */
  newReportId?: string;
  sender: string;
  period: string;
  title: string;
  revision: number;
  sentAt: string;
  attachments: string[];
  indicatorSet?: string;
  differences?: PartDifference[];
  /** Both sides changed and have no version in common: the copies did not come from one another. */
  unrelated?: boolean;
}

/** A whole version of a report kept when a package replaced it or was not taken. */
export interface ReportVersionInfo {
  id: string;
  reason: 'replaced-by-received' | 'received-not-kept' | 'mine-not-kept';
  /** Where it came from: "Xã An Phú, lần gửi 3" or "bản trên máy này". */
  source: string;
  createdAt: string;
}

export const packagesApi = {
  /**
   * "Gửi đi (tệp .baocao)": the report, its Word file (when it can be exported), the Bộ chỉ tiêu its
   * indicator rows use, and the attachments given, as one verified package. Errors: not_found.
   */
  'packages.make': {
    readOnly: false,
    args: z.strictObject({
      id,
      attachments: z
        .array(z.strictObject({ name: line(300), base64: z.string().max(base64Length(MAX_ATTACHMENT_BYTES)) }))
        .max(20)
        .optional(),
    }),
    result: returns<{ fileName: string; base64: string; revision: number; withWord: boolean }>(),
  },
  /**
   * Receives a package: verified first (refused whole with unsupported_file when altered,
   * truncated or unknown). When both sides changed, nothing is stored and the answer is
   * `conflict` with the differences; asked again with `choice`, the clerk's choice is applied.
   */
  /**
   * Receives a package; when both sides changed, `choice` settles it: keep mine, take theirs, keep
   * both, or `parts` — theirs for the parts named in `theirs` (PartDifference.part), mine elsewhere.
   */
  'packages.receive': {
    readOnly: false,
    args: z.strictObject({
      fileName: line(500),
      base64: packageFile,
      choice: z.enum(['mine', 'theirs', 'both', 'parts']).optional(),
      theirs: z.array(line(2_000)).max(5_000).optional(),
    }),
    result: returns<ReceiveResult>(),
  },
  /** Whole versions of a report kept when a package replaced it or was not taken, newest first. */
  'packages.versions': { readOnly: true, args: z.strictObject({ id }), result: returns<ReportVersionInfo[]>() },
  /** Opens a kept version as a report of its own. Errors: not_found. */
  'packages.openVersion': { readOnly: false, args: z.strictObject({ versionId: id }), result: returns<Report>() },
  /** Files that came with a report in a package. */
  'packages.attachments': { readOnly: true, args: z.strictObject({ id }), result: returns<{ name: string; base64: string }[]>() },
} as const satisfies Record<`packages.${string}`, ApiEntry>;
