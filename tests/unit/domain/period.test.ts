/** Kỳ báo cáo found in a trích yếu and rewritten for another period, in the clerk's own spelling. */
import { describe, expect, it } from 'vitest';
import { findPeriod, parsePeriod, replacePeriod, writePeriod } from '#shared/domain/period';
import { summaryForPeriod } from '#shared/domain/template-summary';

describe('periods', () => {
  it('reads the forms clerks write', () => {
    expect(parsePeriod('tháng 5 năm 2026')).toEqual({ kind: 'month', index: 5, year: 2026 });
    expect(parsePeriod('Báo cáo tháng 05/2026')).toEqual({ kind: 'month', index: 5, year: 2026 });
    expect(parsePeriod('quý I năm 2026')).toEqual({ kind: 'quarter', index: 1, year: 2026 });
    expect(parsePeriod('Quý IV/2025'.replace('/', ' năm '))).toEqual({ kind: 'quarter', index: 4, year: 2025 });
    expect(parsePeriod('6 tháng đầu năm 2026')).toEqual({ kind: 'first-half', year: 2026 });
    expect(parsePeriod('06 tháng cuối năm 2025')).toEqual({ kind: 'last-half', year: 2025 });
    expect(parsePeriod('9 tháng năm 2026')).toEqual({ kind: 'nine-months', year: 2026 });
    expect(parsePeriod('năm 2026')).toEqual({ kind: 'year', year: 2026 });
    expect(parsePeriod('đợt thi đua đặc biệt')).toBeNull();
  });

  it('writes a period the way the text wrote its own', () => {
    expect(writePeriod({ kind: 'first-half', year: 2027 }, '06 tháng đầu năm 2026')).toBe('06 tháng đầu năm 2027');
    expect(writePeriod({ kind: 'first-half', year: 2027 }, '6 tháng đầu năm 2026')).toBe('6 tháng đầu năm 2027');
    expect(writePeriod({ kind: 'quarter', index: 2, year: 2026 }, 'quý I năm 2026')).toBe('quý II năm 2026');
    expect(writePeriod({ kind: 'month', index: 6, year: 2026 }, 'tháng 05 năm 2026')).toBe('tháng 06 năm 2026');
  });

  it('replaces only the period expression: dates, numbers and "khóa X" stay', () => {
    const summary = 'Sơ kết 06 tháng đầu năm 2026 thực hiện Kết luận số 62-KL/TW ngày 27/02/2026 của Bộ Chính trị (khóa X) về tiếp tục đổi mới';
    expect(findPeriod(summary)?.text).toBe('06 tháng đầu năm 2026');
    expect(replacePeriod(summary, { kind: 'first-half', year: 2027 })).toBe(
      'Sơ kết 06 tháng đầu năm 2027 thực hiện Kết luận số 62-KL/TW ngày 27/02/2026 của Bộ Chính trị (khóa X) về tiếp tục đổi mới',
    );
    expect(replacePeriod('Năm 2026, Đảng bộ xã đã lãnh đạo', { kind: 'year', year: 2027 })).toBe('Năm 2027, Đảng bộ xã đã lãnh đạo');
  });
});

describe('a unit template’s trích yếu for the next period', () => {
  it('carries over everything but the period (the Kết luận 62 report of the first week)', () => {
    const saved = 'Sơ kết 06 tháng đầu năm 2026 thực hiện Kết luận số 62-KL/TW ngày 27/02/2026 của Bộ Chính trị (khóa X) về tiếp tục đổi mới';
    expect(summaryForPeriod(saved, '6 tháng đầu năm 2027')).toBe(
      'Sơ kết 06 tháng đầu năm 2027 thực hiện Kết luận số 62-KL/TW ngày 27/02/2026 của Bộ Chính trị (khóa X) về tiếp tục đổi mới',
    );
    expect(summaryForPeriod('Kết quả công tác tháng 5 năm 2026; phương hướng tháng 6', 'tháng 6 năm 2026')).toBe(
      'Kết quả công tác tháng 6 năm 2026; phương hướng tháng 6',
    );
    expect(summaryForPeriod('Kết quả công tác quý I năm 2026', 'đợt 2 năm học 2026-2027')).toBe('Kết quả công tác đợt 2 năm học 2026-2027');
    expect(summaryForPeriod('Báo cáo công tác Đoàn', 'tháng 6 năm 2026')).toBe('Báo cáo công tác Đoàn');
    expect(summaryForPeriod('Kết quả {kỳ báo cáo}', 'quý II năm 2026')).toBe('Kết quả quý II năm 2026');
  });
});
