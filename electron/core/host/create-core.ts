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
import { backupHandlers } from '../backups/backup-handlers';
import type { DataFile } from '../data-file/data-file';
import { combineHandlers, createDispatcher, type Dispatch, type Handlers } from '../dispatcher';
import type { Logger } from '../log/logger';
import { checkerHandlers } from '../checker/checker-handlers';
import { exportHandlers } from '../export/export-handlers';
import { dictionaryHandlers } from '../dictionary/dictionary-handlers';
import { organizationHandlers } from '../organization/organization-handlers';
import { OrganizationStore } from '../stores/sqlite/organization-store';
import { reportHandlers } from '../reports/report-handlers';
import { HistoryStore } from '../stores/sqlite/history-store';
import { historyHandlers } from '../history/history-handlers';
import { ReportStore, TRASH_DAYS } from '../stores/sqlite/report-store';
import { libraryHandlers } from '../library/library-handlers';
import { exportAllHandler } from '../library/export-all';
import { appHandlers } from '../app/app-handlers';
import { sectionHandlers } from '../sections/section-handlers';
import { templateHandlers } from '../templates/template-handlers';
import { SearchIndex } from '../stores/sqlite/search-index';
import { indicatorHandlers } from '../indicator-sets/indicator-handlers';
import { IndicatorSetStore } from '../stores/sqlite/indicator-set-store';
import { packageHandlers } from '../packages/package-handlers';
import { signOffHandlers } from '../sign-off/sign-off-handlers';
import { SignOffStore } from '../stores/sqlite/sign-off-store';
import { consolidationHandlers } from '../consolidations/consolidation-handlers';
import { ConsolidationStore } from '../stores/sqlite/consolidation-store';
import { readWordInWorker } from '../word-import/read-in-worker';
import type { Report } from '#shared/domain/report';
import { ShareStore } from '../stores/sqlite/share-store';
import { UnitTemplates } from '../stores/sqlite/unit-templates';
import { dataFileMessages } from '#shared/messages/storage';

interface CoreDeps {
  data: DataFile;
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

  /**
   * Once the file is known to be sound: the Thùng rác's expired reports go, and the search index
   * catches up in small steps while the app is idle, so the first search finds it ready.
   */
  const libraryUpkeep = (db: Database, store: ReportStore, index: SearchIndex) => {
    if (data.state.status !== 'ok' || data.db !== db || !db.open) return;
    try {
      store.shelves.purgeTrash(new Date(deps.clock().getTime() - TRASH_DAYS * 86_400_000).toISOString());
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
      try {
        const progress = index.sync(30);
        if (progress.indexed < progress.total) setTimeout(step, 100).unref();
      } catch (error) {
        deps.log.error('search index upkeep failed', error);
      }
    };
    setTimeout(step, 1_000).unref();
  };

  const handlersFor = (db: Database): Handlers => {
    const index = new SearchIndex(db, data.searchIndexFile);
    const store = new ReportStore({ db, now, newId: deps.newId, changed: (id) => index.changed(id) });
    upkeep = data.checked().then(
      () => libraryUpkeep(db, store, index),
      () => undefined,
    );
    const organization = new OrganizationStore(db, now);
    const history = new HistoryStore(db, now, deps.newId);
    const unitTemplates = new UnitTemplates(db, now, deps.newId);
    const indicatorSets = new IndicatorSetStore(db, now, deps.newId);
    const reports = reportHandlers(store, organization, history, unitTemplates);
    return combineHandlers(
      appHandlers(data, deps.info),
      backupHandlers(data),
      reports,
      sectionHandlers(store, history),
      templateHandlers(store, unitTemplates),
      libraryHandlers(store, index, history),
      exportAllHandler(store, deps.clock),
      historyHandlers(store, history),
      organizationHandlers(organization),
      dictionaryHandlers(db, now),
      exportHandlers(store, deps.clock, history),
      checkerHandlers(),
      indicatorHandlers(indicatorSets),
      signOffHandlers({ store, history, signOff: new SignOffStore(db, now), clock: deps.clock, readWord: readWordInWorker }),
      consolidationHandlers({
        consolidations: new ConsolidationStore(db, now, deps.newId),
        store,
        indicatorSets,
        createReport: (args) => reports['reports.create'](args) as Report,
        readWord: readWordInWorker,
        organizationProfile: () => organization.get()?.profile ?? null,
      }),
      packageHandlers({ store, shares: new ShareStore(db, now, deps.newId), history, indicatorSets, clock: deps.clock, appVersion: deps.info.version }),
    );
  };

  let builtFor = data.db;
  let handlers = handlersFor(builtFor);
  const current = () => {
    if (data.db !== builtFor) {
      builtFor = data.db;
      handlers = handlersFor(builtFor);
    }
    return handlers;
  };

  const dispatch = createDispatcher(current, deps.log, {
    dataPlace: deps.info.dataDir,
    internalMessage: () => (data.state.status === 'ok' ? INTERNAL_ERROR_MESSAGE : SALVAGE_INTERNAL_ERROR_MESSAGE),
    guard: async (method) => {
      lastCallAt = Date.now();
      if (READ_ONLY_METHODS.has(method)) return;
      // No write before the start-up integrity check has passed (it runs on the worker thread).
      await data.checked();
      const state = data.state;
      if (state.status !== 'ok') throw readOnlyRefusal(state.problem);
    },
    after: (method) => {
      if (!READ_ONLY_METHODS.has(method)) data.wrote();
    },
  });
  return {
    dispatch,
    close: () => data.close(),
    dataState: () => data.state,
    upkept: () => {
      current();
      return upkeep;
    },
  };
}
