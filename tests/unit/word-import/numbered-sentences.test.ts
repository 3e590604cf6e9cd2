/**
 * Numbered titles among numbered sentences keep the office's numbers (numbered-sentences.ts): the
 * lines as the recogniser leaves them, the roles after.
 */
import { describe, expect, it } from 'vitest';
import type { ImportLine, LineRole } from '#shared/word-import/lines';
import { keepNumbersAmongSentences } from '#shared/word-import/numbered-sentences';

let id = 0;
const line = (role: LineRole, source: string, level?: number): ImportLine => {
  const label = /^(\S+)\s/.exec(source)?.[1] ?? '';
  return { id: id++, role, source, text: role === 'heading' ? source.slice(label.length + 1) : source, runs: [], ...(level ? { level } : {}) };
};
const roles = (lines: ImportLine[]) => lines.map((l) => `${l.role} ${l.text.slice(0, 3)}`);

describe('numbered titles among numbered sentences', () => {
  it('an "a)" title under a numbered sentence is a line of that sentence, and the "b)" after it too', () => {
    const lines = [
      line('heading', 'II. HỒ SƠ TRÌNH THẨM ĐỊNH', 1),
      line('paragraph', '1. Văn bản pháp lý (liệt kê các văn bản có liên quan)'),
      line('heading', 'a) Quyết định phê duyệt dự án:', 2),
      line('bullet', 'Quyết định số 29/QĐ-TRD;'),
      line('heading', 'b) Thông báo kết quả thẩm định:', 2),
      line('bullet', 'Thông báo số 807/SCT-CN.'),
      line('paragraph', '2. Hồ sơ khảo sát: đầy đủ.'),
    ];
    expect(keepNumbersAmongSentences(lines)).toBe(true);
    expect(roles(lines)).toEqual(['heading HỒ ', 'paragraph 1. ', 'paragraph a) ', 'bullet Quy', 'paragraph b) ', 'bullet Thô', 'paragraph 2. ']);
    expect(lines[2]?.note).toMatch(/Giữ số như văn bản/);
  });

  it('leaves a title that starts its own run, or that has parts under it, where it is', () => {
    const lines = [
      line('heading', 'I. KẾT QUẢ', 1),
      line('heading', '1. Công tác tuyên truyền', 2),
      line('paragraph', '1. Đã tổ chức 12 hội nghị.'),
      line('heading', '2. Công tác kiểm tra', 2),
      line('heading', 'a) Kiểm tra định kỳ', 3),
      line('paragraph', 'Đã kiểm tra 5 cơ sở.'),
    ];
    expect(keepNumbersAmongSentences(lines)).toBe(false);
    expect(roles(lines)).toEqual(['heading KẾT', 'heading Côn', 'paragraph 1. ', 'heading Côn', 'heading Kiể', 'paragraph Đã ']);
  });

  it('titles of a run that goes on across parts keep their numbers when a numbered sentence follows them (an amending QCVN, 2024)', () => {
    // "1." under I., then "2."–"6." under II.: the export would number the titles under II. 1., 2., 3. while "5." keeps its own.
    const lines = [
      line('heading', 'I. Quy định chung', 1),
      line('heading', '1. Bổ sung điểm 3.6 như sau:', 2),
      line('paragraph', '“3.6. Hệ thống thu gom là một trong các phương tiện.”'),
      line('heading', 'II. Quy định kỹ thuật', 1),
      line('heading', '2. Sửa đổi điểm 1.5 như sau:', 2),
      line('paragraph', '“1.5. QCVN 06:2022/BXD.”'),
      line('heading', '3. Bổ sung điểm 1.12 như sau:', 2),
      line('paragraph', '“1.12 TCVN 3890:2023.”'),
      line('heading', '4. Sửa đổi điểm 5.1 như sau:', 2),
      line('paragraph', '“5.1. Nhà xưởng sản xuất, kho chứa hóa chất nguy hiểm.”'),
      line('paragraph', '5. Bãi bỏ điểm 5.2.'),
      line('heading', '6. Sửa đổi điểm 5.8 như sau:', 2),
      line('paragraph', '“5.8. Nhà xưởng có chiều dài từ 3m trở lên.”'),
    ];
    expect(keepNumbersAmongSentences(lines)).toBe(true);
    expect(roles(lines)).toEqual([
      'heading Quy',
      'heading Bổ ',
      'paragraph “3.',
      'heading Quy',
      'paragraph 2. ',
      'paragraph “1.',
      'paragraph 3. ',
      'paragraph “1.',
      'paragraph 4. ',
      'paragraph “5.',
      'paragraph 5. ',
      'paragraph 6. ',
      'paragraph “5.',
    ]);
  });

  it('leaves titles before a numbered sentence where they are when the Word file numbers them the same (a báo cáo: 1., 2. titles, then "3. …" a sentence)', () => {
    const lines = [
      line('heading', 'I. KẾT QUẢ', 1),
      line('heading', '1. Công tác tuyên truyền', 2),
      line('paragraph', 'Đã tổ chức 12 hội nghị.'),
      line('heading', '2. Công tác kiểm tra', 2),
      line('paragraph', 'Đã kiểm tra 5 cơ sở.'),
      line('paragraph', '3. Các nhiệm vụ khác đã thực hiện đầy đủ.'),
    ];
    expect(keepNumbersAmongSentences(lines)).toBe(false);
    expect(roles(lines)).toEqual(['heading KẾT', 'heading Côn', 'paragraph Đã ', 'heading Côn', 'paragraph Đã ', 'paragraph 3. ']);
  });
});
