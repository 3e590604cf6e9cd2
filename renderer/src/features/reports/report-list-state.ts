/**
 * The decisions of "Báo cáo của tôi", apart from the screen: which page of which shelf is asked
 * for, what a page that comes back means (an answer to a query the clerk has since left is
 * dropped; an empty page past the first steps back), what a dropped file is, and what the screen
 * says. A pure reducer, tested under vitest; use-report-list.ts runs it against the back end.
 */
import type { ReportSummary, Shelf } from '#shared/domain/report';
import { libraryScreen } from '#shared/messages/reports';
import { isWordReaderFileName } from '#shared/word-import/source';

/** Rows on one page of a shelf. */
export const PAGE_SIZE = 50;

interface ListQuery {
  shelf: Shelf;
  offset: number;
  /** "Đơn vị gửi": undefined for every report, "" for the unit's own, else those received from one unit. */
  from: string | undefined;
  sort: 'updated' | 'unit';
}

export interface ListPage {
  items: ReportSummary[];
  total: number;
  senders: string[];
}

export interface ReportListState {
  query: ListQuery;
  /** The page on screen, null while the first one of a shelf loads. */
  page: ListPage | null;
  error: string | null;
  /** What "Sao lưu ngay" just did. */
  backedUp: string | null;
  creating: boolean;
}

export type ReportListAction =
  | { type: 'shelfChosen'; shelf: Shelf }
  | { type: 'senderChosen'; from: string | undefined }
  | { type: 'sortToggled' }
  | { type: 'pageTurned'; direction: 'previous' | 'next' }
  | { type: 'pageLoaded'; query: ListQuery; page: ListPage }
  | { type: 'failed'; message: string }
  | { type: 'errorDismissed' }
  | { type: 'backedUp'; message: string }
  | { type: 'creatingToggled'; creating: boolean };

export const initialReportList: ReportListState = {
  query: { shelf: 'active', offset: 0, from: undefined, sort: 'updated' },
  page: null,
  error: null,
  backedUp: null,
  creating: false,
};

const sameQuery = (a: ListQuery, b: ListQuery) => a.shelf === b.shelf && a.offset === b.offset && a.from === b.from && a.sort === b.sort;

export function reportListReducer(state: ReportListState, action: ReportListAction): ReportListState {
  switch (action.type) {
    case 'shelfChosen':
      // Another shelf starts at its first page, shown only when it has come.
      return { ...state, query: { ...state.query, shelf: action.shelf, offset: 0 }, page: null };
    case 'senderChosen':
      return { ...state, query: { ...state.query, from: action.from, offset: 0 } };
    case 'sortToggled':
      return { ...state, query: { ...state.query, sort: state.query.sort === 'unit' ? 'updated' : 'unit', offset: 0 } };
    case 'pageTurned': {
      const { offset } = state.query;
      const total = state.page?.total ?? 0;
      const next = action.direction === 'previous' ? Math.max(0, offset - PAGE_SIZE) : offset + PAGE_SIZE < total ? offset + PAGE_SIZE : offset;
      return next === offset ? state : { ...state, query: { ...state.query, offset: next } };
    }
    case 'pageLoaded':
      // An answer to a page the clerk has already left would show the wrong rows.
      if (!sameQuery(action.query, state.query)) return state;
      // The last row of the last page went (deleted, archived): show the page before.
      if (action.page.items.length === 0 && state.query.offset > 0)
        return { ...state, query: { ...state.query, offset: Math.max(0, state.query.offset - PAGE_SIZE) } };
      return { ...state, page: action.page };
    case 'failed':
      return { ...state, error: action.message };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'backedUp':
      return { ...state, backedUp: action.message };
    case 'creatingToggled':
      return { ...state, creating: action.creating };
  }
}

/** What the pager says: "51–100 trong 1.234 báo cáo". */
export function pageRange(query: ListQuery, page: ListPage): string {
  const n = (x: number) => x.toLocaleString('vi-VN');
  return `${n(query.offset + 1)}–${n(query.offset + page.items.length)} trong ${n(page.total)} báo cáo`;
}

type DroppedFile = { open: 'package' } | { open: 'word' } | { open: 'report-file' } | { refused: string };

/** A file dropped on the list: a package is received, a Word file or a PDF read for review, a report file imported; anything else is refused with why. */
export function droppedFile(name: string, writeBlocked: string | null): DroppedFile {
  if (writeBlocked) return { refused: writeBlocked };
  const lower = name.toLowerCase();
  if (lower.endsWith('.baocao')) return { open: 'package' };
  if (isWordReaderFileName(lower)) return { open: 'word' };
  if (lower.endsWith('.json')) return { open: 'report-file' };
  return { refused: libraryScreen.notOurFile(name) };
}
