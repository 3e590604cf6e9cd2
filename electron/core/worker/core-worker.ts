/**
 * The core's worker thread: work that may take seconds or much memory runs here, so the thread
 * that serves saves is never held up — the start-up integrity check, backups (copy, check,
 * compress), restores, and checking other people's Word files. One task per worker; the worker ends when it is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { backupFromFile, checkLiveFile, compressExisting, unpackBackup } from '../backup/backup-copy';
import { checkWordFile } from '../checker/check-word-file';
import { readWordFile } from '../word-import/read-word-file';
import { importWordSource } from '../../../shared/word-import/import-word';
import { useNativeBinding } from '../db/sqlite';
import type { WorkerReply, WorkerRequest } from './worker-tasks';

async function run(request: WorkerRequest): Promise<unknown> {
  switch (request.task) {
    case 'backup':
      return backupFromFile(request.args.source, request.args.folder, request.args.stem);
    case 'compress':
      return compressExisting(request.args.folder, request.args.name, request.args.stem);
    case 'unpack':
      return unpackBackup(request.args.file, request.args.target);
    case 'checkDocx':
      return checkWordFile(request.args.bytes, request.args.profile, { layout: true });
    case 'importWord':
      return importWordSource(await readWordFile(request.args.bytes));
    case 'quickCheck':
      return checkLiveFile(request.args.path);
  }
}

async function main(): Promise<void> {
  const request = workerData as WorkerRequest & { nativeBinding?: string };
  useNativeBinding(request.nativeBinding);
  let reply: WorkerReply;
  try {
    reply = { ok: true, value: await run(request) };
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
