/**
 * The core's own thread: the data file, every handler and the dispatcher run here, so a long
 * save, search, import, consolidation or bản trình comparison never holds up the thread that
 * handles the window's events (Electron's main process, the browser mode's web server). The host
 * sends each call as a message and gets the dispatcher's envelope back, exactly as in-process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '#shared/contract/errors';
import { INTERNAL_ERROR_MESSAGE } from '#shared/messages/common';
import { useNativeBinding } from '../db/sqlite';
import { openCore } from './open-core';
import { useBundledWorker } from '../worker/run-in-worker';
import type { Core } from './create-core';
import type { CoreThreadData, FromCoreThread, ToCoreThread } from './core-thread-messages';

const port = parentPort;
const post = (message: FromCoreThread) => port?.postMessage(message);

function start(): void {
  const data = workerData as CoreThreadData;
  useNativeBinding(data.nativeBinding);
  useBundledWorker(data.bundledWorker);
  const log = {
    error: (message: string, error?: unknown) =>
      post({ type: 'log', message, detail: error instanceof Error ? (error.stack ?? error.message) : error === undefined ? undefined : String(error) }),
  };
  let core: Core;
  try {
    core = openCore(data.dataDir, data.mode, log);
  } catch (error) {
    post({ type: 'failed', code: error instanceof AppError ? error.code : undefined, message: error instanceof Error ? error.message : String(error) });
    port?.close();
    return;
  }
  port?.on('message', (message: ToCoreThread) => {
    if (message.type === 'close') {
      core.close();
      post({ type: 'closed' });
      // Background timers (backups, indexing) must not keep the thread alive: the host waits for its exit.
      process.exit(0);
    }
    void core.dispatch(message.method, message.args).then((envelope) => {
      try {
        post({ type: 'reply', id: message.id, envelope });
      } catch (error) {
        // A value that cannot cross threads is a bug of ours: the call still gets its answer.
        log.error(`reply to ${String(message.method)} could not be sent`, error);
        post({ type: 'reply', id: message.id, envelope: { ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } } });
      }
    });
  });
  post({ type: 'ready' });
}

start();
