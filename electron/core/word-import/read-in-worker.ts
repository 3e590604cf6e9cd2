/**
 * Someone else's Word file, read and recognised on the worker thread with its memory ceiling (as
 * the checker reads files): a file that exhausts it is refused with a message, never a crash.
 */
import { AppError } from '#shared/contract/errors';
import type { ImportDraft } from '#shared/word-import/import-word';
import { WorkerCrashed, WorkerTimedOut, type WorkerRunOptions } from '../worker/run-in-worker';
import { importWordTask } from './word-import-tasks';
import { workerMessages } from '#shared/messages/word-files';

export async function readWordInWorker(bytes: Uint8Array, fileName?: string, options: WorkerRunOptions = {}): Promise<ImportDraft> {
  try {
    return await importWordTask.run({ bytes }, options);
  } catch (error) {
    if (error instanceof WorkerTimedOut)
      throw new AppError('unsupported_file', workerMessages.tooSlow('Đọc', fileName ? `tệp "${fileName}"` : 'tệp Word này', error.deadlineMs));
    if (error instanceof WorkerCrashed) {
      throw new AppError('unsupported_file', workerMessages.tooOddToRead(fileName));
    }
    throw error;
  }
}
