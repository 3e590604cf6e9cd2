/** What the core thread and the host that started it say to each other (structured-clone values only). */
import type { AppInfo } from '#shared/contract/api';
import type { Envelope } from '#shared/contract/errors';

export interface CoreThreadData {
  dataDir: string;
  mode: AppInfo['mode'];
  /** The better-sqlite3 build the host uses (Electron's differs from Node's). */
  nativeBinding: string | undefined;
  /** The bundled task worker's file (desktop app); null where sources run through tsx. */
  bundledWorker: string | null;
}

export type ToCoreThread = { type: 'call'; id: number; method: unknown; args: unknown } | { type: 'close' };

export type FromCoreThread =
  | { type: 'ready' }
  /** The data file could not be opened: the host says why and stops (as openCore throwing). */
  | { type: 'failed'; code: string | undefined; message: string }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'log'; message: string; detail: string | undefined }
  | { type: 'closed' };
