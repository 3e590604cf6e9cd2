/** "Tạo từ báo cáo kỳ trước": June's report starts from May's in one call. */
import { describe, expect, it } from 'vitest';
import { indicatorTable } from '#shared/domain/indicators';
import { nextPeriod, advancePeriodText, parsePeriod } from '#shared/domain/period';
import { textParagraph } from '#shared/domain/report';
import { testCore } from '../support/test-core';

describe('the next period', () => {
  it('moves on as reports do: month, quarter, half year to year, last half to next first half, year', () => {
    const next = (text: string) => advancePeriodText(text);
    expect(next('tháng 5 năm 2026')).toBe('tháng 6 năm 2026');
    expect(next('tháng 12 năm 2026')).toBe('tháng 1 năm 2027');
    expect(next('Quý IV năm 2025')).toBe('Quý I năm 2026');
    expect(next('quý I năm 2026')).toBe('quý II năm 2026');
    expect(next('06 tháng đầu năm 2026')).toBe('năm 2026');
    expect(next('6 tháng cuối năm 2025')).toBe('6 tháng đầu năm 2026');
    expect(next('năm 2025')).toBe('năm 2026');
    expect(next('Sơ kết chuyên đề')).toBeNull();
    expect(nextPeriod(parsePeriod('9 tháng năm 2026')!)).toEqual({ kind: 'year', year: 2026 });
  });
});

describe('a report made from last period’s', () => {
  it('keeps header, parts, content, signer and nơi nhận; clears số and ngày; rolls the indicator table over; notes where it came from', async () => {
    const core = testCore();
    const may = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 5 năm 2026' });
    const table = indicatorTable([{ name: 'Hồ sơ trực tuyến', unit: 'hồ sơ', previous: '1200', current: '1315' }], 'Tháng 4 năm 2026', 'Tháng 5 năm 2026');
    await core.edit('reports.updateMeta', {
      id: may.id,
      header: { ...may.header, issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN HẢI', number: '12', date: '2026-05-31' },
      signature: { ...may.signature, name: 'Nguyễn Văn An' },
      recipients: ['UBND tỉnh;', 'Lưu: VT, VP.'],
      opening: [textParagraph('Ủy ban nhân dân xã báo cáo kết quả tháng 5 năm 2026 như sau:')],
    });
    const part = may.sections[0]!;
    await core.edit('sections.update', { reportId: may.id, sectionId: part.id, blocks: [textParagraph('Đã giải quyết 1.315 hồ sơ.'), table] });

    const june = await core.call('reports.createFromPrevious', { id: may.id });
    expect(june.id).not.toBe(may.id);
    expect(june.previousId).toBe(may.id);
    expect(june.period).toBe('tháng 6 năm 2026');
    expect(june.header).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN HẢI', number: '', date: null });
    expect(june.header.summary).toContain('tháng 6 năm 2026');
    expect(june.signature.name).toBe('Nguyễn Văn An');
    expect(june.recipients).toEqual(['UBND tỉnh;', 'Lưu: VT, VP.']);
    expect(june.opening).toEqual([textParagraph('Ủy ban nhân dân xã báo cáo kết quả tháng 6 năm 2026 như sau:')]);
    expect(june.sections.map((s) => s.title)).toEqual(may.sections.map((s) => s.title));
    const [text, rolled] = june.sections[0]!.blocks;
    expect(text).toEqual(textParagraph('Đã giải quyết 1.315 hồ sơ.'));
    expect(rolled).toEqual({
      type: 'table',
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tháng 5 năm 2026', 'Tháng 6 năm 2026', 'So sánh'],
      rows: [['1', 'Hồ sơ trực tuyến', 'hồ sơ', '1.315', '', '']],
    });
    // History starts fresh, with where it came from.
    const history = await core.call('history.list', { reportId: june.id, sectionId: june.sections[0]!.id });
    expect(history.map((h) => h.reason)).toEqual(['from-previous']);
    // May's report is untouched.
    const mayAgain = await core.call('reports.get', { id: may.id });
    expect(mayAgain.header.number).toBe('12');
    expect(mayAgain.sections[0]!.blocks[1]).toEqual(table);
  });

  it('refuses an unknown report', async () => {
    await expect(testCore().call('reports.createFromPrevious', { id: 'khong-co' })).rejects.toThrow(/^not_found/);
  });
});
