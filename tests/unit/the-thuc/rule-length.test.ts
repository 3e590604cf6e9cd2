/**
 * The length of a rule under a header line, as a văn thư judges it: ND30's 1/3–1/2 of the line
 * (the profile's range carries a tolerance), and a millimetre either side of it is nothing anyone
 * sees — a drawn line's measured length, and the text's, are not that exact. Real cases of the
 * field corpus: Sở Công Thương Lào Cai's rules of 24,1 and 24,3 mm under "SỞ CÔNG THƯƠNG"
 * (42,9 mm), on a page nobody would return; 25,4 mm and more, and 11,5 mm under 50,8 mm, are too long / short.
 */
import { describe, expect, it } from 'vitest';
import { ruleLengthFits } from '../../../electron/core/checker/rules/separator-rules';

const issuingShare = [0.3, 0.55] as const;

describe('a rule under a header line', () => {
  it('fits within a millimetre of its range', () => {
    expect(ruleLengthFits(24.1, 42.9, issuingShare)).toBe(true);
    expect(ruleLengthFits(24.3, 42.9, issuingShare)).toBe(true);
    expect(ruleLengthFits(16.1, 54.7, issuingShare)).toBe(true);
    expect(ruleLengthFits(20, 42.9, issuingShare)).toBe(true);
  });

  it('is too long or too short beyond that', () => {
    expect(ruleLengthFits(25.4, 42.9, issuingShare)).toBe(false);
    expect(ruleLengthFits(28.9, 42.9, issuingShare)).toBe(false);
    expect(ruleLengthFits(11.5, 50.8, issuingShare)).toBe(false);
    expect(ruleLengthFits(20.1, 152.8, issuingShare)).toBe(false);
  });
});
