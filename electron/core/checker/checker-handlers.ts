/**
 * checker.checkDocx: the "Kiểm tra thể thức" screen's back end. Other people's files are read
 * on the worker thread with a memory ceiling, so a hostile file never delays a save.
 */
import { AppError } from '#shared/contract/errors';
import type { Handlers } from '../dispatcher';
import { WorkerCrashed, WorkerTimedOut } from '../worker/run-in-worker';
import { checkDocxTask } from './checker-tasks';
import { checkerFileProblems, workerMessages } from '#shared/messages/word-files';

export function checkerHandlers(): Pick<Handlers, 'checker.checkDocx'> {
  return {
    'checker.checkDocx': async ({ fileName, base64, profile }) => {
      try {
        const report = await checkDocxTask.run({ bytes: Buffer.from(base64, 'base64'), profile: profile === 'auto' ? undefined : profile });
        return { fileName, ...report };
      } catch (error) {
        if (error instanceof WorkerTimedOut) throw new AppError('validation', workerMessages.tooSlow('Kiểm tra', `tệp "${fileName}"`, error.deadlineMs));
        if (error instanceof WorkerCrashed) {
          throw new AppError('validation', checkerFileProblems.tooOdd(fileName));
        }
        throw error;
      }
    },
  };
}
