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
});
