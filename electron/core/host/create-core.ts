/**
 * The Electron-free back end. Everything from the outside world is injected — the data file,
 * the clock, ids, the log — so tests run it on `:memory:` with a fixed clock and counting ids,
 * and both transports (IPC, loopback HTTP) share one instance of it.
 *
 * The handlers are built on the data file's current database and built again when a restore
 * puts another one in its place. While the file is damaged or refused, only the methods that
 * read (and restore) run.
 */
import type { Database } from 'better-sqlite3';
import { READ_ONLY_METHODS, type AppInfo, type DataState } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { INTERNAL_ERROR_MESSAGE, SALVAGE_INTERNAL_ERROR_MESSAGE } from '#shared/messages/common';
import { dataFileMessages } from '#shared/messages/storage';
import { appHandlers } from '../app/app-handlers';
import { backupHandlers } from '../backups/backup-handlers';
import { checkerHandlers } from '../checker/checker-handlers';
import { consolidationHandlers } from '../consolidations/consolidation-handlers';
import type { DataFile } from '../data-file/data-file';
import { dictionaryHandlers } from '../dictionary/dictionary-handlers';
import { combineHandlers, createDispatcher, type Dispatch, type Handlers } from '../dispatcher';
import { exportHandlers } from '../export/export-handlers';
import { historyHandlers } from '../history/history-handlers';
import { indicatorHandlers } from '../indicator-sets/indicator-handlers';
import { exportAllHandler } from '../library/export-all';
import { libraryHandlers } from '../library/library-handlers';
import type { Logger } from '../log/logger';
import { organizationHandlers } from '../organization/organization-handlers';
import { packageHandlers } from '../packages/package-handlers';
import { reportHandlers } from '../reports/report-handlers';
import { sectionHandlers } from '../sections/section-handlers';
import { signOffHandlers } from '../sign-off/sign-off-handlers';
import type { Library } from '../stores/library';
import { TRASH_DAYS } from '../stores/report/report-shelves';
import { sqliteLibrary } from '../stores/sqlite/sqlite-library';
import { templateHandlers } from '../templates/template-handlers';
import { readWordInWorker } from '../word-import/read-in-worker';
import { ChangeSignal } from '../library/change-signal';
import { serverHandlers } from '../server/server-handlers';
import { serverLibrary } from '../server/server-library';
import { ServerLink } from '../server/server-link';
import { OfflineDesk } from '../server/offline-desk';
import { offlineAware } from '../server/offline-handlers';

interface CoreDeps {
  data: DataFile;
  /** The link to an office server (made here when not given: the data folder keeps its address). */
  link?: ServerLink;
  clock: () => Date;
  newId: () => string;
  log: Logger;
  info: Omit<AppInfo, 'data'>;
}

export interface Core {
  dispatch: Dispatch;
  close(): void;
  /** How the data file stands now, without waiting for an integrity check still owed (app.info waits). */
  dataState(): DataState;
  /** Resolves once the start-up upkeep (the Thùng rác's expired reports removed) has run on the open file. */
  upkept(): Promise<void>;
}

const readOnlyRefusal = (problem: string) => new AppError('database', dataFileMessages.readOnly(problem));

/** The search index catches up only after this long without a request from the screen. */
const IDLE_BEFORE_INDEXING_MS = 1_000;

export function createCore(deps: CoreDeps): Core {
  let lastCallAt = 0;
  const now = () => deps.clock().toISOString();
  const { data } = deps;
  let upkeep: Promise<void> = Promise.resolve();
  const changes = new ChangeSignal();
  const link = deps.link ?? new ServerLink(deps.info.dataDir === ':memory:' ? null : deps.info.dataDir, changes, deps.log);
  const ids = { now, newId: deps.newId };

  /**
   * Once the file is known to be sound: the Thùng rác's expired reports go, and the search index
   * catches up in small steps while the app is idle, so the first search finds it ready.
   */
  const libraryUpkeep = async (db: Database, library: Library) => {
    if (data.state.status !== 'ok' || data.db !== db || !db.open) return;
    try {
      await library.reports.shelves.purgeTrash(new Date(deps.clock().getTime() - TRASH_DAYS * 86_400_000).toISOString());
    } catch (error) {
      deps.log.error('emptying the Thùng rác failed', error);
    }
    const step = () => {
      if (data.db !== db || !db.open) return;
      // Only while the clerk is not using the app: a request in the last second waits for it.
      if (Date.now() - lastCallAt < IDLE_BEFORE_INDEXING_MS) {
        setTimeout(step, IDLE_BEFORE_INDEXING_MS).unref();
        return;
      }
      library.search.catchUp(30).then(
        (progress) => {
          if (progress.indexed < progress.total) setTimeout(step, 100).unref();
        },
        (error: unknown) => deps.log.error('search index upkeep failed', error),
      );
    };
    setTimeout(step, 1_000).unref();
  };

  /**
   * The handlers on the library in use: the office server's while this PC is connected to one,
   * else the PC's own file (and they are built again when either changes).
   */
  const handlersFor = (db: Database, pool: ServerLink['currentPool']): Handlers => {
    const local = sqliteLibrary(db, data.searchIndexFile, ids);
    const library = pool ? serverLibrary(pool, ids) : local;
    if (!pool)
      upkeep = data.checked().then(
        () => libraryUpkeep(db, local),
        () => undefined,
      );
    const reports = reportHandlers(library);
    const desk = new OfflineDesk(local.sql, now);
    deskNow = desk;
    const all = combineHandlers(
      appHandlers(data, deps.info),
      backupHandlers(data),
      reports,
      sectionHandlers(library),
      templateHandlers(library),
      libraryHandlers(library, changes),
      exportAllHandler(library.reports, deps.clock),
      historyHandlers(library),
      organizationHandlers(library.organization),
      dictionaryHandlers(library.dictionary),
      exportHandlers(library, deps.clock),
      checkerHandlers(),
      indicatorHandlers(library.indicatorSets),
      signOffHandlers({ library, clock: deps.clock, readWord: readWordInWorker }),
      consolidationHandlers({
        library,
        createReport: async (args) => reports['reports.create'](args),
        readWord: readWordInWorker,
      }),
      packageHandlers({ library, clock: deps.clock, appVersion: deps.info.version }),
      serverHandlers(
        link,
        () => local.sql,
        () => desk,
        async () => link.onBack?.(),
      ),
    );
    if (!pool) return all;
    serverHandlersNow = all;
    return offlineAware(all, desk, link);
  };

  // When the server answers again, the saves made without it are sent, in order, to the server's
  // own handlers, built on the fresh connections.
  let serverHandlersNow: Handlers | null = null;
  let deskNow: OfflineDesk | null = null;
  // One sending at a time: the server coming back, a connect and a save that joined the queue all ask.
  let sending: Promise<void> | null = null;
  link.onBack = () =>
    (sending ??= (async () => {
      try {
        current();
        const handlersNow = serverHandlersNow;
        if (!handlersNow) return;
        await deskNow?.replay((method, args) => handlersNow[method](args as never) as Promise<{ updatedAt: string; revision: number }>);
      } finally {
        sending = null;
      }
    })());
  let builtFor = { db: data.db, pool: link.currentPool };
  let handlers = handlersFor(builtFor.db, builtFor.pool);
  const current = () => {
    if (data.db !== builtFor.db || link.currentPool !== builtFor.pool) {
      builtFor = { db: data.db, pool: link.currentPool };
      handlers = handlersFor(builtFor.db, builtFor.pool);
    }
    return handlers;
  };

  const dispatch = createDispatcher(current, deps.log, {
    dataPlace: deps.info.dataDir,
    internalMessage: () => (data.state.status === 'ok' ? INTERNAL_ERROR_MESSAGE : SALVAGE_INTERNAL_ERROR_MESSAGE),
    guard: async (method) => {
      lastCallAt = Date.now();
      // On the office server the PC's own file is not written: its state does not hold the clerk back.
      if (READ_ONLY_METHODS.has(method) || link.connected) return;
      // No write before the start-up integrity check has passed (it runs on the worker thread).
      await data.checked();
      const state = data.state;
      if (state.status !== 'ok') throw readOnlyRefusal(state.problem);
    },
    after: (method) => {
      if (READ_ONLY_METHODS.has(method)) return;
      if (!link.connected) data.wrote();
      changes.changed();
    },
  });
  return {
    dispatch,
    close: () => {
      void link.disconnect(false);
      data.close();
    },
    dataState: () => data.state,
    upkept: () => {
      current();
      return upkeep;
    },
  };
}
