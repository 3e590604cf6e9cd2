import { describe, expect, it } from 'vitest';
import { headingLabel, toRoman, toVietnameseLetter } from '#shared/domain/numbering';

describe('numbering', () => {
  it('writes Roman numerals for mục', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 400, 1994].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV']);
    expect(() => toRoman(0)).toThrow(RangeError);
  });

  it('uses the Vietnamese alphabet for điểm: đ after d, no f, j, w, z', () => {
    const letters = Array.from({ length: 23 }, (_, i) => toVietnameseLetter(i + 1));
    expect(letters.slice(0, 8)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']);
    expect(letters).not.toContain('f');
    expect(letters).not.toContain('j');
    expect(letters).not.toContain('w');
    expect(letters).not.toContain('z');
    expect(toVietnameseLetter(24)).toBe('aa');
  });

  it('labels levels I. / 1. / a) / -', () => {
    expect(headingLabel(1, 3)).toBe('III.');
    expect(headingLabel(2, 3)).toBe('3.');
    expect(headingLabel(3, 5)).toBe('đ)');
    expect(headingLabel(4, 1)).toBe('-');
  });
});
