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

describe('what the export writes again, and what it must keep', () => {
  const decision = [
    table([
      [
        [c('ỦY BAN NHÂN DÂN'), b('TỈNH LÂM ĐỒNG'), c('Số: 15/QĐ-UBND')],
        [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc'), i('Lâm Đồng, ngày 05 tháng 12 năm 2026')],
      ],
    ]),
    b('QUYẾT ĐỊNH'),
    b('Ban hành Quy chế làm việc'),
    p('Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;'),
    b('QUYẾT ĐỊNH:'),
    b('Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.'),
    b('Điều 2. Quyết định có hiệu lực kể từ ngày ký.'),
    table([
      [
        [b('Nơi nhận:'), p('- Như trên;'), p('- Lưu: VT.')],
        [b('CHỦ TỊCH'), p(''), b('Nguyễn Văn An')],
      ],
    ]),
    b('QUY CHẾ'),
    b('Làm việc của Ủy ban nhân dân tỉnh'),
    i('(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/12/2026 của Chủ tịch UBND tỉnh)'),
    p('Quy chế này quy định nguyên tắc làm việc.'),
  ];
  const ISSUED = '(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/12/2026 của Chủ tịch UBND tỉnh)';

  it('keeps an attached document’s own “ban hành kèm theo” line (another tên loại, the issuer) and writes it back', async () => {
    const draft = await importOf(decision);
    expect(draft.report.appendices?.[0]?.reference).toBe(ISSUED);
    const view = buildExportView(draft.report, new Date('2026-12-05'));
    expect(view.appendices[0]?.reference.text).toBe(ISSUED);
  });

  it('lists the issuer named again under the tên loại (the export does not write it) instead of dropping it', async () => {
    const withIssuer = [...decision.slice(0, 3), b('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'), ...decision.slice(3)];
    const draft = await importOf(withIssuer);
    expect(draft.unplaced.map((l) => l.source)).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG');
    // The quốc hiệu is written again by the export: still left to it.
    expect(draft.lines.find((l) => /CỘNG HÒA/.test(l.source))?.role).toBe('layout');
  });

  it('writes the line it makes itself from the report’s tên loại, and does not freeze it on a round trip', async () => {
    const draft = await importOf(decision);
    const { reference: _kept, ...plain } = draft.report.appendices![0]!;
    const report = { ...draft.report, appendices: [plain] };
    expect(buildExportView(report, new Date('2026-12-05')).appendices[0]?.reference.text).toBe('(Kèm theo Quyết định số 15/QĐ-UBND ngày 05 tháng 12 năm 2026)');
    const again = importWordSource(await readWordFile((await exportReportDocx(report, new Date('2026-12-05'))).bytes));
    expect(again.report.appendices?.[0]?.reference).toBeUndefined();
  });
});

describe('Nơi nhận', () => {
  it('keeps "Như trên" of a Party document sent to a higher committee (the Party layout writes no Kính gửi to stand for it)', async () => {
    const draft = await importOf([
      table([
        [
          [c('ĐẢNG BỘ TỈNH LÂM ĐỒNG'), b('ĐẢNG ỦY XÃ PHÚ HÒA'), c('*'), c('Số 05-BC/ĐU')],
          [b('ĐẢNG CỘNG SẢN VIỆT NAM'), i('Phú Hòa, ngày 05 tháng 12 năm 2026')],
        ],
      ]),
      b('BÁO CÁO'),
      b('kết quả lãnh đạo thực hiện nhiệm vụ năm 2026'),
      p('Kính gửi: Ban Thường vụ Tỉnh ủy'),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      p('Đảng ủy đã lãnh đạo hoàn thành các chỉ tiêu.'),
      table([
        [
          [p('Nơi nhận:'), p('- Như trên,'), p('- Lưu Văn phòng Đảng ủy.')],
          [b('T/M ĐẢNG ỦY'), b('BÍ THƯ'), p(''), b('Nguyễn Văn An')],
        ],
      ]),
    ]);
    expect(draft.report.profile).toBe('party');
    const view = buildExportView(draft.report, new Date('2026-12-05'));
    expect(view.recipients.items.map((l) => l.text).join(' ')).toMatch(/Như trên/);
  });
});
