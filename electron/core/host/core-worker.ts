/**
 * The core's worker thread: work that may take seconds or much memory runs here, so the thread
 * that serves saves is never held up — the start-up integrity check, backups (copy, check,
 * compress), restores, and reading and checking other people's Word files. One task per worker;
 * the worker ends when it is done. Each feature declares its tasks (…-tasks.ts); this entry joins
 * them to the functions that do them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '#shared/contract/errors';
import { backupFromFile, compressExisting, unpackBackup } from '../backups/backup-copy';
import { backupTask, compressTask, unpackTask } from '../backups/backup-tasks';
import { checkWordFiles } from '../checker/check-word-file';
import { checkWordFilesTask } from '../checker/checker-tasks';
import { quickCheckTask } from '../data-file/data-file-tasks';
import { checkLiveFile } from '../db/open-database';
import { useNativeBinding } from '../db/sqlite';
import { readWordFile } from '../word-import/read-word-file';
import { importWordTask } from '../word-import/word-import-tasks';
import { importWordSource } from '#shared/word-import/import-word';
import type { WorkerReply, WorkerRequest } from '../worker/run-in-worker';
import type { WorkerTaskImplementation } from '../worker/worker-task';

const backup: WorkerTaskImplementation<typeof backupTask> = (args) => backupFromFile(args.source, args.folder, args.stem);
const compress: WorkerTaskImplementation<typeof compressTask> = (args) => compressExisting(args.folder, args.name, args.stem);
const unpack: WorkerTaskImplementation<typeof unpackTask> = (args) => unpackBackup(args.file, args.target);
const checkFiles: WorkerTaskImplementation<typeof checkWordFilesTask> = async (args) =>
  (await checkWordFiles(args.files, args.profile, { layout: true })).map((outcome) =>
    outcome instanceof AppError ? { problem: outcome.message, code: outcome.code } : { report: outcome },
  );
const importWord: WorkerTaskImplementation<typeof importWordTask> = async (args) => importWordSource(await readWordFile(args.bytes));
const quickCheck: WorkerTaskImplementation<typeof quickCheckTask> = (args) => checkLiveFile(args.path);

const IMPLEMENTATIONS = new Map<string, (args: never) => unknown>([
  [backupTask.name, backup],
  [compressTask.name, compress],
  [unpackTask.name, unpack],
  [checkWordFilesTask.name, checkFiles],
  [importWordTask.name, importWord],
  [quickCheckTask.name, quickCheck],
]);

async function main(): Promise<void> {
  const request = workerData as WorkerRequest & { nativeBinding?: string };
  useNativeBinding(request.nativeBinding);
  let reply: WorkerReply;
  try {
    const implementation = IMPLEMENTATIONS.get(request.task);
    if (!implementation) throw new Error(`no worker task named ${request.task}`);
    reply = { ok: true, value: await implementation(request.args as never) };
  } catch (error) {
    const e = error as { name?: string; message?: string; code?: unknown };
    reply = {
      ok: false,
      error: {
        name: error instanceof AppError ? 'AppError' : (e.name ?? 'Error'),
        message: String(e.message ?? error),
        code: typeof e.code === 'string' ? e.code : undefined,
      },
    };
  }
  parentPort?.postMessage(reply);
}

void main();
