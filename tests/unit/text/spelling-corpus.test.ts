/**
 * Floors under the spell checker's quality on its corpora (the numbers themselves are reported
 * by `npm run bench`). The held-out typos were never used to tune the word model.
 */
import { describe, expect, it } from 'vitest';
import { readTypos, scoreClean, scoreTypos, totalOf } from '../../support/spelling-corpus';

describe('the spelling corpora', () => {
  it('are as large as the measures need: 200 typos across every kind, 2,000 correct lines', () => {
    const tune = readTypos('typos-tune.txt');
    const heldOut = readTypos('typos-held-out.txt');
    expect(tune.length + heldOut.length).toBeGreaterThanOrEqual(200);
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    const kinds = ['s/x', 'tr/ch', 'd/gi/r', 'l/n', 'v/d', 'n/ng', 'c/t', 'i/y', 'hỏi/ngã', 'sắc/nặng', 'telex'];
    for (const cases of [tune, heldOut]) expect(new Set(cases.map((c) => c.category))).toEqual(new Set(kinds));
    // Each case is one slip: the typed and the meant sentence differ.
    for (const c of [...tune, ...heldOut]) expect(c.typed).not.toBe(c.meant);
    const clean = scoreClean();
    expect(clean.reduce((n, c) => n + c.lines, 0)).toBeGreaterThanOrEqual(2000);
  });

  it('the checker finds 90% of the typos, held-out ones included, with the right word first', () => {
    for (const file of ['typos-tune.txt', 'typos-held-out.txt'] as const) {
      const total = totalOf(scoreTypos(readTypos(file)));
      expect(total.found / total.cases, file).toBeGreaterThanOrEqual(0.9);
      expect(total.rightFirst / total.found, file).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('raises at most one false alarm per 10,000 words of correct text, seen or unseen', () => {
    const clean = scoreClean();
    for (const seen of [true, false]) {
      const part = clean.filter((c) => c.seen === seen);
      const words = part.reduce((n, c) => n + c.words, 0);
      const alarms = part.flatMap((c) => c.alarms);
      expect(alarms.length / (words / 10_000), alarms.join('\n')).toBeLessThanOrEqual(1);
    }
  });
});
