/** Opens the real data file in a data folder and builds the core around it (desktop and browser mode). */
import { randomUUID } from 'node:crypto';
import { AppError } from '#shared/contract/errors';
import type { AppInfo } from '#shared/contract/api';
import { createCore, type Core } from './create-core';
import { DataFile } from '../data-file/data-file';
import type { Logger } from '../log/logger';
import { APP_VERSION } from '../version';

export function openCore(dataDir: string, mode: AppInfo['mode'], log: Logger): Core {
  const clock = () => new Date();
  const data = DataFile.open(dataDir, clock, log);
  // Backups in the background, on the worker thread; a failure is logged, never in the clerk's way.
  void data.startBackgroundWork().catch((error: unknown) => log.error('background backup failed', error));
  return createCore({ data, clock, newId: () => randomUUID(), log, info: { version: APP_VERSION, dataDir, mode } });
}

/**
 * The core for one command-line run (`baocao library …`): the same handlers, validation and
 * guards as the app, on the data folder's file, without the app's background backups.
 */
export function openCommandLineCore(dataDir: string, clock: () => Date, log: Logger): Core {
  const data = DataFile.open(dataDir, clock, log, { integrity: 'before-first-write' });
  return createCore({ data, clock, newId: () => randomUUID(), log, info: { version: APP_VERSION, dataDir, mode: 'cli' } });
}

/**
 * The command line on an office server (`--server`): a core with no data file of its own (an
 * empty one in memory, no address kept), connected as the login in `url` with `password`.
 */
export async function openServerCore(url: string, password: string, clock: () => Date, log: Logger): Promise<Core> {
  const core = createCore({
    data: DataFile.inMemory(),
    clock,
    newId: () => randomUUID(),
    log,
    info: { version: APP_VERSION, dataDir: ':memory:', mode: 'cli' },
  });
  const connected = await core.dispatch('server.connect', { url, password });
  if (!connected.ok) {
    core.close();
    throw new AppError(connected.error.code, connected.error.message);
  }
  return core;
}
