/**
 * The height of a paragraph's lines as Word lays them out: "Multiple" is a share of the font's
 * single line, "Exactly" is the value, and "At least" is the value or the single line, whichever
 * is higher — a Sở Tài chính report of the field corpus sets "at least 1,4 pt", which Word lays
 * out single-spaced (the checker called it 1,4 pt a line).
 */
import { describe, expect, it } from 'vitest';
import { lineHeightPt } from '#shared/the-thuc/text-width';
import { paragraphLineHeightPt } from '../../../electron/core/word-file/run-format';

describe('the height of a paragraph’s lines', () => {
  it('is a share of the single line, the exact value, or at least the single line', () => {
    expect(paragraphLineHeightPt({ line: 360, lineRule: 'auto' }, 14)).toBeCloseTo(1.5 * lineHeightPt(14));
    expect(paragraphLineHeightPt({ line: 400, lineRule: 'exact' }, 14)).toBe(20);
    expect(paragraphLineHeightPt({ line: 28, lineRule: 'atLeast' }, 14)).toBeCloseTo(lineHeightPt(14));
    expect(paragraphLineHeightPt({ line: 480, lineRule: 'atLeast' }, 14)).toBe(24);
  });
});
