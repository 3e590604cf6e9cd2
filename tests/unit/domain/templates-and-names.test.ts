import { describe, expect, it } from 'vitest';
import { guessPeriod } from '#shared/domain/report-file-mapping';
import { reportFileName } from '#shared/domain/report-file-name';
import { SECTION_HINTS } from '#shared/domain/section-hints';
import { findTemplate, REPORT_TEMPLATES } from '#shared/domain/templates';
import { SECTION_ROLES } from '#shared/domain/vocabulary';

describe('templates', () => {
  it('gives the sơ kết template its standard parts, with the four parts of Đánh giá chung', () => {
    const t = findTemplate('so-ket-nghi-quyet');
    expect(t?.sections.map((s) => s.title)).toEqual([
      'Công tác quán triệt, triển khai thực hiện',
      'Kết quả thực hiện',
      'Đánh giá chung',
      'Phương hướng, nhiệm vụ, giải pháp',
      'Đề xuất, kiến nghị',
    ]);
    expect(t?.sections[2]?.children?.map((c) => c.title)).toEqual(['Ưu điểm', 'Hạn chế, tồn tại', 'Nguyên nhân', 'Bài học kinh nghiệm']);
  });

  it('offers a periodic report template', () => {
    expect(REPORT_TEMPLATES.map((t) => t.id)).toContain('dinh-ky');
  });

  it('starts a Party trích yếu with a small letter, a state one with a capital', () => {
    const t = findTemplate('so-ket-nghi-quyet');
    expect(t?.summaryFor('6 tháng đầu năm 2026', 'state')).toBe('Sơ kết 6 tháng đầu năm 2026');
    expect(t?.summaryFor('6 tháng đầu năm 2026', 'party')).toBe('sơ kết 6 tháng đầu năm 2026');
  });

  it('has a Vietnamese hint for every role', () => {
    for (const role of SECTION_ROLES) expect(SECTION_HINTS[role].length).toBeGreaterThan(30);
  });
});

describe('file names', () => {
  it('names the file from the template and period, without diacritics', () => {
    expect(reportFileName({ kind: 'so-ket-nghi-quyet', period: '6 tháng 2026', header: { summary: '' } }, 'so-ket', 'docx')).toBe(
      'BC-so-ket-6-thang-2026.docx',
    );
  });

  it('falls back to the trích yếu and keeps names short', () => {
    const name = reportFileName({ kind: 'khac', period: '', header: { summary: 'Tổng kết '.repeat(30) } }, undefined, 'json');
    expect(name.startsWith('BC-khac-tong-ket-tong-ket')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(85);
    expect(name).toMatch(/^[A-Za-z0-9-]+\.json$/);
  });
});

describe('guessing the period of an imported report', () => {
  it.each([
    ['Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết', '6 tháng đầu năm 2026'],
    ['Kết quả công tác quý II năm 2026', 'quý II năm 2026'],
    ['Tổng kết công tác năm 2025', 'năm 2025'],
    ['Về công tác cán bộ', ''],
  ])('%s → %s', (summary, period) => {
    expect(guessPeriod(summary)).toBe(period);
  });
});
