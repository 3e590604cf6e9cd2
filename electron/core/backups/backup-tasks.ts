/** The backup work that runs on the worker thread: copying, compressing and unpacking a data file takes seconds to minutes. */
import { defineWorkerTask } from '../worker/worker-task';
import type { VerifiedCopy } from './backup-copy';

/** A backup or the compression of a large data file may take minutes on a slow disk. */
const BACKUP_DEADLINE_MS = 30 * 60_000;

export const backupTask = defineWorkerTask<{ source: string; folder: string; stem: string }, VerifiedCopy>('backup', BACKUP_DEADLINE_MS);
export const compressTask = defineWorkerTask<{ folder: string; name: string; stem: string }, VerifiedCopy | null>('compress', BACKUP_DEADLINE_MS);
export const unpackTask = defineWorkerTask<{ file: string; target: string }, number>('unpack', BACKUP_DEADLINE_MS);
