/**
 * How "Tìm trong các báo cáo" orders and shows what it found, for both databases: a report
 * whose trích yếu holds the phrase first, then reports by how many hits (spelt exactly first),
 * the newer year breaking ties; the words marked where they stand even across a comma, and the
 * snippet cut between words.
 */
import { describe, expect, it } from 'vitest';
import { placeHit, rankCandidates, type Candidate } from '../../../electron/core/stores/search-text';

const reports: Record<string, { title: string; year: number | null }> = {
  'bc-2026-thang': { title: 'Báo cáo tình hình kinh tế - xã hội tháng 11 năm 2026', year: 2026 },
  'bc-2025-cchc': { title: 'Báo cáo kết quả cải cách hành chính năm 2025', year: 2025 },
  'bc-2024-nhieu': { title: 'Báo cáo tổng kết năm 2024', year: 2024 },
  'bc-2026-mot': { title: 'Báo cáo sơ kết 6 tháng đầu năm 2026', year: 2026 },
};
const info = (id: string) => reports[id]!;
const hit = (rowid: number, reportId: string, exact = true): Candidate => ({ rowid, reportId, sectionId: `p${rowid}`, exact });

describe('the order of what search found', () => {
  it('puts the report with the phrase in its trích yếu first, then the one with most hits, then the newer', () => {
    // As the database gives them: newest indexed first.
    const found = [
      hit(90, 'bc-2026-thang'),
      hit(80, 'bc-2026-mot'),
      hit(70, 'bc-2024-nhieu'),
      hit(69, 'bc-2024-nhieu'),
      hit(68, 'bc-2024-nhieu'),
      hit(60, 'bc-2026-thang', false),
      hit(10, 'bc-2025-cchc'),
      hit(9, 'bc-2025-cchc'),
    ];
    const order = rankCandidates(found, 'cai cach hanh chinh', info).map((c) => c.reportId);
    expect([...new Set(order)]).toEqual(['bc-2025-cchc', 'bc-2024-nhieu', 'bc-2026-thang', 'bc-2026-mot']);
    // A report's hits stay together, those spelt exactly first.
    expect(order).toEqual(['bc-2025-cchc', 'bc-2025-cchc', 'bc-2024-nhieu', 'bc-2024-nhieu', 'bc-2024-nhieu', 'bc-2026-thang', 'bc-2026-thang', 'bc-2026-mot']);
  });

  it('puts a report named by every word (tên loại and trích yếu) before one whose long text holds them scattered', () => {
    const loose = (rowid: number, reportId: string, sectionId: string): Candidate => ({ rowid, reportId, sectionId, exact: false, loose: true });
    // "kiểm điểm chất lượng đảng viên": a Bản tự kiểm điểm "Đánh giá chất lượng đảng viên" against a long quy định
    // whose attached text (in its own row too) holds the words scattered.
    const named: Record<string, { title: string; docType: string; year: number }> = {
      'kiem-diem': { title: 'Đánh giá chất lượng đảng viên', docType: 'BẢN TỰ KIỂM ĐIỂM', year: 2011 },
      'quy-dinh': { title: 'Ban hành quy định quản lý nhà nước về giá', docType: 'QUYẾT ĐỊNH', year: 2025 },
    };
    const found = [loose(90, 'quy-dinh', ''), loose(89, 'quy-dinh', 'p2'), loose(10, 'kiem-diem', '')];
    const order = rankCandidates(found, 'kiem diem chat luong dang vien', (id) => named[id]!).map((c) => c.reportId);
    expect([...new Set(order)]).toEqual(['kiem-diem', 'quy-dinh']);
  });

  it('breaks a tie of hits by the newer year', () => {
    const found = [hit(5, 'bc-2024-nhieu'), hit(4, 'bc-2026-mot')];
    expect(rankCandidates(found, 'kết quả', info).map((c) => c.reportId)).toEqual(['bc-2026-mot', 'bc-2024-nhieu']);
  });
});

describe('where the words stand', () => {
  const text = {
    title: 'Kết quả thực hiện',
    body: 'Trong năm, Ủy ban nhân dân xã tập trung chỉ đạo công tác cải cách, hành chính và chuyển đổi số; kết quả thủ tục trực tuyến toàn trình đạt 98,2% tổng số hồ sơ tiếp nhận trong kỳ báo cáo.',
  };

  it('marks the words across a comma the query left out', () => {
    const { snippet, highlight } = placeHit(text, 'cải cách hành chính', true);
    expect(snippet.slice(highlight[0], highlight[1])).toBe('cải cách, hành chính');
  });

  it('marks the words typed without diacritics', () => {
    const { snippet, highlight } = placeHit(text, 'cai cach hanh chinh', false);
    expect(snippet.slice(highlight[0], highlight[1])).toBe('cải cách, hành chính');
  });

  it('cuts the snippet between words, never inside one', () => {
    const long = {
      title: '',
      body: `${'Ủy ban nhân dân xã đã triển khai thực hiện nhiều nội dung quan trọng. '.repeat(4)}cải cách hành chính ${'được đẩy mạnh trên các lĩnh vực trọng tâm của địa phương. '.repeat(4)}`,
    };
    const { snippet } = placeHit(long, 'cải cách hành chính', true);
    const inner = snippet.replace(/^…/, '').replace(/…$/, '');
    const words = long.body.split(/\s+/);
    expect(words).toContain(inner.trim().split(' ')[0]);
    expect(words).toContain(inner.trim().split(' ').at(-1));
  });
});
