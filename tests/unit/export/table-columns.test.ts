/**
 * A data table's columns: no word of a header (bold) or a cell is wider than its column, measured
 * with Times New Roman's advance widths as the header lines are — "STT" never wraps to "ST/T".
 */
import { describe, expect, it } from 'vitest';
import { indicatorTable } from '#shared/domain/indicators';
import { CELL_MARGINS_PT, tableColumnsPt } from '#shared/export-view/table-columns';
import { measureTextPt } from '#shared/the-thuc/text-width';
import { mmToPt } from '#shared/the-thuc/units';

const TEXT_WIDTH_PT = mmToPt(165);
const TABLE_TEXT_PT = 13;

function widestWordPt(text: string, bold: boolean): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => measureTextPt(w, TABLE_TEXT_PT, { bold })));
}

describe('a data table’s column widths', () => {
  it('gives STT, Đơn vị tính and the figures room for their longest word, the name column the rest', () => {
    const table = indicatorTable(
      [
        { name: 'Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình', unit: 'hồ sơ', previous: '1584', current: '2067' },
        { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%', previous: '96.5', current: '98.2' },
        { name: 'Số cuộc họp không giấy tờ', unit: 'cuộc', previous: '12', current: '18' },
      ],
      'Năm 2025',
      'Năm 2026',
    );
    const widths = tableColumnsPt([table.header, ...table.rows], TEXT_WIDTH_PT, TABLE_TEXT_PT);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_WIDTH_PT, 0);
    table.header.forEach((text, c) => expect(widestWordPt(text, true) + CELL_MARGINS_PT, `${text}`).toBeLessThanOrEqual(widths[c]!));
    for (const row of table.rows) row.forEach((text, c) => expect(widestWordPt(text, false) + CELL_MARGINS_PT, `${text}`).toBeLessThanOrEqual(widths[c]!));
    // The indicator's name keeps the widest column.
    expect(Math.max(...widths)).toBe(widths[1]);
  });

  it('shares the width by how much each column holds when every word fits anyway', () => {
    const widths = tableColumnsPt(
      [
        ['Đơn vị', 'Ghi chú'],
        ['Xã A', 'Hoàn thành kế hoạch năm, vượt chỉ tiêu giao về thu ngân sách và giải ngân đầu tư công'],
      ],
      TEXT_WIDTH_PT,
      TABLE_TEXT_PT,
    );
    expect(widths[1]!).toBeGreaterThan(widths[0]! * 3);
  });
});
