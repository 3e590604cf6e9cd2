/** history.*: the snapshots of a part, and putting one back. */
import { z } from 'zod';
import type { RevisionSummary } from '../domain/history';
import type { Block, Report } from '../domain/report';
import { returns, id, revision, type ApiEntry } from './entry';

export const historyApi = {
  /** The snapshots of one part, newest first. Errors: not_found. */
  'history.list': { readOnly: true, args: z.strictObject({ reportId: id, sectionId: id }), result: returns<RevisionSummary[]>() },
  /** One snapshot's content. Errors: not_found. */
  'history.get': {
    readOnly: true,
    args: z.strictObject({ reportId: id, revisionId: id }),
    result: returns<{ sectionId: string; title: string; blocks: Block[]; createdAt: string }>(),
  },
  /** Puts a snapshot back; what was there is snapshotted first, so the restore can be undone. Errors: not_found. */
  'history.restore': {
    readOnly: false,
    args: z.strictObject({ reportId: id, sectionId: id, revisionId: id, baseRevision: revision }),
    result: returns<Report>(),
  },
} as const satisfies Record<`history.${string}`, ApiEntry>;
