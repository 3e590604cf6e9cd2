/** "Báo cáo của tôi"'s decisions: which page is asked for, what a page that comes back means, what a dropped file is. */
import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '#shared/domain/report';
import {
  droppedFile,
  initialReportList,
  PAGE_SIZE,
  pageRange,
  reportListReducer,
  type ListPage,
  type ReportListAction,
  type ReportListState,
} from '../../renderer/src/features/reports/report-list-state';

const rows = (n: number): ReportSummary[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Báo cáo ${i}` }) as ReportSummary);
const page = (n: number, total: number): ListPage => ({ items: rows(n), total, senders: [] });
const run = (actions: ReportListAction[], from: ReportListState = initialReportList) => actions.reduce(reportListReducer, from);

describe('the library list', () => {
  it('turns pages within the shelf and never past its end', () => {
    let state = run([{ type: 'pageLoaded', query: initialReportList.query, page: page(PAGE_SIZE, 120) }]);
    state = run([{ type: 'pageTurned', direction: 'next' }], state);
    expect(state.query.offset).toBe(50);
    state = run(
      [
        { type: 'pageLoaded', query: state.query, page: page(PAGE_SIZE, 120) },
        { type: 'pageTurned', direction: 'next' },
      ],
      state,
    );
    expect(state.query.offset).toBe(100);
    const last = run(
      [
        { type: 'pageLoaded', query: state.query, page: page(20, 120) },
        { type: 'pageTurned', direction: 'next' },
      ],
      state,
    );
    expect(last.query.offset).toBe(100);
    expect(pageRange(last.query, last.page!)).toBe('101–120 trong 120 báo cáo');
    expect(run([{ type: 'pageTurned', direction: 'previous' }], last).query.offset).toBe(50);
  });

  it('drops a page that answers a query the clerk has left', () => {
    const asked = initialReportList.query;
    const moved = run([{ type: 'shelfChosen', shelf: 'trash' }]);
    const late = run([{ type: 'pageLoaded', query: asked, page: page(3, 3) }], moved);
    expect(late.page).toBeNull();
    expect(late.query.shelf).toBe('trash');
  });

  it('steps back a page when the last row of the last page went', () => {
    const onSecond = run([
      { type: 'pageLoaded', query: initialReportList.query, page: page(PAGE_SIZE, 51) },
      { type: 'pageTurned', direction: 'next' },
    ]);
    const emptied = run([{ type: 'pageLoaded', query: onSecond.query, page: page(0, 50) }], onSecond);
    expect(emptied.query.offset).toBe(0);
    // The first page stays on screen until the page before comes.
    expect(emptied.page?.items).toHaveLength(PAGE_SIZE);
  });

  it('starts another shelf, sender or order at its first page', () => {
    const deep = { ...initialReportList, query: { ...initialReportList.query, offset: 150 } };
    expect(run([{ type: 'shelfChosen', shelf: 'archived' }], deep)).toMatchObject({ query: { shelf: 'archived', offset: 0 }, page: null });
    expect(run([{ type: 'senderChosen', from: 'Xã An Phú' }], deep).query).toMatchObject({ from: 'Xã An Phú', offset: 0 });
    expect(run([{ type: 'sortToggled' }], deep).query).toMatchObject({ sort: 'unit', offset: 0 });
    expect(run([{ type: 'sortToggled' }, { type: 'sortToggled' }], deep).query.sort).toBe('updated');
  });

  it('shows an error until it is dismissed', () => {
    const failed = run([{ type: 'failed', message: 'Không mở được.' }]);
    expect(failed.error).toBe('Không mở được.');
    expect(run([{ type: 'errorDismissed' }], failed).error).toBeNull();
  });
});

describe('a file dropped on the list', () => {
  it('is opened by its kind, and anything else is refused with what to drop', () => {
    expect(droppedFile('BC-xa-An-Phu.baocao', null)).toEqual({ open: 'package' });
    expect(droppedFile('Báo cáo quý II.DOCX', null)).toEqual({ open: 'word' });
    expect(droppedFile('cu.doc', null)).toEqual({ open: 'word' });
    // A unit's PDF with text is read for review like its Word file, as the "Nhập từ tệp Word, PDF" button reads it.
    expect(droppedFile('BC-xa-An-Phu.PDF', null)).toEqual({ open: 'word' });
    expect(droppedFile('bao-cao.json', null)).toEqual({ open: 'report-file' });
    const refused = droppedFile('anh.png', null);
    expect('refused' in refused && refused.refused).toMatch(/^“anh.png” không phải gói .baocao.*Hãy kéo thả/);
  });

  it('is refused while the data file is read-only, with why', () => {
    expect(droppedFile('a.baocao', 'Tệp dữ liệu bị hỏng.')).toEqual({ refused: 'Tệp dữ liệu bị hỏng.' });
  });
});
