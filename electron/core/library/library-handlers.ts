/** Handlers for the library: the list and pages of a shelf, search, Lưu trữ and the Thùng rác, reports brought in from files. */
import type { Handlers } from '../dispatcher';
import type { ApiMethod } from '#shared/contract/api';
import type { Library } from '../stores/library';
import { createReportFromJson } from '../reports/report-handlers';
import { readWordInWorker } from '../word-import/read-in-worker';
import type { ChangeSignal } from './change-signal';

type LibraryHandlers = Pick<Handlers, Exclude<Extract<ApiMethod, `library.${string}`>, 'library.exportAll'>>;

/**
 * How long one search may spend bringing the index up to date before it answers with what is
 * indexed so far (and says so): the first search after an upgrade or a restore of a large
 * library would otherwise hold the app for seconds.
 */
export const SEARCH_SYNC_BUDGET_MS = 300;

export function libraryHandlers(library: Library, changes: ChangeSignal): LibraryHandlers {
  const { reports: store, history, search } = library;
  return {
    'library.readWord': async ({ fileName, base64 }) => ({ fileName, ...(await readWordInWorker(Buffer.from(base64, 'base64'), fileName)) }),
    'library.saveImport': async ({ json }) => {
      const id = await createReportFromJson(store, json);
      await history.snapshotReport(id, 'imported');
      return store.get(id);
    },
    'library.list': () => store.shelves.list(),
    'library.importJson': async ({ json }) => store.get(await createReportFromJson(store, json)),
    'library.delete': async ({ id }) => {
      await store.shelves.moveToTrash(id);
      return null;
    },
    'library.page': ({ shelf, offset, limit, from, sort }) => store.shelves.page(shelf, offset, limit, from, sort),
    'library.search': (query) => search.search(query, SEARCH_SYNC_BUDGET_MS),
    'library.archive': async ({ id, archived }) => {
      await store.shelves.setArchived(id, archived);
      return null;
    },
    'library.restore': async ({ id }) => {
      await store.shelves.restoreFromTrash(id);
      return null;
    },
    'library.waitForChange': async ({ after, timeoutMs }) => ({ change: await changes.wait(after, timeoutMs) }),
    'library.deleteForever': async ({ id }) => {
      await store.shelves.deleteForever(id);
      return null;
    },
  };
}
