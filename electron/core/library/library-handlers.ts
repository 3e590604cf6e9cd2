/** Handlers for the library: the list and pages of a shelf, search, Lưu trữ and the Thùng rác, reports brought in from files. */
import type { Handlers } from '../dispatcher';
import type { ApiMethod } from '#shared/contract/api';
import type { ReportStore } from '../stores/sqlite/report-store';
import type { SearchIndex } from '../stores/sqlite/search-index';
import type { HistoryStore } from '../stores/sqlite/history-store';
import { createReportFromJson } from '../reports/report-handlers';
import { readWordInWorker } from '../word-import/read-in-worker';

type LibraryHandlers = Pick<Handlers, Exclude<Extract<ApiMethod, `library.${string}`>, 'library.exportAll'>>;

/**
 * How long one search may spend bringing the index up to date before it answers with what is
 * indexed so far (and says so): the first search after an upgrade or a restore of a large
 * library would otherwise hold the app for seconds.
 */
export const SEARCH_SYNC_BUDGET_MS = 300;

export function libraryHandlers(store: ReportStore, index: SearchIndex, history: HistoryStore): LibraryHandlers {
  return {
    'library.readWord': async ({ fileName, base64 }) => ({ fileName, ...(await readWordInWorker(Buffer.from(base64, 'base64'), fileName)) }),
    'library.saveImport': ({ json }) => {
      const id = createReportFromJson(store, json);
      history.snapshotReport(id, 'imported');
      return store.get(id);
    },
    'library.list': () => store.shelves.list(),
    'library.importJson': ({ json }) => store.get(createReportFromJson(store, json)),
    'library.delete': ({ id }) => {
      store.shelves.moveToTrash(id);
      return null;
    },
    'library.page': ({ shelf, offset, limit, from, sort }) => store.shelves.page(shelf, offset, limit, from, sort),
    'library.search': (query) => index.search(query, SEARCH_SYNC_BUDGET_MS),
    'library.archive': ({ id, archived }) => {
      store.shelves.setArchived(id, archived);
      return null;
    },
    'library.restore': ({ id }) => {
      store.shelves.restoreFromTrash(id);
      return null;
    },
    'library.deleteForever': ({ id }) => {
      store.shelves.deleteForever(id);
      return null;
    },
  };
}
