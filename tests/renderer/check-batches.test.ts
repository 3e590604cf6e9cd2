/** How the checker screen groups the files a clerk chose into calls, and what it says of them all. */
import { describe, expect, it } from 'vitest';
import { CHECK_BATCH } from '../../shared/contract/checker';
import { batchSummary, checkBatches } from '../../renderer/src/features/checker/check-batches';

const file = (name: string, size = 50_000) => ({ name, size });

describe('checking several files', () => {
  it('groups them in the order chosen, so many to a call, never more bytes than one request carries', () => {
    const files = Array.from({ length: 9 }, (_, i) => file(`don-vi-${i + 1}.docx`));
    const batches = checkBatches(files);
    expect(batches.map((b) => b.length)).toEqual([CHECK_BATCH.files, CHECK_BATCH.files, 1]);
    expect(batches.flat()).toEqual(files);

    const big = CHECK_BATCH.bytes / 2 + 1;
    expect(checkBatches([file('a', big), file('b', big), file('c')]).map((b) => b.map((f) => f.name))).toEqual([['a'], ['b', 'c']]);
    // A file over the limit goes alone, to be refused in its place; the others are unaffected.
    expect(checkBatches([file('a'), file('qua-lon', CHECK_BATCH.bytes + 1), file('c')]).map((b) => b.map((f) => f.name))).toEqual([['a'], ['qua-lon'], ['c']]);
  });

  it('sums up the outcome, naming the refused files only when there are some', () => {
    expect(batchSummary({ right: 3, withDefects: 2, refused: 0 })).toBe('Kết quả kiểm tra 5 tệp: 3 đúng thể thức, 2 có lỗi thể thức.');
    expect(batchSummary({ right: 0, withDefects: 1, refused: 1 })).toBe('Kết quả kiểm tra 2 tệp: 0 đúng thể thức, 1 có lỗi thể thức, 1 không kiểm tra được.');
  });
});
