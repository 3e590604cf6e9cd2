import { describe, expect, it } from 'vitest';
import { compare, comparisonSentence, indicatorTable } from '../../../shared/domain/indicators';

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

  it('makes a table block with the comparison column', () => {
    expect(indicatorTable([{ name: 'Hồ sơ', previous: '1.523', current: '1.874' }, { name: ' ', previous: '', current: '' }], 'Năm 2025', 'Năm 2026', 'Bảng 1')).toEqual({
      type: 'table',
      caption: 'Bảng 1',
      header: ['Chỉ tiêu', 'Năm 2025', 'Năm 2026', 'So sánh'],
      rows: [['Hồ sơ', '1.523', '1.874', 'tăng 23,05%']],
    });
  });
});
