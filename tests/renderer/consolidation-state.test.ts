/** One consolidation's decisions: file limits, refusals gathered across files, the sent line. */
import { describe, expect, it } from 'vitest';
import type { ConsolidationView, SheetReview } from '#shared/contract/api';
import {
  canMakeReport,
  consolidationReducer,
  initialConsolidation,
  isSpreadsheetName,
  needsSetsReload,
  receivedLine,
  sheetChoiceToAdd,
  unitFileKind,
  unitOptions,
  type PendingSheet,
} from '../../renderer/src/features/consolidation/consolidation-state';

const view = (over: Partial<ConsolidationView> = {}): ConsolidationView =>
  ({
    id: 'c1',
    period: 'quý II năm 2026',
    deadline: '2026-06-15',
    units: ['Xã An Phú', 'Xã Phú Hòa', 'Phường 1'],
    received: 0,
    suggestedProfile: 'front',
    setId: null,
    setName: null,
    grid: [],
    extra: [],
    inputs: [],
    figures: null,
    ...over,
  }) as ConsolidationView;

describe('a consolidation', () => {
  it('reads a Word file under the Word limit and everything else under the package limit', () => {
    expect(unitFileKind('Bao cao xa An Phu.DOCX')).toBe('word');
    expect(unitFileKind('cu.doc')).toBe('word');
    expect(unitFileKind('ban-ky-so.PDF')).toBe('word');
    expect(unitFileKind('xa-an-phu.baocao')).toBe('package');
    expect(unitFileKind('xa.json')).toBe('package');
  });

  it('says how many units have sent, with the deadline as the clerk writes dates', () => {
    expect(receivedLine(view({ received: 2 }))).toBe('2/3 đơn vị đã gửi; hạn gửi hết ngày 15/06/2026.');
    expect(receivedLine(view({ deadline: null }))).toBe('0/3 đơn vị đã gửi.');
  });

  it('starts in the thể thức it suggests, and gathers the refusals of one "Thêm" across its files', () => {
    let state = initialConsolidation(view());
    expect(state.profile).toBe('front');
    state = consolidationReducer(state, { type: 'fileRefused', refusal: { fileName: 'old.pdf', reason: 'Chỉ nhận gói.' } });
    state = consolidationReducer(state, { type: 'addingStarted' });
    expect(state.refused).toEqual([]);
    state = consolidationReducer(state, { type: 'fileAdded', view: view({ received: 1 }), refused: [] });
    state = consolidationReducer(state, { type: 'fileRefused', refusal: { fileName: 'x.png', reason: 'Chỉ nhận gói.' } });
    state = consolidationReducer(state, { type: 'fileAdded', view: view({ received: 2 }), refused: [{ fileName: 'y.json', reason: 'Tệp hỏng.' }] });
    expect(state.view.received).toBe(2);
    expect(state.refused.map((r) => r.fileName)).toEqual(['x.png', 'y.json']);
    expect(canMakeReport(state.view)).toBe(true);
    expect(canMakeReport(view())).toBe(false);
  });

  it('reads the Bộ chỉ tiêu list again only when a set came that it does not hold', () => {
    expect(needsSetsReload(view({ setId: null }), [])).toBe(false);
    expect(needsSetsReload(view({ setId: 's1' }), [{ id: 's1' }])).toBe(false);
    expect(needsSetsReload(view({ setId: 's2' }), [{ id: 's1' }])).toBe(true);
  });
});

describe('Excel files waiting for review', () => {
  const review = (sheet: string, unit = 'Xã An Phú'): SheetReview => ({
    fileName: 'bieu.xlsx',
    sheets: [
      { name: 'Biểu 01', matched: 6 },
      { name: 'Bản lưu', matched: 6 },
    ],
    unit,
    message: null,
    reading: {
      sheet,
      headerRows: [4, 5],
      columns: [],
      figureColumns: { previous: 4, current: 6, guessed: false },
      read: [],
      unread: [],
      problems: [],
    },
  });
  const pending = (over: Partial<PendingSheet> = {}): PendingSheet => ({
    fileName: 'bieu.xlsx',
    base64: 'AA==',
    review: review('Biểu 01'),
    choice: {},
    ...over,
  });

  it('tells an Excel file from the rest', () => {
    expect(['a.XLSX', 'b.xls', 'c.docx', 'd.baocao'].map(isSpreadsheetName)).toEqual([true, true, false, false]);
  });

  it('shows one file at a time, in the order they came, and keeps the unit the clerk picked when she changes the sheet', () => {
    let state = initialConsolidation(view());
    state = consolidationReducer(state, { type: 'sheetRead', pending: pending() });
    state = consolidationReducer(state, { type: 'sheetRead', pending: pending({ fileName: 'hai.xls' }) });
    state = consolidationReducer(state, { type: 'sheetUnitChosen', unit: 'Xã Phú Hòa' });
    state = consolidationReducer(state, { type: 'sheetReread', review: review('Bản lưu'), choice: { sheet: 'Bản lưu' } });
    expect(state.sheets[0]!.choice).toEqual({ sheet: 'Bản lưu', unit: 'Xã Phú Hòa' });
    expect(sheetChoiceToAdd(state.sheets[0]!)).toEqual({ sheet: 'Bản lưu', columns: { previous: 4, current: 6 }, unit: 'Xã Phú Hòa' });
    state = consolidationReducer(state, { type: 'sheetDone' });
    expect(state.sheets.map((s) => s.fileName)).toEqual(['hai.xls']);
    // Adding it sends the unit the review named when the clerk picked none.
    expect(sheetChoiceToAdd(state.sheets[0]!).unit).toBe('Xã An Phú');
  });

  it('offers the listed units, and the name the file gives when it is not on the list', () => {
    expect(unitOptions(['Xã An Phú', 'Xã Phú Hòa'], 'Xã Phú Hòa')).toEqual(['Xã An Phú', 'Xã Phú Hòa']);
    expect(unitOptions(['Xã An Phú'], 'SỞ TÀI CHÍNH')).toEqual(['SỞ TÀI CHÍNH', 'Xã An Phú']);
  });
});

describe('the filled biểu mẫu', () => {
  it('says how many indicators went in, which formula cells were kept, which indicators have no row', async () => {
    const { filledTemplateLines } = await import('../../renderer/src/features/consolidation/consolidation-state');
    expect(
      filledTemplateLines({ filled: [{ row: 4, code: 'A', indicator: 'Dân số' }], sheet: 'Biểu 01', formulas: ['E8', 'F8'], missing: ['Hộ nghèo'] }),
    ).toEqual([
      'Đã điền số liệu 1 chỉ tiêu vào trang “Biểu 01” của biểu mẫu; định dạng, ô gộp và công thức giữ nguyên.',
      'Các ô có công thức được giữ để Excel tự tính: E8, F8.',
      'Biểu mẫu không có dòng cho: “Hộ nghèo”.',
    ]);
    expect(filledTemplateLines({ filled: [], sheet: 'S', formulas: [], missing: [] })).toHaveLength(1);
  });
});
