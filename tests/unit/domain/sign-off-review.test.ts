/**
 * The bản trình review on report files directly: the three versions (sent, returned, the app's
 * now) and what the clerk gets — for the cases a real editor is slow to produce in a test.
 */
import { describe, expect, it } from 'vitest';
import type { FileSection, ReportFile } from '#shared/report-format/schema';
import { reviewChanges, type MarkedLine } from '#shared/sign-off/review';
import { applyChanges } from '#shared/sign-off/apply';

const file = (sections: FileSection[]): ReportFile => ({
  format: 'baocao.report/1',
  profile: 'state',
  header: { parentBody: '', issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', number: '', symbol: 'BC-UBND', place: 'An Phú', date: null, summary: 'Kết quả tháng 11' },
  sections,
  signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
  recipients: ['Lưu: VT.'],
});
const p = (text: string) => ({ type: 'paragraph' as const, text });
const part = (title: string, ...texts: string[]): FileSection => ({ title, blocks: texts.map(p) });
const indicators = (current: string) => ({
  type: 'indicators' as const,
  previousLabel: 'Tháng 10',
  currentLabel: 'Tháng 11',
  rows: [{ code: 'HS-01', name: 'Hồ sơ đúng hạn', unit: 'hồ sơ', previous: '280', current }],
});

describe('the review of a returned bản trình', () => {
  it('a part the leader renamed is the same part: its new title is a change, its paragraphs are compared as usual', () => {
    const base = file([part('Kết quả thực hiện', 'Thu ngân sách đạt 96%.'), part('Hạn chế', 'Còn chậm.')]);
    const theirs = file([part('Kết quả thực hiện nhiệm vụ năm', 'Thu ngân sách đạt 97%.'), part('Hạn chế', 'Còn chậm.')]);
    const { changes, plans } = reviewChanges({ base, theirs, mine: base, marked: [] });
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['retitled', 'Kết quả thực hiện', 'Kết quả thực hiện nhiệm vụ năm'],
      ['rewritten', 'Thu ngân sách đạt 96%.', 'Thu ngân sách đạt 97%.'],
    ]);
    const { report } = applyChanges(base, base, theirs, changes, plans);
    expect(report.sections.map((s) => [s.title, s.blocks])).toEqual([
      ['Kết quả thực hiện nhiệm vụ năm', [p('Thu ngân sách đạt 97%.')]],
      ['Hạn chế', [p('Còn chậm.')]],
    ]);
  });

  it('a part the leader added goes after the part before it', () => {
    const base = file([part('Kết quả', 'A.'), part('Phương hướng', 'B.')]);
    const theirs = file([part('Kết quả', 'A.'), part('Bài học kinh nghiệm', 'Phải sát dân.'), part('Phương hướng', 'B.')]);
    const { changes, plans } = reviewChanges({ base, theirs, mine: base, marked: [] });
    expect(changes.map((c) => c.kind)).toEqual(['part-added']);
    expect(applyChanges(base, base, theirs, changes, plans).report.sections.map((s) => s.title)).toEqual(['Kết quả', 'Bài học kinh nghiệm', 'Phương hướng']);
  });

  it('a figure the leader corrected in an indicator table is taken into the table, its codes kept', () => {
    const base = file([{ title: 'Kết quả', blocks: [indicators('312')] }]);
    // Read back from Word the table is a plain table, the comparison column worked out.
    const printed = {
      type: 'table' as const,
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tháng 10', 'Tháng 11', 'So sánh'],
      rows: [['1', 'Hồ sơ đúng hạn', 'hồ sơ', '280', '318', 'tăng 13,57%']],
    };
    const theirs = file([{ title: 'Kết quả', blocks: [printed] }]);
    const { changes, plans } = reviewChanges({ base, theirs, mine: base, marked: [] });
    expect(changes.map((c) => c.kind)).toEqual(['rewritten']);
    const { report } = applyChanges(base, base, theirs, changes, plans);
    expect(report.sections[0]!.blocks).toEqual([indicators('318')]);
  });

  it('a comment the reader could not place is listed with its text; an unknown author is kept as one', () => {
    const base = file([part('Kết quả', 'Thu ngân sách đạt 96%.')]);
    const theirs = file([part('Kết quả', 'Thu ngân sách đạt 97%.')]);
    const marked: MarkedLine[] = [
      { place: { kind: 'unplaced' }, text: 'Ghi chú cuối trang', suggestions: [], comments: [{ author: 'Trần Văn Lãnh', text: 'Xem lại.' }] },
      { place: { kind: 'unit', part: 'Kết quả', unit: 0 }, text: 'Thu ngân sách đạt 97%.', suggestions: [{ author: '' }], comments: [] },
    ];
    const review = reviewChanges({ base, theirs, mine: base, marked });
    expect(review.unplacedComments).toEqual([{ author: 'Trần Văn Lãnh', text: 'Xem lại.', anchor: 'Ghi chú cuối trang' }]);
    expect(review.changes[0]!.suggestedBy).toEqual(['']);
  });

  it('what the clerk already has is not offered again; what she removed too is done', () => {
    const base = file([part('Kết quả', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.')]);
    const theirs = file([part('Kết quả', 'Đoạn một đã sửa.', 'Đoạn ba.')]);
    const mine = file([part('Kết quả', 'Đoạn một đã sửa.', 'Đoạn ba.')]);
    const review = reviewChanges({ base, theirs, mine, marked: [] });
    expect(review.changes).toEqual([]);
    expect(review.alreadyTaken).toBe(2);
  });

  it('an added paragraph lands after the one it followed even when the clerk rewrote that one, never at the end', () => {
    const base = file([part('Kết quả', 'Một.', 'Hai.', 'Ba.')]);
    const theirs = file([part('Kết quả', 'Một.', 'Hai.', 'Lãnh đạo thêm sau đoạn hai.', 'Ba.')]);
    const mine = file([part('Kết quả', 'Một.', 'Hai, đã bổ sung số liệu.', 'Ba.', 'Bốn.')]);
    const { changes, plans } = reviewChanges({ base, theirs, mine, marked: [] });
    const { report } = applyChanges(mine, base, theirs, changes, plans);
    expect(report.sections[0]!.blocks).toEqual([p('Một.'), p('Hai, đã bổ sung số liệu.'), p('Lãnh đạo thêm sau đoạn hai.'), p('Ba.'), p('Bốn.')]);
  });
});
