// "1.1./1.2./6.1." numbering becomes the thể thức's labels on export: the import review says so.
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../../../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { renumberedLabels } from '#shared/word-import/renumbered';
import { b, docxOf, p } from '../../support/raw-docx';

describe('numbering the export writes differently', () => {
  it('lists the file’s "1.1." labels, and not the ones the thể thức writes as they are', async () => {
    const body = [
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      b('1. Công tác chỉ đạo'),
      p('Đã ban hành kế hoạch.'),
      b('1.1. Về cải cách hành chính'),
      p('Đã rà soát 120 thủ tục.'),
      b('1.2. Về chuyển đổi số'),
      p('Đã cấp 5.000 chữ ký số.'),
      b('a) Về đào tạo'),
      p('Đã mở 3 lớp.'),
    ].join('');
    const draft = importWordSource(await readWordFile(await docxOf(body)));
    expect(renumberedLabels(draft.lines)).toEqual(['1.1.', '1.2.']);
  });

  it('reads a four-level label ("8.2.2.2.") whole: none of it is left in the title, and the review lists it', async () => {
    const body = [
      b('HƯỚNG DẪN'),
      b('Nội dung thiết kế cơ sở'),
      b('8. AN TOÀN VÀ MÔI TRƯỜNG'),
      b('8.2. Công tác thải'),
      b('8.2.2. Công tác thải quặng đuôi (thải bùn)'),
      b('8.2.2.2. Tính toán khối lượng bùn thải của nhà máy tuyển'),
      p('Từ khối lượng bùn thải theo giờ của nhà máy, tính khối lượng theo năm.'),
    ].join('');
    const draft = importWordSource(await readWordFile(await docxOf(body)));
    const titles = (sections: typeof draft.report.sections): string[] => sections.flatMap((s) => [s.title, ...titles(s.children ?? [])]);
    expect(titles(draft.report.sections)).toContain('Tính toán khối lượng bùn thải của nhà máy tuyển');
    expect(renumberedLabels(draft.lines)).toEqual(['8.2.', '8.2.2.', '8.2.2.2.']);
  });

  it('reads "A./B./C." parts as parts — "C." after "B." is a letter, not the Roman hundred — and says the export writes them as "Phần thứ …"', async () => {
    const body = [
      b('BÁO CÁO'),
      b('Kết quả công tác 6 tháng đầu năm 2026'),
      p('Thực hiện chỉ đạo của UBND tỉnh, Sở báo cáo như sau:'),
      b('A. KẾT QUẢ ĐẠT ĐƯỢC'),
      b('I. CÔNG TÁC CHỈ ĐẠO'),
      p('Sở đã ban hành 12 văn bản.'),
      b('II. KẾT QUẢ CỤ THỂ'),
      p('Giải quyết 125 hồ sơ.'),
      b('B. PHƯƠNG HƯỚNG NHIỆM VỤ'),
      b('I. MỤC TIÊU'),
      p('Hoàn thành kế hoạch năm.'),
      b('C. KIẾN NGHỊ'),
      p('Không có kiến nghị./.'),
    ].join('');
    const draft = importWordSource(await readWordFile(await docxOf(body)));
    expect(draft.report.outline).toBe('parts');
    expect(draft.report.sections.map((s) => [s.title, (s.children ?? []).map((c) => c.title)])).toEqual([
      ['Kết quả đạt được', ['Công tác chỉ đạo', 'Kết quả cụ thể']],
      ['Phương hướng nhiệm vụ', ['Mục tiêu']],
      ['Kiến nghị', []],
    ]);
    expect(renumberedLabels(draft.lines)).toEqual(['A.', 'B.', 'C.']);
  });
});
