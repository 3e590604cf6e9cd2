import { describe, expect, it } from 'vitest';
import { amountInWords, numberToWords } from '#shared/text/number-words';
import { formatNumberVi, parseNumberVi } from '#shared/text/vi-number';

describe('numbers in words', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1005, 'một nghìn không trăm linh năm'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
    [15000, 'mười lăm nghìn'],
    [1005000, 'một triệu không trăm linh năm nghìn'],
    [1000000001, 'một tỷ không trăm linh một'],
    [1000000000000, 'một nghìn tỷ'],
    [123456789, 'một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín'],
  ])('%i → %s', (n, words) => expect(numberToWords(n)).toBe(words));

  it('writes money the way documents do', () => {
    expect(amountInWords(105000000)).toBe('Một trăm linh năm triệu đồng chẵn.');
  });

  it('refuses what it cannot read', () => {
    expect(() => numberToWords(-1)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
  });
});

describe('vi-VN number format', () => {
  it('groups thousands with "." and writes decimals after ","', () => {
    expect(formatNumberVi(1523)).toBe('1.523');
    expect(formatNumberVi(0.88, 2)).toBe('0,88');
    expect(formatNumberVi(-1234567.891, 1)).toBe('-1.234.567,9');
    expect(formatNumberVi(-0.001, 2)).toBe('0,00');
  });

  it('reads numbers back', () => {
    expect(parseNumberVi('1.523')).toBe(1523);
    expect(parseNumberVi('0,88%')).toBe(0.88);
    expect(parseNumberVi('-12,5')).toBe(-12.5);
    expect(parseNumberVi('năm')).toBeNull();
    expect(parseNumberVi('1.52')).toBeNull();
  });
});

describe('figures typed the international way, shown the Vietnamese way', () => {
  it.each([
    ['2766', '2.766'],
    ['82.4', '82,4'],
    ['82.4%', '82,4%'],
    ['1234567.5', '1.234.567,5'],
    ['-1500', '-1.500'],
    ['1.523', '1.523'],
    ['0,88', '0,88'],
    ['1.000.000', '1.000.000'],
    // A figures cell holds counts, never a year: 2067 hồ sơ is "2.067" beside "1.584".
    ['2025', '2.025'],
    ['2067', '2.067'],
    ['1900', '1.900'],
    ['350', '350'],
    ['12 hồ sơ', '12 hồ sơ'],
    ['', ''],
  ])('%s → %s', async (typed, shown) => {
    const { formatFigureVi } = await import('#shared/text/vi-number');
    expect(formatFigureVi(typed)).toBe(shown);
  });
});
