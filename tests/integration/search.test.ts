/** "Tìm trong các báo cáo": with or without diacritics, exact spelling first, kept current with every save. */
import { describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
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
    const hits = (await core.call('library.search', { query: 'đầu tư' })).hits;
    expect(hits.map((h) => [h.reportId, h.exact])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    const first = hits[0]!;
    expect(first.part).toBe('Kết quả thực hiện nhiệm vụ');
    expect(first.stepSectionId).toBe(a.sections[0]!.id);
    expect(first.snippet.slice(...first.highlight)).toBe('đầu tư');
    const folded = (await core.call('library.search', { query: 'dau tu' })).hits;
    expect(folded.map((h) => [h.reportId, h.exact])).toEqual([
      [b.id, true],
      [a.id, false],
    ]);
    expect(folded[1]!.snippet.slice(...folded[1]!.highlight)).toBe('đầu tư');
    expect((await core.call('library.search', { query: 'dang uy' })).hits.map((h) => h.reportId)).toEqual([b.id]);
    expect((await core.call('library.search', { query: 'Đảng' })).hits.map((h) => h.snippet.slice(...h.highlight))).toEqual(['Đảng']);
  });

  it('puts the report named by the words first and a report with many hits before one that mentions them once, however old', async () => {
    const core = testCore();
    const make = async (period: string, summary: string, texts: string[]) => {
      const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period });
      await core.edit('reports.updateMeta', { id: r.id, header: { ...r.header, summary } });
      for (const [i, text] of texts.entries())
        await core.edit('sections.update', { reportId: r.id, sectionId: r.sections[i]!.id, blocks: [textParagraph(text)] });
      return r;
    };
    const named = await make('năm 2024', 'Báo cáo kết quả công tác cải cách hành chính năm 2024', ['Cải cách hành chính được đẩy mạnh.']);
    const many = await make('năm 2025', 'Báo cáo tổng kết năm 2025', [
      'Công tác cải cách hành chính có chuyển biến.',
      'Kết quả cải cách hành chính trên từng lĩnh vực.',
    ]);
    const once = await make('tháng 11 năm 2026', 'Báo cáo tháng 11 năm 2026', ['Tiếp tục cải cách, hành chính và chuyển đổi số.']);
    const hits = (await core.call('library.search', { query: 'cai cach hanh chinh' })).hits;
    expect([...new Set(hits.map((h) => h.reportId))]).toEqual([named.id, many.id, once.id]);
    // Across the comma the words are still marked.
    const last = hits.at(-1)!;
    expect(last.snippet.slice(...last.highlight)).toBe('cải cách, hành chính');
  });

  it('filters by year, loại báo cáo, thể thức and kỳ', async () => {
    const { core, a, b } = await library();
    expect((await core.call('library.search', { query: 'dau tu', year: 2026 })).hits.map((h) => h.reportId)).toEqual([a.id]);
    expect((await core.call('library.search', { query: 'dau tu', profile: 'party' })).hits.map((h) => h.reportId)).toEqual([b.id]);
    expect((await core.call('library.search', { query: 'dau tu', period: 'quy I' })).hits.map((h) => h.reportId)).toEqual([a.id]);
    expect((await core.call('library.search', { query: 'dau tu', kind: 'so-ket-nghi-quyet' })).hits).toEqual([]);
  });

  it('follows every change: a rewritten part, a renamed one, a removed one, a deleted report; the header row holds the trích yếu and kỳ', async () => {
    const { core, a, b } = await library();
    await core.edit('sections.update', { reportId: a.id, sectionId: a.sections[0]!.id, blocks: [textParagraph('Nội dung mới về chuyển đổi số.')] });
    expect((await core.call('library.search', { query: 'giai ngan' })).hits).toEqual([]);
    expect((await core.call('library.search', { query: 'chuyen doi so' })).hits.map((h) => h.reportId)).toEqual([a.id]);
    await core.edit('sections.update', { reportId: a.id, sectionId: a.sections[1]!.id, title: 'Công tác thi đua khen thưởng' });
    expect((await core.call('library.search', { query: 'thi dua' })).hits.map((h) => h.part)).toEqual(['Công tác thi đua khen thưởng']);
    await core.edit('sections.remove', { reportId: a.id, sectionId: a.sections[1]!.id });
    expect((await core.call('library.search', { query: 'thi dua' })).hits).toEqual([]);
    const header = (await core.call('library.search', { query: 'năm 2025' })).hits;
    expect(header.map((h) => [h.reportId, h.sectionId])).toEqual([[b.id, null]]);
    await core.call('library.delete', { id: b.id });
    expect((await core.call('library.search', { query: 'dang uy' })).hits).toEqual([]);
  });

  it('an empty query finds nothing, and quotes or FTS syntax in the query are just words', async () => {
    const { core } = await library();
    expect((await core.call('library.search', { query: '  ' })).hits).toEqual([]);
    expect((await core.call('library.search', { query: '"đầu tư" OR NEAR(' })).hits).toEqual([]);
    expect((await core.call('library.search', { query: 'đầu-tư' })).hits.length).toBe(2);
  });
});

describe('the search index is derived data in its own file', () => {
  it('lives beside the data file in tim-kiem.db, not in the data file, and sees what another connection wrote', async () => {
    const { folderCore, newDataDir } = await import('../support/data-folder');
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const { existsSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = newDataDir('tim-kiem');
    const core = folderCore(dir);
    const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 5 năm 2026' });
    await core.edit('sections.update', {
      reportId: r.id,
      sectionId: r.sections[0]!.id,
      blocks: [textParagraph('Chương trình mục tiêu quốc gia xây dựng nông thôn mới.')],
    });
    expect((await core.call('library.search', { query: 'nong thon moi' })).hits).toHaveLength(1);
    expect(existsSync(join(dir, 'tim-kiem.db'))).toBe(true);
    const tables = (path: string) => {
      const db = new BetterSqlite3(path, { readonly: true });
      try {
        return (db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%exact%' OR name LIKE '%folded%'").all() as { name: string }[]).map((t) => t.name);
      } finally {
        db.close();
      }
    };
    expect(tables(join(dir, 'baocao.db'))).toEqual([]);

    // Another program (the command line) rewrites the part: the next search follows it.
    const other = new BetterSqlite3(join(dir, 'baocao.db'));
    other.prepare('UPDATE sections SET blocks_json = ? WHERE id = ?').run(JSON.stringify([textParagraph('Công tác cải cách hành chính.')]), r.sections[0]!.id);
    other.prepare("UPDATE reports SET updated_at = '2026-07-01T00:00:00.000Z' WHERE id = ?").run(r.id);
    other.close();
    expect((await core.call('library.search', { query: 'nong thon moi' })).hits).toEqual([]);
    expect((await core.call('library.search', { query: 'cai cach' })).hits).toHaveLength(1);
    core.close();

    // A damaged index file is only derived data: it is built again, the reports are untouched.
    writeFileSync(join(dir, 'tim-kiem.db'), 'không phải SQLite');
    rmSync(join(dir, 'tim-kiem.db-wal'), { force: true });
    const again = folderCore(dir);
    expect((await again.call('library.search', { query: 'cải cách' })).hits.map((h) => h.reportId)).toEqual([r.id]);
    again.close();
  });

  it('finds archived reports (marked so) and not those in the Thùng rác', async () => {
    const { core, a, b } = await library();
    await core.call('library.archive', { id: a.id, archived: true });
    const hits = (await core.call('library.search', { query: 'dau tu' })).hits;
    expect(hits.map((h) => [h.reportId, h.archived])).toEqual([
      [b.id, false],
      [a.id, true],
    ]);
    await core.call('library.delete', { id: b.id });
    expect((await core.call('library.search', { query: 'dau tu' })).hits.map((h) => h.reportId)).toEqual([a.id]);
    await core.call('library.restore', { id: b.id });
    expect((await core.call('library.search', { query: 'dau tu' })).hits).toHaveLength(2);
  });
});

describe('the search index stays its own size', () => {
  it('folds its log back as it is built, so a large library does not leave a log several times the index', async () => {
    const { newDataDir } = await import('../support/data-folder');
    const { DataFile } = await import('../../electron/core/data-file/data-file');
    const { SearchIndex } = await import('../../electron/core/stores/sqlite/search-index');
    const { fillLibrary } = await import('../../bench/library-fixture');
    const { statSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = newDataDir('tim-kiem-lon');
    const data = DataFile.open(dir, () => new Date('2026-06-05T08:00:00Z'), { error: () => undefined });
    await fillLibrary(data.db, 1_200);
    const index = new SearchIndex(data.db, join(dir, 'tim-kiem.db'));
    expect(index.search({ query: 'chuyen doi so' }).hits.length).toBeGreaterThan(0);
    const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
    const indexBytes = size(join(dir, 'tim-kiem.db'));
    expect(indexBytes).toBeGreaterThan(0);
    expect(size(join(dir, 'tim-kiem.db-wal'))).toBeLessThan(Math.max(indexBytes * 2, 40 * 1024 * 1024));
    data.close();
  }, 60_000);
});
