/** Checking someone else's Word files runs on a worker thread with its memory ceiling. */
import type { ErrorCode } from '#shared/contract/errors';
import type { CheckReport } from '#shared/the-thuc/findings';
import type { ProfileId } from '#shared/domain/vocabulary';
import { defineWorkerTask } from '../worker/worker-task';

/** One file's outcome as it crosses the thread: its findings, or the refusal (an AppError's code and words). */
export type CheckOutcome = { report: CheckReport } | { problem: string; code: ErrorCode };

/**
 * A batch of files read, laid out by one start of LibreOffice and judged (checkWordFiles).
 * Laying a file out takes a second or two; a hostile file can loop for ever.
 */
export const checkWordFilesTask = defineWorkerTask<{ files: Uint8Array[]; profile?: ProfileId }, CheckOutcome[]>('checkWordFiles', 180_000);
/** What each further file of a batch adds to its deadline. */
export const CHECK_DEADLINE_PER_MORE_FILE_MS = 60_000;
