/** What the core asks of its worker thread, and what comes back. One list, both sides. */
import type { ImportDraft } from '../../../shared/word-import/import-word';
import type { CheckReport } from '../../../shared/the-thuc/findings';
import type { ProfileId } from '../../../shared/domain/vocabulary';
import type { VerifiedCopy } from '../backup/backup-copy';

export interface WorkerTasks {
  backup: { args: { source: string; folder: string; stem: string }; result: VerifiedCopy };
  compress: { args: { folder: string; name: string; stem: string }; result: VerifiedCopy | null };
  unpack: { args: { file: string; target: string }; result: number };
  checkDocx: { args: { bytes: Uint8Array; profile?: ProfileId }; result: CheckReport };
  quickCheck: { args: { path: string }; result: { ok: true } | { ok: false; detail: string } };
  importWord: { args: { bytes: Uint8Array }; result: ImportDraft };
}
export type WorkerTaskName = keyof WorkerTasks;

export type WorkerRequest = { [K in WorkerTaskName]: { task: K; args: WorkerTasks[K]['args'] } }[WorkerTaskName];

/** Errors cross the thread as data: an AppError keeps its code and message. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; code?: string } };
