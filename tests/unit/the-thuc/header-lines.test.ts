import { describe, expect, it } from 'vitest';
import { numberLine, padDocumentNumber, placeDateLine } from '#shared/the-thuc/header-lines';

describe('number line', () => {
  it('pads numbers below 10 with a zero', () => {
    expect(padDocumentNumber('5')).toBe('05');
    expect(padDocumentNumber('15')).toBe('15');
    expect(padDocumentNumber(' 07 ')).toBe('07');
  });

  it('writes the state form with a colon and a slash (ND30)', () => {
    expect(numberLine('state', '5', 'BC-UBND')).toBe('Số: 05/BC-UBND');
  });

  it('writes the Party form without a colon, hyphen then slash (HD 05)', () => {
    expect(numberLine('party', '5', 'BC/ĐU')).toBe('Số 05-BC/ĐU');
    expect(numberLine('party', '5', 'BC/ĐU')).not.toContain(':');
  });

  it('leaves a wide blank for the văn thư when there is no number', () => {
    // At least six blanks after "Số:" (a checker's rule), room for a handwritten number.
    expect(numberLine('state', '', 'BC-UBND')).toBe('Số:       /BC-UBND');
    expect(numberLine('party', '', 'BC/ĐU')).toBe('Số       -BC/ĐU');
  });
});

describe('place and date line', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(placeDateLine('Hà Nội', '2026-01-05', 2026)).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-02-28', 2026)).toBe('Hà Nội, ngày 28 tháng 02 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-03-09', 2026)).toBe('Hà Nội, ngày 09 tháng 3 năm 2026');
    expect(placeDateLine('Huế', '2026-12-10', 2026)).toBe('Huế, ngày 10 tháng 12 năm 2026');
  });

  it('leaves the day and month blank for the văn thư, keeping the year', () => {
    expect(placeDateLine('Quảng Ngãi', null, 2026)).toBe('Quảng Ngãi, ngày     tháng     năm 2026');
  });
});
