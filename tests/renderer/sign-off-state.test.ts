/** "Trình ký"'s decisions: where the report stands, what is offered, how events read. */
import { describe, expect, it } from 'vitest';
import { currentState, eventLine, initialSignOffPanel, offeredActions, signOffPanelReducer } from '../../renderer/src/features/sign-off/sign-off-state';

const at = '2026-12-05T08:00:00Z';

describe('the report’s state on the panel', () => {
  it('is the newest change of state among the events, before the report is reloaded', () => {
    expect(currentState([], undefined)).toBe('drafting');
    expect(currentState([], 'approved')).toBe('approved');
    const events = [
      { kind: 'submitted', detail: { submission: 1 }, at },
      { kind: 'approved', detail: {}, at },
      { kind: 'edits-taken', detail: { submission: 1, accepted: 2, rejected: 0 }, at },
    ];
    expect(currentState(events, 'drafting')).toBe('approved');
  });

  it('offers a new version only once published, and approval only before approval', () => {
    expect(offeredActions('published')).toEqual(['new-version']);
    expect(offeredActions('approved')).toEqual(['export-draft', 'receive-edits', 'publish']);
    expect(offeredActions('drafting')).toContain('approve');
  });

  it('reads each event as a sentence, with the date as the clerk writes it', () => {
    expect(eventLine({ kind: 'published', detail: { number: '27', date: '2026-12-05' }, at })).toBe('Đã phát hành: số 27, ngày 05/12/2026.');
    expect(eventLine({ kind: 'edits-taken', detail: { submission: 2, accepted: 3, rejected: 1 }, at })).toBe(
      'Nhận sửa đổi của lãnh đạo (bản trình lần 2): nhận 3, bỏ 1.',
    );
    expect(eventLine({ kind: 'future-kind', detail: {}, at })).toBe('future-kind');
  });
});

describe('the panel', () => {
  it('clears the last error when the next action starts and keeps what was done', () => {
    let state = initialSignOffPanel('', null);
    state = signOffPanelReducer(state, { type: 'failed', message: 'Không xuất được.' });
    state = signOffPanelReducer(state, { type: 'started' });
    expect(state.error).toBeNull();
    state = signOffPanelReducer(state, { type: 'done', message: 'Đã xuất bản trình lần 1.' });
    expect(state).toMatchObject({ message: 'Đã xuất bản trình lần 1.', error: null });
  });

  it('opens the publication form with the số and ngày as typed, and closes it once published', () => {
    let state = initialSignOffPanel('12', '2026-12-01');
    state = signOffPanelReducer(state, { type: 'publishOpened' });
    state = signOffPanelReducer(state, { type: 'numberTyped', number: '27' });
    expect(state).toMatchObject({ publishing: true, number: '27', date: '2026-12-01' });
    expect(signOffPanelReducer(state, { type: 'published' }).publishing).toBe(false);
  });
});
