/**
 * Runs one task on a fresh worker thread with a memory ceiling, so a hostile file can exhaust
 * only the worker. The desktop app runs the bundled worker (dist/electron/core-worker.cjs);
 * sources (tests, browser mode, CLI in development) run core-worker.ts through tsx.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/contract/errors';
import { nativeBindingInUse } from '../db/sqlite';
import type { WorkerReply, WorkerTaskName, WorkerTasks } from './worker-tasks';

/** Memory the worker may use before it is stopped: a Word file check or a backup needs far less. */
export const WORKER_MEMORY_MB = 768;

let bundledWorker: string | null = null;

/** The desktop app's main process names its bundled worker file once at start. */
export function useBundledWorker(file: string | null): void {
  bundledWorker = file;
}

/** How a worker thread is started from sources: tsx registered first, then the entry module. */
export function sourceWorkerScript(entry: URL): string {
  // The ES module build of tsx's API (require.resolve names the CommonJS one beside it).
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
}

/** The bundled worker's file, for a worker thread that starts workers of its own (the core thread). */
export function bundledWorkerInUse(): string | null {
  return bundledWorker;
}

function sourceWorker(): { script: string; eval: boolean } {
  return { script: sourceWorkerScript(new URL('./core-worker.ts', import.meta.url)), eval: true };
}

export class WorkerCrashed extends Error {}

export function runInWorker<K extends WorkerTaskName>(task: K, args: WorkerTasks[K]['args']): Promise<WorkerTasks[K]['result']> {
  const { script, eval: isEval } = bundledWorker ? { script: bundledWorker, eval: false } : sourceWorker();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      eval: isEval,
      // The worker loads the same better-sqlite3 build as the main process.
      workerData: { task, args, nativeBinding: nativeBindingInUse() },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
    });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.value as WorkerTasks[K]['result']);
      else if (reply.error.name === 'AppError' && ERROR_CODES.includes(reply.error.code as ErrorCode)) reject(new AppError(reply.error.code as ErrorCode, reply.error.message));
      else reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(new WorkerCrashed(error.message));
    });
    worker.once('exit', (code) => {
      if (!settled) {
        settled = true;
        reject(new WorkerCrashed(`worker exited with code ${code}`));
      }
    });
  });
}
