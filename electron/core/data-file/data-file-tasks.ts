/** The start-up integrity check runs on the worker thread, so saves are never held up by it. */
import type { IntegrityResult } from '../db/open-database';
import { defineWorkerTask } from '../worker/worker-task';

/** quick_check of a large data file on a slow disk may take minutes. */
export const quickCheckTask = defineWorkerTask<{ path: string }, IntegrityResult>('quickCheck', 30 * 60_000);
