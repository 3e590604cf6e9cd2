import { describe, expect, it } from 'vitest';
import { matchPreviousSection, rollIndicatorTable } from '../../../shared/domain/next-period-report';
import type { SectionNode } from '../../../shared/domain/report';

const part = (title: string, role: SectionNode['role'] = 'other'): SectionNode => ({ id: title, role, title, blocks: [], revision: 1, children: [] });

describe('last period’s part beside this one', () => {
  it('is the part of the same title, else of the same role, else in the same place', () => {
    const previous = [part('Kết quả thực hiện', 'results'), part('Hạn chế', 'limitations'), part('Phương hướng', 'directions')];
    expect(matchPreviousSection(previous, part('kết quả thực hiện '), 2)?.title).toBe('Kết quả thực hiện');
    expect(matchPreviousSection(previous, part('Tồn tại, hạn chế', 'limitations'), 0)?.title).toBe('Hạn chế');
    expect(matchPreviousSection(previous, part('Nhiệm vụ tháng tới'), 2)?.title).toBe('Phương hướng');
    expect(matchPreviousSection(previous, part('Thêm'), 5)).toBeNull();
  });
});

describe('an indicator table for the next period', () => {
  it('moves kỳ này into kỳ trước and leaves kỳ này and the comparison to fill; other tables stay', () => {
    const table = {
      type: 'table' as const,
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I năm 2026', 'Quý II năm 2026', 'So sánh'],
      rows: [['1', 'Hội viên mới', 'người', '40', '52', 'tăng 30%']],
    };
    expect(rollIndicatorTable(table)).toEqual({
      type: 'table',
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý II năm 2026', 'Quý III năm 2026', 'So sánh'],
      rows: [['1', 'Hội viên mới', 'người', '52', '', '']],
    });
    const plain = { type: 'table' as const, header: ['Thôn', 'Số hộ'], rows: [['An Phú', '120']] };
    expect(rollIndicatorTable(plain)).toBe(plain);
  });
});
