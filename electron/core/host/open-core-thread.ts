/**
 * Starts the core on its own thread (core-thread.ts) and gives the host the same `Core` it would
 * get in-process: `dispatch` sends the call and resolves with the envelope, `close` waits until
 * the data file is closed. Desktop and browser mode both open the core this way, so the thread
 * that handles the window (or the web server) only ever waits for messages.
 */
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type Envelope, type ErrorCode } from '#shared/contract/errors';
import type { AppInfo } from '#shared/contract/api';
import type { Core } from './create-core';
import { nativeBindingInUse } from '../db/sqlite';
import type { Logger } from '../log/logger';
import { bundledWorkerInUse, sourceWorkerScript } from '../worker/run-in-worker';
import type { CoreThreadData, FromCoreThread, ToCoreThread } from './core-thread-messages';
import { dataFileMessages } from '#shared/messages/storage';

let bundledCoreThread: string | null = null;

/** The desktop app names its bundled core thread file once at start (dist/electron/core-thread.cjs). */
export function useBundledCoreThread(file: string | null): void {
  bundledCoreThread = file;
}

/** The core as a host holds it: the same dispatch; closing waits until the data file is closed. */
export interface ThreadCore {
  dispatch: Core['dispatch'];
  close(): Promise<void>;
}

export function openCoreThread(dataDir: string, mode: AppInfo['mode'], log: Logger): Promise<ThreadCore> {
  const data: CoreThreadData = { dataDir, mode, nativeBinding: nativeBindingInUse(), bundledWorker: bundledWorkerInUse() };
  const worker = bundledCoreThread
    ? new Worker(bundledCoreThread, { workerData: data })
    : new Worker(sourceWorkerScript(new URL('./core-thread.ts', import.meta.url)), { eval: true, workerData: data });
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 1;
  let stopped = false;
  let closing: Promise<void> | null = null;
  const stoppedEnvelope = (): Envelope<unknown> => ({
    ok: false,
    error: { code: 'internal', message: closing ? dataFileMessages.coreClosed : dataFileMessages.coreThreadStopped },
  });

  return new Promise((resolve, reject) => {
    let ready = false;
    const stop = (why: string) => {
      if (stopped) return;
      stopped = true;
      if (!closing) log.error(`the core thread stopped: ${why}`);
      for (const answer of pending.values()) answer(stoppedEnvelope());
      pending.clear();
      if (!ready) reject(new AppError('internal', dataFileMessages.coreThreadStopped));
    };
    worker.on('message', (message: FromCoreThread) => {
      switch (message.type) {
        case 'ready':
          ready = true;
          resolve(core);
          return;
        case 'failed':
          stopped = true;
          reject(new AppError(ERROR_CODES.includes(message.code as ErrorCode) ? (message.code as ErrorCode) : 'internal', message.message));
          return;
        case 'reply': {
          const answer = pending.get(message.id);
          pending.delete(message.id);
          answer?.(message.envelope);
          return;
        }
        case 'log':
          log.error(message.message, message.detail);
          return;
        case 'closed':
          return;
      }
    });
    worker.on('error', (error) => stop(error.stack ?? error.message));
    worker.on('exit', (code) => stop(`exit code ${code}`));

    const send = (message: ToCoreThread) => worker.postMessage(message);
    const core: ThreadCore = {
      dispatch: (method, args) => {
        if (stopped) return Promise.resolve(stoppedEnvelope());
        const id = nextId;
        nextId += 1;
        return new Promise((answer) => {
          pending.set(id, answer);
          try {
            send({ type: 'call', id, method, args });
          } catch {
            // Arguments that cannot cross threads come from a broken caller, never the screen.
            pending.delete(id);
            answer({ ok: false, error: { code: 'validation', message: 'Yêu cầu gửi tới ứng dụng không hợp lệ.' } });
          }
        });
      },
      close: () => {
        closing ??= stopped
          ? Promise.resolve()
          : new Promise<void>((done) => {
              worker.once('exit', () => done());
              send({ type: 'close' });
            });
        return closing;
      },
    };
  });
}
