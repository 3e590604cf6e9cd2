import { describe, expect, it } from 'vitest';
import { compare, comparisonSentence, indicatorTable } from '#shared/domain/indicators';

describe('indicator comparison', () => {
  it.each([
    ['1.523', '1.874', 'tăng 23,05%'],
    ['0,88', '1,25', 'tăng 42,05%'],
    ['200', '201', 'tăng 0,5%'],
    ['100', '95', 'giảm 5%'],
    ['10', '23', 'gấp 2,3 lần'],
    ['10', '20', 'gấp 2 lần'],
    ['5', '5', 'bằng'],
    ['0', '3', ''],
    ['chưa có', '3', ''],
  ])('%s → %s: %s', (previous, current, text) => expect(compare(previous, current).text).toBe(text));

  it('writes the sentence a report uses', () => {
    expect(comparisonSentence({ name: 'số hồ sơ trực tuyến', previous: '1.523', current: '1.874', unit: 'hồ sơ' }, 'năm 2025')).toBe(
      'Số hồ sơ trực tuyến đạt 1.874 hồ sơ, tăng 23,05% so với năm 2025.',
    );
    expect(comparisonSentence({ name: 'Tỷ lệ', previous: '5', current: '5', unit: '%' }, 'năm 2025')).toBe('Tỷ lệ đạt 5%, bằng năm 2025.');
  });

  it('makes a table block with STT, Chỉ tiêu, Đơn vị tính, both periods and the comparison', () => {
    expect(
      indicatorTable(
        [
          { name: 'Hồ sơ', previous: '1523', current: '1.874', unit: 'hồ sơ' },
          { name: ' ', previous: '', current: '' },
          { name: 'Tỷ lệ trực tuyến', previous: '66', current: '82.5', unit: '%' },
        ],
        'Năm 2025',
        'Năm 2026',
        'Bảng 1',
      ),
    ).toEqual({
      type: 'table',
      caption: 'Bảng 1',
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2026', 'So sánh'],
      rows: [
        ['1', 'Hồ sơ', 'hồ sơ', '1.523', '1.874', 'tăng 23,05%'],
        // One column, one number of decimals: 16,50 beside 23,05.
        ['2', 'Tỷ lệ trực tuyến', '%', '66', '82,5', 'tăng 16,50 điểm phần trăm'],
      ],
    });
  });

  it('compares a rate with a rate in percentage points, never as a percent of a percent', () => {
    expect(compare('66,0%', '82,5%', { rate: true }).text).toBe('tăng 16,5 điểm phần trăm');
    expect(compare('82,5', '80', { rate: true }).text).toBe('giảm 2,5 điểm phần trăm');
    expect(comparisonSentence({ name: 'tỷ lệ hồ sơ trực tuyến', previous: '66%', current: '82,5%' }, 'năm trước')).toBe(
      'Tỷ lệ hồ sơ trực tuyến đạt 82,5%, tăng 16,5 điểm phần trăm so với năm trước.',
    );
    expect(comparisonSentence({ name: 'tỷ lệ', previous: '66', current: '82.5', unit: '%' }, 'năm trước')).toBe(
      'Tỷ lệ đạt 82,5%, tăng 16,5 điểm phần trăm so với năm trước.',
    );
  });
});
