/**
 * The one dispatcher: unknown method → validation error; arguments checked against the
 * contract's schema; any thrown error becomes the envelope. Handlers may assume valid input.
 * Unexpected errors reach the UI as a plain Vietnamese sentence; the stack goes to the log.
 */
import { apiArgSchemas, isApiMethod, type ApiMethod, type ApiResult, type ParsedApiArgs } from '#shared/contract/api';
import { AppError, type Envelope } from '#shared/contract/errors';
import { DAMAGED_LIST_MESSAGE, DAMAGED_PAGE_MESSAGE, INTERNAL_ERROR_MESSAGE } from '#shared/messages/common';
import { formatPath } from '#shared/report-format/read-report-file';
import { isCorruption, storageError, storageProblem } from './db/storage-errors';
import { RETRY, type Retry } from '#shared/messages/storage';
import { requestMessages } from '#shared/messages/common';
import type { Logger } from './log/logger';

export type Handlers = { [M in ApiMethod]: (args: ParsedApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

/**
 * The handlers of every feature, as one table. Spreading objects would let a second handler
 * of the same method silently replace the first: here that is refused, and so is a method
 * of the contract that nobody handles.
 */
export function combineHandlers(...groups: Partial<Handlers>[]): Handlers {
  const all: Partial<Record<ApiMethod, unknown>> = {};
  for (const group of groups) {
    for (const method of Object.keys(group) as ApiMethod[]) {
      if (method in all) throw new Error(`two handlers for the method "${method}"`);
      all[method] = group[method];
    }
  }
  const missing = (Object.keys(apiArgSchemas) as ApiMethod[]).filter((m) => !(m in all));
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  return all as Handlers;
}

export type Dispatch = (method: unknown, args: unknown) => Promise<Envelope<unknown>>;

interface DispatchOptions {
  /** Runs (and is awaited) before every call; throws an AppError to refuse it (the damaged-file gate). */
  guard?: (method: ApiMethod) => void | Promise<void>;
  /** Runs after every call that succeeded. */
  after?: (method: ApiMethod) => void;
  /** Where the data lives, named in disk-problem messages. */
  dataPlace?: string;
  /** The words for an unexpected error (they differ while the data file is damaged). */
  internalMessage?: () => string;
  /** How long an autosave waits for another program's write lock before the clerk is told (tests shorten the pause). */
  lockWait?: { deadlineMs: number; pauseMs: number };
}

/**
 * Another writer (the command line adding a folder of files, a backup) can hold the data file's
 * lock longer than SQLite's busy timeout on a loaded PC. An autosave is then tried again, quietly,
 * for this long before "Tệp dữ liệu đang bị một chương trình khác giữ" reaches the clerk: the
 * editor's saves are safe to repeat (each names the revision it was made from, so a repeat that
 * is no longer current is a conflict, never a double write).
 */
const AUTOSAVE_LOCK_WAIT = { deadlineMs: 15_000, pauseMs: 250 } as const;

/** Methods that read the whole list: when they hit a damaged page there is no "other report" to fall back on. */
const LIST_METHODS: ReadonlySet<ApiMethod> = new Set(['library.list', 'library.page', 'library.search']);

/** The editor's autosaves are retried with "Thử lưu lại"; a backup with "Sao lưu ngay". */
const AUTOSAVE_METHODS: ReadonlySet<ApiMethod> = new Set(['sections.update', 'reports.updateMeta']);
/**
 * Writes that wait out another writer's lock: the autosaves, and a report file added in one
 * transaction (\`baocao library add\` of .json files beside the open app) — refused by SQLite
 * before anything is written, so safe to try again; refused as "busy" it would leave a file out.
 * (library.saveImport writes twice, the report then its first version: a repeat could add it twice.)
 */
const LOCK_WAITING_METHODS: ReadonlySet<ApiMethod> = new Set([...AUTOSAVE_METHODS, 'library.importJson']);
function retryFor(method: ApiMethod): Retry {
  if (AUTOSAVE_METHODS.has(method)) return RETRY.save;
  return method === 'backups.create' ? RETRY.backup : RETRY.other;
}

/** Runs `work`, again after a pause whenever the data file was locked by another writer, until the deadline. */
async function waitingOutLocks<T>(work: () => T | Promise<T>, wait: { deadlineMs: number; pauseMs: number }, waiting: () => void): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (storageProblem(error) !== 'locked' || Date.now() - started + wait.pauseMs > wait.deadlineMs) throw error;
      waiting();
      await new Promise((resume) => setTimeout(resume, wait.pauseMs));
    }
  }
}

export function createDispatcher(handlers: Handlers | (() => Handlers), log: Logger, options: DispatchOptions = {}): Dispatch {
  const current = typeof handlers === 'function' ? handlers : () => handlers;
  return async (method, args) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'validation', message: requestMessages.unknownMethod(typeof method === 'string' ? method : null) } };
    }
    const parsed = apiArgSchemas[method].safeParse(args ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? formatPath(first.path) : '';
      return {
        ok: false,
        error: {
          code: 'validation',
          message: requestMessages.invalidArgs(where),
        },
      };
    }
    try {
      await options.guard?.(method);
      const handler = current()[method] as (a: unknown) => unknown;
      const value = LOCK_WAITING_METHODS.has(method)
        ? await waitingOutLocks(
            () => handler(parsed.data),
            options.lockWait ?? AUTOSAVE_LOCK_WAIT,
            () => log.info?.(`${method} waits for the data file's write lock`),
          )
        : await handler(parsed.data);
      options.after?.(method);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error:
            error.current === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, current: error.current },
        };
      }
      if (isCorruption(error)) {
        log.error(`${method} read a damaged page`, error);
        return { ok: false, error: { code: 'database', message: LIST_METHODS.has(method) ? DAMAGED_LIST_MESSAGE : DAMAGED_PAGE_MESSAGE } };
      }
      const disk = storageError(error, options.dataPlace ?? 'thư mục dữ liệu', retryFor(method));
      if (disk) {
        log.error(`${method} failed on storage`, error);
        return { ok: false, error: { code: disk.code, message: disk.message } };
      }
      log.error(`${method} failed`, error);
      return { ok: false, error: { code: 'internal', message: options.internalMessage?.() ?? INTERNAL_ERROR_MESSAGE } };
    }
  };
}
