/** Adding up units' figures: each indicator by its rule, and the warnings a văn thư needs. */
import { describe, expect, it } from 'vitest';
import { consolidateFigures, consolidatedBlock, perUnitTables, writeFigure, type UnitFigures } from '#shared/consolidation/figures';
import { INDICATOR_SET_FORMAT, indicatorSetProblems, type IndicatorSet } from '#shared/domain/indicator-set';
import { indicatorTableOf, rollIndicators } from '#shared/domain/indicators';

const SET: IndicatorSet = {
  format: INDICATOR_SET_FORMAT,
  name: 'Bộ chỉ tiêu cấp xã',
  indicators: [
    { code: 'HS', name: 'Hồ sơ giải quyết', unit: 'hồ sơ', aggregate: 'sum' },
    { code: 'HS_DH', name: 'Hồ sơ đúng hạn', unit: 'hồ sơ', aggregate: 'sum' },
    { code: 'TL_DH', name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', aggregate: 'rate', numeratorCode: 'HS_DH', denominatorCode: 'HS', scale: 100 },
    { code: 'HS_HS', name: 'Số học sinh', unit: 'em', aggregate: 'sum' },
    { code: 'DIEM', name: 'Điểm bình quân', unit: 'điểm', aggregate: 'weighted', weightCode: 'HS_HS' },
    { code: 'GHI_CHU', name: 'Ghi chú', aggregate: 'text' },
  ],
};

const unit = (name: string, figures: Record<string, [string, string]>): UnitFigures => ({
  unit: name,
  figures: new Map(Object.entries(figures).map(([code, [previous, current]]) => [code, { previous, current }])),
});

describe('consolidating figures', () => {
  const units = [
    unit('Xã An Phú', { HS: ['100', '200'], HS_DH: ['90', '190'], TL_DH: ['90', '95'], HS_HS: ['300', '300'], DIEM: ['7', '8'] }),
    unit('Xã Phú Hòa', { HS: ['50', '1.000'], HS_DH: ['40', '500'], TL_DH: ['80', '50'], HS_HS: ['100', '100'], DIEM: ['6', '6'] }),
  ];

  it('sums, recomputes a rate from its parts (never averages the rates), weights an average', () => {
    const { rows, warnings } = consolidateFigures(SET, units);
    const by = new Map(rows.map((r) => [r.definition.code, r]));
    expect(by.get('HS')).toMatchObject({ current: 1200, previous: 150, counted: 2 });
    // 690 / 1200 = 57,5%, not (95 + 50) / 2 = 72,5%.
    expect(by.get('TL_DH')!.current).toBeCloseTo(57.5, 10);
    expect(by.get('TL_DH')!.previous).toBeCloseTo((130 / 150) * 100, 10);
    // (8 × 300 + 6 × 100) / 400 = 7,5.
    expect(by.get('DIEM')!.current).toBeCloseTo(7.5, 10);
    expect(warnings).toEqual([]);
    const block = consolidatedBlock({ rows, warnings }, { previous: 'Quý I', current: 'Quý II' });
    expect(block.rows.map((r) => [r.code, r.previous, r.current])).toEqual([
      ['HS', '150', '1.200'],
      ['HS_DH', '130', '690'],
      ['TL_DH', '86,67', '57,5'],
      ['HS_HS', '400', '400'],
      ['DIEM', '6,75', '7,5'],
    ]);
    // Printed as the usual table, the rate compared in percentage points.
    expect(indicatorTableOf(block).rows[2]).toEqual(['3', 'Tỷ lệ hồ sơ đúng hạn', '%', '86,67', '57,5', 'giảm 29,17 điểm phần trăm']);
  });

  it('warns where a unit’s rate does not match its own parts, an indicator is missing or is not a number', () => {
    const broken = [
      unit('Xã An Phú', { HS: ['', '200'], HS_DH: ['', '190'], TL_DH: ['', '85'], HS_HS: ['', '10'], DIEM: ['', '7'] }),
      unit('Xã Phú Hòa', { HS: ['', 'khoảng 300'], HS_HS: ['', '10'], DIEM: ['', '7'] }),
    ];
    const { warnings, rows } = consolidateFigures(SET, broken);
    expect(warnings).toEqual([
      'Xã An Phú: “Tỷ lệ hồ sơ đúng hạn” ghi 85 nhưng Hồ sơ đúng hạn / Hồ sơ giải quyết = 95 — số liệu không khớp.',
      'Xã Phú Hòa: chỉ tiêu “Hồ sơ giải quyết” ghi “khoảng 300”, không phải con số.',
      'Xã Phú Hòa: thiếu chỉ tiêu “Hồ sơ đúng hạn” (HS_DH).',
      'Xã Phú Hòa: thiếu chỉ tiêu “Tỷ lệ hồ sơ đúng hạn” (TL_DH).',
    ]);
    expect(rows.find((r) => r.definition.code === 'HS')).toMatchObject({ current: 200, counted: 1 });
  });

  it('writes a per-unit phụ lục table, one row a unit and the consolidated figure last', () => {
    const result = consolidateFigures(SET, units);
    const [table] = perUnitTables(SET, units, result);
    expect(table!.header).toEqual([
      'STT',
      'Đơn vị',
      'Hồ sơ giải quyết (hồ sơ)',
      'Hồ sơ đúng hạn (hồ sơ)',
      'Tỷ lệ hồ sơ đúng hạn (%)',
      'Số học sinh (em)',
      'Điểm bình quân (điểm)',
    ]);
    expect(table!.rows).toEqual([
      ['1', 'Xã An Phú', '200', '190', '95', '300', '8'],
      ['2', 'Xã Phú Hòa', '1.000', '500', '50', '100', '6'],
      ['', 'Tổng hợp', '1.200', '690', '57,5', '400', '7,5'],
    ]);
  });

  it('writes figures the Vietnamese way and rolls a block to the next period', () => {
    expect([writeFigure(1234567), writeFigure(2.5), writeFigure(1.005), writeFigure(-3), writeFigure(null)]).toEqual(['1.234.567', '2,5', '1,01', '-3', '']);
    const rolled = rollIndicators(
      { type: 'indicators', previousLabel: 'Quý I', currentLabel: 'Quý II năm 2026', rows: [{ code: 'HS', name: 'Hồ sơ', previous: '1', current: '2' }] },
      (l) => l.replace('Quý II', 'Quý III'),
    );
    expect(rolled).toEqual({
      type: 'indicators',
      previousLabel: 'Quý II năm 2026',
      currentLabel: 'Quý III năm 2026',
      rows: [{ code: 'HS', name: 'Hồ sơ', previous: '2', current: '' }],
    });
  });

  it('finds a set’s repeated codes and references to indicators it does not have', () => {
    expect(
      indicatorSetProblems({
        ...SET,
        indicators: [...SET.indicators, { code: 'HS', name: 'Lặp', aggregate: 'sum' }, { code: 'X', name: 'X', aggregate: 'weighted', weightCode: 'KHONG_CO' }],
      }),
    ).toEqual(['Mã “HS” bị trùng.', 'Chỉ tiêu “X”: trọng số “KHONG_CO” không có trong bộ chỉ tiêu.']);
  });
});
