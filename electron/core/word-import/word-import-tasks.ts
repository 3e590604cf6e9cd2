/** Reading someone else's Word file runs on the worker thread with its memory ceiling. */
import type { ImportDraft } from '#shared/word-import/import-word';
import { defineWorkerTask } from '../worker/worker-task';

/** Reading one Word file takes well under a second (bench/field-accuracy.ts); a hostile one can loop for ever. */
export const importWordTask = defineWorkerTask<{ bytes: Uint8Array }, ImportDraft>('importWord', 60_000);
