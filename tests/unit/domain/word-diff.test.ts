/** The Vietnamese word diff a leader's edits are shown with. */
import { describe, expect, it } from 'vitest';
import { diffWords, readableDiff, tokenize } from '#shared/sign-off/word-diff';

describe('tokenize', () => {
  it('splits syllables with their marks, whole figures, punctuation and spaces; NFC first', () => {
    expect(tokenize('Thu ngân sách đạt 1.523 triệu, tăng 0,88%.')).toEqual([
      'Thu',
      ' ',
      'ngân',
      ' ',
      'sách',
      ' ',
      'đạt',
      ' ',
      '1.523',
      ' ',
      'triệu',
      ',',
      ' ',
      'tăng',
      ' ',
      '0,88%',
      '.',
    ]);
    // "hoà" typed as o + combining grave + a, and precomposed, are the same token.
    expect(tokenize('hoa\u0300')).toEqual(tokenize('hoà'));
  });
});

describe('diffWords', () => {
  it('marks a changed figure as one token, not letters', () => {
    expect(diffWords('tỷ lệ đạt 82,5% kế hoạch', 'tỷ lệ đạt 85,1% kế hoạch')).toEqual([
      { kind: 'same', text: 'tỷ lệ đạt ' },
      { kind: 'deleted', text: '82,5%' },
      { kind: 'inserted', text: '85,1%' },
      { kind: 'same', text: ' kế hoạch' },
    ]);
  });

  it('keeps the words in order, with insertions and deletions between', () => {
    const ops = diffWords('Cấp ủy quan tâm lãnh đạo.', 'Cấp ủy luôn quan tâm lãnh đạo, chỉ đạo.');
    // Nothing deleted; what was added is "luôn" and ", chỉ đạo" (where "đạo" sits is either place).
    expect(ops.some((o) => o.kind === 'deleted')).toBe(false);
    expect(
      ops
        .filter((o) => o.kind === 'inserted')
        .flatMap((o) => tokenize(o.text).filter((t) => t.trim() !== '') ?? [])
        .sort(),
    ).toEqual([',', 'chỉ', 'luôn', 'đạo'].sort());
    expect(
      ops
        .filter((o) => o.kind !== 'inserted')
        .map((o) => o.text)
        .join(''),
    ).toBe('Cấp ủy quan tâm lãnh đạo.');
    expect(
      ops
        .filter((o) => o.kind !== 'deleted')
        .map((o) => o.text)
        .join(''),
    ).toBe('Cấp ủy luôn quan tâm lãnh đạo, chỉ đạo.');
  });

  it('shows a run of changes as what went then what came, a space shared inside it included', () => {
    expect(diffWords('Cấp trên sửa.', 'Xã sửa lại.')).toEqual([
      { kind: 'deleted', text: 'Cấp trên ' },
      { kind: 'inserted', text: 'Xã ' },
      { kind: 'same', text: 'sửa' },
      { kind: 'inserted', text: ' lại' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('diffs a reworded 3,000-word paragraph without a table of every pair of words', () => {
    const words = Array.from({ length: 3_000 }, (_, i) => `chữ${i % 97}`);
    const before = words.join(' ');
    const after = words.map((w, i) => (i % 4 === 0 ? `${w}x` : w)).join(' ');
    const ops = diffWords(before, after);
    expect(
      ops
        .filter((o) => o.kind !== 'inserted')
        .map((o) => o.text)
        .join(''),
    ).toBe(before);
    expect(
      ops
        .filter((o) => o.kind !== 'deleted')
        .map((o) => o.text)
        .join(''),
    ).toBe(after);
    expect(ops.filter((o) => o.kind === 'inserted').length).toBe(750);
  });

  it('handles empty and identical texts', () => {
    expect(diffWords('', 'Mới.')).toEqual([{ kind: 'inserted', text: 'Mới.' }]);
    expect(diffWords('Cũ.', '')).toEqual([{ kind: 'deleted', text: 'Cũ.' }]);
    expect(diffWords('Giữ nguyên.', 'Giữ nguyên.')).toEqual([{ kind: 'same', text: 'Giữ nguyên.' }]);
  });
});

describe('a diff a reader can follow', () => {
  it('shows a rewritten text old then new, and keeps the word marks of an edit', () => {
    const rewritten = readableDiff(diffWords('Ở Xã Hòa Bình, hạ tầng mạng tại 5 thôn còn yếu.', 'Xã viết lại phần hạn chế.'));
    expect(rewritten.filter((op) => op.kind !== 'same').map((op) => [op.kind, op.text])).toEqual([
      ['deleted', 'Ở Xã Hòa Bình, hạ tầng mạng tại 5 thôn còn yếu.'],
      ['inserted', 'Xã viết lại phần hạn chế.'],
    ]);
    const edited = readableDiff(diffWords('Đã giải quyết 120 hồ sơ đúng hạn.', 'Đã giải quyết 125 hồ sơ đúng hạn.'));
    expect(edited.filter((op) => op.kind !== 'same').map((op) => op.text.trim())).toEqual(['120', '125']);
  });
});
