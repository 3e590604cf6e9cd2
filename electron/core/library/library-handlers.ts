/** Handlers for the library: pages of a shelf, search, Lưu trữ and the Thùng rác. */
import type { Handlers } from '../dispatcher';
import type { ReportStore } from '../reports/report-store';
import type { SearchIndex } from './search-index';
import type { HistoryStore } from '../reports/history-store';
import { createReportFromJson } from '../reports/report-handlers';
import { readWordInWorker } from '../word-import/read-in-worker';

type LibraryHandlers = Pick<
  Handlers,
  'reports.page' | 'reports.search' | 'reports.archive' | 'reports.restore' | 'reports.deleteForever' | 'library.readWord' | 'library.saveImport'
>;

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
    'reports.page': ({ shelf, offset, limit, from, sort }) => store.shelves.page(shelf, offset, limit, from, sort),
    'reports.search': (query) => index.search(query, SEARCH_SYNC_BUDGET_MS),
    'reports.archive': ({ id, archived }) => {
      store.shelves.setArchived(id, archived);
      return null;
    },
    'reports.restore': ({ id }) => {
      store.shelves.restoreFromTrash(id);
      return null;
    },
    'reports.deleteForever': ({ id }) => {
      store.shelves.deleteForever(id);
      return null;
    },
  };
}
