/**
 * Runs one task on a fresh worker thread with a memory ceiling, so a hostile file can exhaust
 * only the worker. The desktop app runs the bundled worker (dist/electron/core-worker.cjs);
 * sources (tests, browser mode, CLI in development) run host/core-worker.ts through tsx.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '#shared/contract/errors';
import { nativeBindingInUse } from '../db/sqlite';

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
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
}

/** The bundled worker's file, for a worker thread that starts workers of its own (the core thread). */
export function bundledWorkerInUse(): string | null {
  return bundledWorker;
}

function sourceWorker(): { script: string; eval: boolean } {
  return { script: sourceWorkerScript(new URL('../host/core-worker.ts', import.meta.url)), eval: true };
}

/** A request as it crosses the thread. */
export interface WorkerRequest {
  task: string;
  args: unknown;
}

/** Errors cross the thread as data: an AppError keeps its code and message. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; code?: string } };

export class WorkerCrashed extends Error {}

/** The task ran past its deadline and its worker was stopped. */
export class WorkerTimedOut extends WorkerCrashed {
  constructor(readonly deadlineMs: number) {
    super(`worker stopped after ${deadlineMs} ms`);
  }
}

export interface WorkerRunOptions {
  /** Overrides the task's deadline (tests). */
  deadlineMs?: number;
}

/** Runs a task by name; features call it through their own `defineWorkerTask` (worker-task.ts). */
export function runInWorker<Result>(task: string, args: unknown, deadlineMs: number): Promise<Result> {
  const { script, eval: isEval } = bundledWorker ? { script: bundledWorker, eval: false } : sourceWorker();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      eval: isEval,
      // The worker loads the same better-sqlite3 build as the main process.
      workerData: { task, args, nativeBinding: nativeBindingInUse() },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
    });
    let settled = false;
    const deadline = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new WorkerTimedOut(deadlineMs));
      void worker.terminate();
    }, deadlineMs);
    // A pending deadline must not keep the process alive on its own.
    deadline.unref();
    worker.once('message', (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (reply.ok) resolve(reply.value as Result);
      else if (reply.error.name === 'AppError' && ERROR_CODES.includes(reply.error.code as ErrorCode))
        reject(new AppError(reply.error.code as ErrorCode, reply.error.message));
      else reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      reject(new WorkerCrashed(error.message));
    });
    worker.once('exit', (code) => {
      if (!settled) {
        settled = true;
        clearTimeout(deadline);
        reject(new WorkerCrashed(`worker exited with code ${code}`));
      }
    });
  });
}
