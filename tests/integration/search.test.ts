/** "Tìm trong các báo cáo": with or without diacritics, exact spelling first, kept current with every save. */
import { describe, expect, it } from 'vitest';
import { textParagraph } from '../../shared/domain/report';
import { testCore } from '../support/test-core';

async function library() {
  const core = testCore();
  const make = async (period: string, profile: 'state' | 'party', text: string) => {
    const r = await core.call('reports.create', { templateId: 'dinh-ky', profile, period });
    await core.edit('sections.update', { reportId: r.id, sectionId: r.sections[0]!.id, blocks: [textParagraph(text)] });
    return r;
  };
  const a = await make('quý I năm 2026', 'state', 'Vốn đầu tư công giải ngân đạt 85% kế hoạch.');
  const b = await make('năm 2025', 'party', 'Đảng ủy lãnh đạo thu hút dau tu vào khu công nghiệp.');
  return { core, a, b };
}

describe('search across reports', () => {
  it('finds words with or without diacritics (đ folds to d), exact spelling before folded, with the part and a snippet from the original', async () => {
    const { core, a, b } = await library();
    const hits = await core.call('reports.search', { query: 'đầu tư' });
    expect(hits.map((h) => [h.reportId, h.exact])).toEqual([[a.id, true], [b.id, false]]);
    const first = hits[0]!;
    expect(first.part).toBe('Kết quả thực hiện nhiệm vụ');
    expect(first.stepSectionId).toBe(a.sections[0]!.id);
    expect(first.snippet.slice(...first.highlight)).toBe('đầu tư');
    const folded = await core.call('reports.search', { query: 'dau tu' });
    expect(folded.map((h) => [h.reportId, h.exact])).toEqual([[b.id, true], [a.id, false]]);
    expect(folded[1]!.snippet.slice(...folded[1]!.highlight)).toBe('đầu tư');
    expect((await core.call('reports.search', { query: 'dang uy' })).map((h) => h.reportId)).toEqual([b.id]);
    expect((await core.call('reports.search', { query: 'Đảng' })).map((h) => h.snippet.slice(...h.highlight))).toEqual(['Đảng']);
  });

  it('filters by year, loại báo cáo, thể thức and kỳ', async () => {
    const { core, a, b } = await library();
    expect((await core.call('reports.search', { query: 'dau tu', year: 2026 })).map((h) => h.reportId)).toEqual([a.id]);
    expect((await core.call('reports.search', { query: 'dau tu', profile: 'party' })).map((h) => h.reportId)).toEqual([b.id]);
    expect((await core.call('reports.search', { query: 'dau tu', period: 'quy I' })).map((h) => h.reportId)).toEqual([a.id]);
    expect(await core.call('reports.search', { query: 'dau tu', kind: 'so-ket-nghi-quyet' })).toEqual([]);
  });

  it('follows every change: a rewritten part, a renamed one, a removed one, a deleted report; the header row holds the trích yếu and kỳ', async () => {
    const { core, a, b } = await library();
    await core.edit('sections.update', { reportId: a.id, sectionId: a.sections[0]!.id, blocks: [textParagraph('Nội dung mới về chuyển đổi số.')] });
    expect((await core.call('reports.search', { query: 'giai ngan' }))).toEqual([]);
    expect((await core.call('reports.search', { query: 'chuyen doi so' })).map((h) => h.reportId)).toEqual([a.id]);
    await core.edit('sections.update', { reportId: a.id, sectionId: a.sections[1]!.id, title: 'Công tác thi đua khen thưởng' });
    expect((await core.call('reports.search', { query: 'thi dua' })).map((h) => h.part)).toEqual(['Công tác thi đua khen thưởng']);
    await core.edit('sections.remove', { reportId: a.id, sectionId: a.sections[1]!.id });
    expect(await core.call('reports.search', { query: 'thi dua' })).toEqual([]);
    const header = await core.call('reports.search', { query: 'năm 2025' });
    expect(header.map((h) => [h.reportId, h.sectionId])).toEqual([[b.id, null]]);
    await core.call('reports.delete', { id: b.id });
    expect(await core.call('reports.search', { query: 'dang uy' })).toEqual([]);
  });

  it('an empty query finds nothing, and quotes or FTS syntax in the query are just words', async () => {
    const { core } = await library();
    expect(await core.call('reports.search', { query: '  ' })).toEqual([]);
    expect(await core.call('reports.search', { query: '"đầu tư" OR NEAR(' })).toEqual([]);
    expect((await core.call('reports.search', { query: 'đầu-tư' })).length).toBe(2);
  });
});
