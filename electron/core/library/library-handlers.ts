/** Handlers for the library: pages of a shelf, search, Lưu trữ and the Thùng rác. */
import type { Handlers } from '../dispatcher';
import type { ReportStore } from '../reports/report-store';
import type { SearchIndex } from './search-index';

type LibraryHandlers = Pick<Handlers, 'reports.page' | 'reports.search' | 'reports.archive' | 'reports.restore' | 'reports.deleteForever'>;

/**
 * How long one search may spend bringing the index up to date before it answers with what is
 * indexed so far (and says so): the first search after an upgrade or a restore of a large
 * library would otherwise hold the app for seconds.
 */
export const SEARCH_SYNC_BUDGET_MS = 300;

export function libraryHandlers(store: ReportStore, index: SearchIndex): LibraryHandlers {
  return {
    'reports.page': ({ shelf, offset, limit }) => store.page(shelf, offset, limit),
    'reports.search': (query) => index.search(query, SEARCH_SYNC_BUDGET_MS),
    'reports.archive': ({ id, archived }) => {
      store.setArchived(id, archived);
      return null;
    },
    'reports.restore': ({ id }) => {
      store.restoreFromTrash(id);
      return null;
    },
    'reports.deleteForever': ({ id }) => {
      store.deleteForever(id);
      return null;
    },
  };
}
