/**
 * What an office wrote on its own lines stays on them: the issuing body's and the signer's
 * line breaks, a part whose title carries its whole content ("III. KIẾN NGHỊ, ĐỀ XUẤT: Không."),
 * and numbering the thể thức writes differently ("1.1.") is said, not changed silently.
 */
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { importWordSource } from '#shared/word-import/import-word';
import { buildExportView } from '#shared/export-view/view-model';
import { b, c, docxOf, i, p, table } from '../support/raw-docx';

const header = (issuing: string[]) =>
  table([
    [
      // The chủ quản upright, the ban hành bold (ND30 ô 2).
      [c('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'), ...issuing.map(b), c('Số: 125/BC-UBND')],
      [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc'), i('Lâm Đồng, ngày 05 tháng 12 năm 2026')],
    ],
  ]);
const signature = (position: string[]) =>
  table([
    [
      [b('Nơi nhận:'), p('- Như trên;'), p('- Bộ Nội vụ;'), p('- Lưu: VT.')],
      [b('KT. CHỦ TỊCH'), ...position.map(b), p(''), b('Nguyễn Văn An')],
    ],
  ]);

async function importOf(body: string[]) {
  return importWordSource(await readWordFile(await docxOf(body.join(''))));
}

describe('an office’s own lines', () => {
  it('keeps the signer’s position on the lines the office gave it, in the report and in the Word file', async () => {
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      p('Đã hoàn thành các chỉ tiêu.'),
      signature(['PHÓ CHỦ TỊCH', 'THƯỜNG TRỰC']),
    ]);
    expect(draft.report.signature.position).toBe('PHÓ CHỦ TỊCH\nTHƯỜNG TRỰC');
    const view = buildExportView(draft.report, new Date('2026-12-05'));
    expect(view.signature.map((l) => l.text)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'THƯỜNG TRỰC']);
    const again = importWordSource(await readWordFile((await exportReportDocx(draft.report, new Date('2026-12-05'))).bytes));
    expect(again.report.signature.position).toBe('PHÓ CHỦ TỊCH\nTHƯỜNG TRỰC');
  });

  it('keeps the issuing body’s own line breaks (the export does not break it mid-phrase)', async () => {
    const draft = await importOf([
      header(['BAN CHỈ ĐẠO ĐỔI MỚI SÁNG TẠO,', 'CHUYỂN ĐỔI SỐ TỈNH']),
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      p('Đã hoàn thành các chỉ tiêu.'),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    expect(draft.report.header.issuingBody).toBe('BAN CHỈ ĐẠO ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI SỐ TỈNH');
    const view = buildExportView(draft.report, new Date('2026-12-05'));
    // The chủ quản, one line in the file and too long for the column, is broken where a văn thư breaks it.
    expect(view.header.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO ĐỔI MỚI SÁNG TẠO,', 'CHUYỂN ĐỔI SỐ TỈNH']);
  });

  it('a part whose title holds its content keeps the content as the part’s text', async () => {
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      p('Đã hoàn thành các chỉ tiêu.'),
      b('II. KIẾN NGHỊ, ĐỀ XUẤT: Không.'),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    const last = draft.report.sections.at(-1)!;
    expect(last.title).toBe('Kiến nghị, đề xuất');
    expect(last.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Không.', bold: true }] }]);
  });
});
