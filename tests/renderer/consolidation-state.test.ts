/** One consolidation's decisions: file limits, refusals gathered across files, the sent line. */
import { describe, expect, it } from 'vitest';
import type { ConsolidationView } from '#shared/contract/api';
import {
  canMakeReport,
  consolidationReducer,
  initialConsolidation,
  needsSetsReload,
  receivedLine,
  unitFileKind,
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
