/** Checking someone else's Word file runs on the worker thread with its memory ceiling. */
import type { CheckReport } from '#shared/the-thuc/findings';
import type { ProfileId } from '#shared/domain/vocabulary';
import { defineWorkerTask } from '../worker/worker-task';

/** Laying a file out with LibreOffice takes a few seconds; a hostile file can loop for ever. */
export const checkDocxTask = defineWorkerTask<{ bytes: Uint8Array; profile?: ProfileId }, CheckReport>('checkDocx', 180_000);
