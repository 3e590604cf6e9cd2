/**
 * checker.checkDocx and checker.checkFiles: the "Kiểm tra thể thức" screen's back end. Other
 * people's files are read on a worker thread with a memory ceiling, so a hostile file never
 * delays a save; a call's files go to one worker, which lays them out by one start of
 * LibreOffice. Should that worker fail (a file exhausting it, looping), each file is checked
 * again alone, so only the hostile file goes without its findings.
 */
import { AppError } from '#shared/contract/errors';
import type { FileCheck } from '#shared/contract/checker';
import type { ProfileId } from '#shared/domain/vocabulary';
import type { Handlers } from '../dispatcher';
import { WorkerCrashed, WorkerTimedOut } from '../worker/run-in-worker';
import { CHECK_DEADLINE_PER_MORE_FILE_MS, checkWordFilesTask, type CheckOutcome } from './checker-tasks';
import { checkerFileProblems, workerMessages } from '#shared/messages/word-files';

interface NamedFile {
  fileName: string;
  bytes: Uint8Array;
}

async function checkBatch(files: readonly NamedFile[], profile: ProfileId | undefined): Promise<{ fileName: string; outcome: CheckOutcome }[]> {
  const deadlineMs = checkWordFilesTask.deadlineMs + CHECK_DEADLINE_PER_MORE_FILE_MS * (files.length - 1);
  try {
    const outcomes = await checkWordFilesTask.run({ files: files.map((f) => f.bytes), profile }, { deadlineMs });
    return files.map((file, i) => ({ fileName: file.fileName, outcome: outcomes[i] as CheckOutcome }));
  } catch (error) {
    if (!(error instanceof WorkerCrashed)) throw error;
    if (files.length > 1) {
      const alone = [];
      for (const file of files) alone.push(...(await checkBatch([file], profile)));
      return alone;
    }
    const { fileName } = files[0] as NamedFile;
    const problem =
      error instanceof WorkerTimedOut ? workerMessages.tooSlow('Kiểm tra', `tệp "${fileName}"`, error.deadlineMs) : checkerFileProblems.tooOdd(fileName);
    return [{ fileName, outcome: { problem, code: 'validation' } }];
  }
}

const chosenProfile = (profile: ProfileId | 'auto') => (profile === 'auto' ? undefined : profile);

export function checkerHandlers(): Pick<Handlers, 'checker.checkDocx' | 'checker.checkFiles'> {
  return {
    'checker.checkDocx': async ({ fileName, base64, profile }) => {
      const [checked] = await checkBatch([{ fileName, bytes: Buffer.from(base64, 'base64') }], chosenProfile(profile));
      const outcome = (checked as { outcome: CheckOutcome }).outcome;
      if ('problem' in outcome) throw new AppError(outcome.code, outcome.problem);
      return { fileName, ...outcome.report };
    },
    'checker.checkFiles': async ({ files, profile }) => {
      const checked = await checkBatch(
        files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') })),
        chosenProfile(profile),
      );
      const results: FileCheck[] = checked.map(({ fileName, outcome }) =>
        'problem' in outcome ? { fileName, problem: outcome.problem } : { fileName, report: outcome.report },
      );
      return { results };
    },
  };
}
