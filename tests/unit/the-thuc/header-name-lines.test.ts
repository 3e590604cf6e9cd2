import { describe, expect, it } from 'vitest';
import { breakHeaderName } from '#shared/the-thuc/header-name-lines';
import { measureTextMm } from '#shared/the-thuc/text-width';

const bold13 = (line: string, preferred = 70, max = 70) => breakHeaderName(line, preferred, max, 13, { bold: true });

describe('a cơ quan name too long for its column', () => {
  it('breaks before its level, where a văn thư breaks it', () => {
    expect(bold13('ĐẢNG ỦY XÃ TAM THÀNH')).toEqual(['ĐẢNG ỦY XÃ TAM THÀNH']);
    expect(bold13('ỦY BAN NHÂN DÂN XÃ TAM THÀNH')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ TAM THÀNH']);
    expect(bold13('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI')).toEqual(['LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH QUẢNG NGÃI']);
    expect(bold13('BAN CHẤP HÀNH ĐOÀN XÃ NGHĨA HÀNH ĐÔNG')).toEqual(['BAN CHẤP HÀNH ĐOÀN', 'XÃ NGHĨA HÀNH ĐÔNG']);
    expect(bold13('ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ MỚI')).toEqual(['ỦY BAN NHÂN DÂN', 'THỊ XÃ ĐỨC PHỔ MỚI']);
  });

  it('keeps a place name whole when the column can grow, and only fills word by word past that', () => {
    expect(bold13('ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG', 70, 80)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRƯƠNG QUANG TRỌNG']);
    const filled = bold13('ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG', 70, 70);
    expect(filled[0]).toBe('ỦY BAN NHÂN DÂN');
    for (const line of filled) expect(measureTextMm(line, 13, { bold: true })).toBeLessThanOrEqual(70);
  });
});

describe('the width table', () => {
  it('measures Times New Roman as Word does: horn letters wider than their base, bold wider than regular', () => {
    expect(measureTextMm('ư', 14)).toBeGreaterThan(measureTextMm('u', 14));
    expect(measureTextMm('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, { bold: true })).toBeCloseTo(95.7, 0);
    expect(measureTextMm('Độc lập - Tự do - Hạnh phúc', 14, { bold: true })).toBeGreaterThan(measureTextMm('Độc lập - Tự do - Hạnh phúc', 14));
  });
});
