/** What a broken page or a crafted request hears: plain Vietnamese, never a JavaScript value's name. */
import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/test-core';

describe('the dispatcher on requests the contract does not know', () => {
  it.each([
    ['no method at all', undefined],
    ['a number', 42],
    ['an object', { toString: 'x' }],
    ['an empty name', ''],
  ])('%s: says the request is broken, without "undefined" or "[object Object]"', async (_what, method) => {
    const envelope = await testCore().raw(method, {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'validation' } });
    const message = (envelope as { error: { message: string } }).error.message;
    expect(message).toContain('thiếu tên chức năng');
    expect(message).not.toMatch(/undefined|\[object|NaN|null/);
  });

  it('names an unknown method briefly, with its control characters taken out', async () => {
    const envelope = await testCore().raw(`reports.${'x'.repeat(500)}\u001b[31m`, {});
    const message = (envelope as { error: { message: string } }).error.message;
    expect(message).toMatch(/^Yêu cầu không hợp lệ: ứng dụng không có chức năng "reports\.x+…"\. Hãy tải lại trang rồi thử lại\.$/);
    expect(message.length).toBeLessThan(160);
  });
});
