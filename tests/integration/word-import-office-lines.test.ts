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
import { checkDocx } from '../../electron/core/checker/check-docx';
import { sourceParagraphs } from '#shared/word-import/source';
import type { ReportFile } from '#shared/report-format/schema';
import { testCore } from '../support/test-core';
import { b, c, docxOf, i, p, table, nationalColumn } from '../support/raw-docx';

const header = (issuing: string[]) =>
  table([
    [
      // The chủ quản upright, the ban hành bold (ND30 ô 2).
      [c('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'), ...issuing.map(b), c('Số: 125/BC-UBND')],
      nationalColumn('Lâm Đồng, ngày 05 tháng 12 năm 2026'),
    ],
  ]);
const signature = (position: string[]) =>
  table([
    [
      [b('Nơi nhận:'), p('- Như trên;'), p('- Bộ Nội vụ;'), p('- Lưu: VT.')],
      [b('KT. CHỦ TỊCH'), ...position.map(b), p(''), b('Nguyễn Văn An')],
    ],
  ]);

/** Every line of the Word file the export writes for a report, body and table cells. */
async function exportedText(report: ReportFile): Promise<string> {
  const exported = await readWordFile((await exportReportDocx(report, new Date('2026-12-05'))).bytes);
  return sourceParagraphs(exported)
    .map((x) => x.text)
    .join('\n');
}

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

  it('keeps the signer’s and the người ký cùng’s lines of position when the report is saved and when the clerk edits them', async () => {
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      p('Đã hoàn thành các chỉ tiêu.'),
      table([
        [
          [b('TM. BAN CHẤP HÀNH'), b('CHỦ TỊCH'), b('CÔNG ĐOÀN SỞ'), p(''), b('Lê Thị Bình')],
          [b('PHÓ GIÁM ĐỐC'), b('PHỤ TRÁCH'), p(''), b('Nguyễn Văn An')],
        ],
      ]),
    ]);
    const core = testCore();
    const saved = await core.call('library.saveImport', { fileName: 'bc.docx', json: JSON.stringify(draft.report) });
    expect(saved.signature).toMatchObject({ position: 'PHÓ GIÁM ĐỐC\nPHỤ TRÁCH', cosigners: [{ position: 'CHỦ TỊCH\nCÔNG ĐOÀN SỞ' }] });
    // The signer step: "Chức vụ dài: nhấn Enter để xuống dòng đúng chỗ muốn."
    await core.edit('reports.updateMeta', { id: saved.id, signature: { ...saved.signature, position: '  PHÓ CHỦ TỊCH \n\n THƯỜNG TRỰC ' } });
    expect((await core.call('reports.get', { id: saved.id })).signature.position).toBe('PHÓ CHỦ TỊCH\nTHƯỜNG TRỰC');
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

  it('takes a numbered item with a bold title and its content in plain type after the colon for a part with its text', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('BÁO CÁO'),
      b('Tình hình hoạt động vật liệu nổ công nghiệp năm 2026'),
      b('1. Tình hình quản lý, sử dụng vật liệu nổ'),
      p('Toàn tỉnh có 40 tổ chức hoạt động.'),
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>2. Các tai nạn, sự cố liên quan đến hoạt động vật liệu nổ công nghiệp</w:t></w:r><w:r><w:t xml:space="preserve">: Không.</w:t></w:r></w:p>`,
      b('3. Đề xuất, kiến nghị'),
      p('Sớm đưa cơ sở dữ liệu vào hoạt động.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    expect(draft.report.sections.map((s) => s.title)).toEqual([
      'Tình hình quản lý, sử dụng vật liệu nổ',
      'Các tai nạn, sự cố liên quan đến hoạt động vật liệu nổ công nghiệp',
      'Đề xuất, kiến nghị',
    ]);
    expect(draft.report.sections[1]!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Không.' }] }]);
  });

  it('reads "Điều 1. Công nhận … cho:" as the article’s sentence, not as a title', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('QUYẾT ĐỊNH'),
      b('Về việc công nhận kết quả kiểm tra'),
      p('Căn cứ Luật số 42/2024/QH15;'),
      b('QUYẾT ĐỊNH:'),
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Điều 1. </w:t></w:r><w:r><w:t>Công nhận kết quả kiểm tra cho:</w:t></w:r></w:p>`,
      p('- Ông Đặng Văn Thức.'),
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Điều 2. </w:t></w:r><w:r><w:t>Thành lập Đoàn kiểm tra, gồm các ông/bà sau đây:</w:t></w:r></w:p>`,
      p('1. Ông Hoàng Văn Thuân - Phó Giám đốc Sở, Trưởng đoàn;'),
      p('2. Bà Nguyễn Thị Loan - Chuyên viên, Thư ký.'),
      p('Điều 3. Quyết định có hiệu lực kể từ ngày ký.'),
      signature(['GIÁM ĐỐC']),
    ]);
    expect(draft.lines.find((l) => l.source.startsWith('Điều 1.'))?.role).not.toBe('heading');
    expect(draft.lines.find((l) => l.source.startsWith('Điều 2.'))?.role).not.toBe('heading');
  });

  it('reads "QUYẾT ĐỊNH" over Điều 1 as the decision’s own words even without its colon, and keeps a Điều’s label as written', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('QUYẾT ĐỊNH'),
      b('Kiểm tra việc chấp hành pháp luật về hóa chất'),
      p('Căn cứ Luật Hóa chất năm 2025;'),
      b('QUYẾT ĐỊNH'),
      p('Điều 1: Kiểm tra việc chấp hành pháp luật về hóa chất đối với 04 đơn vị.'),
      b('Điều 2: Kinh phí hoạt động'),
      p('Kinh phí do Sở bảo đảm.'),
      signature(['GIÁM ĐỐC']),
    ]);
    expect(draft.report.sections.map((s) => s.title)).toEqual(['Điều 2: Kinh phí hoạt động']);
  });

  it('reads a Kính gửi that goes on to a second line as one addressee', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('V/v thực hiện quy định pháp luật về vật liệu nổ công nghiệp'),
      c('Kính gửi: Các tổ chức, cá nhân hoạt động vật liệu nổ công nghiệp'),
      c('trên địa bàn tỉnh Lào Cai'),
      p('Sở Công Thương yêu cầu các tổ chức thực hiện.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    expect(draft.report.header.addressees).toEqual(['Các tổ chức, cá nhân hoạt động vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai']);
  });

  it('reads "Điều 1. … như sau:" over its numbered khoản as the part they belong to', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('QUYẾT ĐỊNH'),
      b('Phê duyệt phương án nổ mìn'),
      p('Căn cứ Luật số 42/2024/QH15;'),
      b('QUYẾT ĐỊNH:'),
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Điều 1. </w:t></w:r><w:r><w:t>Phê duyệt phương án nổ mìn với các nội dung chủ yếu như sau:</w:t></w:r></w:p>`,
      b('1. Khoảng cách an toàn'),
      p('Tối thiểu 300 m.'),
      b('2. Quy mô nổ mìn'),
      p('Không quá 500 kg một lần nổ.'),
      b('Điều 2. Tổ chức, thực hiện'),
      p('Công ty thực hiện đầy đủ quy định.'),
      signature(['GIÁM ĐỐC']),
    ]);
    expect(draft.report.sections.map((s) => [s.title, (s.children ?? []).map((c) => c.title)])).toEqual([
      ['Điều 1. Phê duyệt phương án nổ mìn với các nội dung chủ yếu như sau', ['Khoảng cách an toàn', 'Quy mô nổ mìn']],
      ['Điều 2. Tổ chức, thực hiện', []],
    ]);
  });

  it('does not take a draft’s "DỰ THẢO" stamp in the header for the cơ quan, and lists it for the clerk', async () => {
    const draft = await importOf([
      header(['TỈNH LÀO CAI']),
      b('DỰ THẢO'),
      b('QUYẾT ĐỊNH'),
      b('Về việc phê duyệt phương án nổ mìn'),
      p('Căn cứ Luật số 42/2024/QH15;'),
      b('QUYẾT ĐỊNH:'),
      p('Điều 1. Phê duyệt phương án nổ mìn.'),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    expect(draft.report.header.issuingBody).toBe('TỈNH LÀO CAI');
    expect(draft.unplaced.map((l) => l.source)).toContain('DỰ THẢO');
  });

  it('reads a giấy phép’s title ("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP") as its tên loại, not as a cơ quan', async () => {
    const draft = await importOf([
      table([[[b('ỦY BAN NHÂN DÂN'), b('TỈNH LÀO CAI'), c('Số: 371/GP-UBND')], nationalColumn('Lào Cai, ngày 06 tháng 02 năm 2026')]]),
      b('GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP'),
      b('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI'),
      p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;'),
      p('Điều 1. Cho phép Doanh nghiệp tư nhân than đá Suối Bắc.'),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    // The tên loại line whole, as "BIÊN BẢN HỌP LỚP" is kept.
    expect(draft.report.header).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI', docType: 'GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP' });
  });

  it('ends the trích yếu at a part title typed with no space after its label ("I.Tổng quan …")', async () => {
    const draft = await importOf([
      header(['SỞ TÀI CHÍNH']),
      b('BÁO CÁO'),
      c('Tình hình giá cả thị trường tháng 01/2024'),
      b('I.Tổng quan về tình hình giá cả thị trường những ngày giáp Tết'),
      p('Năm 2023, nền kinh tế trong nước có những chuyển biến tích cực.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    expect(draft.report.header.summary).toBe('Tình hình giá cả thị trường tháng 01/2024');
  });

  it('keeps a numbered title among numbered sentences as the office numbered it, and says so; the Word file reads 1 to 9 without a jump', async () => {
    // A thông báo thẩm định (Sở Công Thương Lào Cai, 2026): items 1–6 and 9 are sentences, 7 and 8 titles.
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('THÔNG BÁO'),
      b('Kết quả thẩm định thiết kế xây dựng công trình Đường ô tô lên bãi thải San Bang'),
      b('I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH'),
      ...['Tên công trình: Đường ô tô lên bãi thải San Bang.', 'Mã số thông tin dự án: chưa có.', 'Loại, cấp công trình: Công trình giao thông, cấp IV.'].map(
        (t, n) => p(`${n + 1}. ${t}`),
      ),
      ...['Tên dự án: Mở rộng mỏ đồng Sin Quyền.', 'Địa điểm xây dựng: xã Bát Xát, tỉnh Lào Cai.', 'Chủ đầu tư: Tổng công ty Khoáng sản TKV.'].map((t, n) =>
        p(`${n + 4}. ${t}`),
      ),
      b('7. Giá trị dự toán xây dựng công trình:'),
      p('- Chi phí xây dựng: 12.500.000.000 đồng;'),
      p('- Chi phí khác: 1.200.000.000 đồng.'),
      b('8. Nguồn vốn đầu tư: Vốn chủ sở hữu và vốn vay'),
      p('9. Nhà thầu lập thiết kế xây dựng: Viện Khoa học và Công nghệ Mỏ.'),
      b('II. KẾT LUẬN'),
      b('1. Kết luận'),
      p('1. Hồ sơ đủ điều kiện.'),
      b('2. Kiến nghị'),
      p('Chủ đầu tư hoàn thiện hồ sơ.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    const seven = draft.lines.find((l) => l.source.startsWith('7. Giá trị'));
    expect(seven).toMatchObject({ role: 'paragraph', note: expect.stringContaining('Giữ số như văn bản') });
    expect(draft.lines.find((l) => l.source.startsWith('8. Nguồn vốn'))?.role).toBe('paragraph');
    // A title whose run of titles holds a list of its own keeps its place: "1. Kết luận", "2. Kiến nghị".
    expect(draft.report.sections[1]?.children?.map((s) => s.title.toLocaleLowerCase('vi-VN'))).toEqual(['kết luận', 'kiến nghị']);
    const text = await exportedText(draft.report);
    const numbers = text
      .slice(text.indexOf('THÔNG TIN CHUNG'), text.indexOf('KẾT LUẬN'))
      .split('\n')
      .flatMap((l) => /^(\d+)\. /.exec(l)?.[1] ?? []);
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(text).toContain('- Chi phí xây dựng: 12.500.000.000 đồng;');
  });

  it('numbers the Word file 1 to 5 when a title holding its content ("4. Kiến nghị …: Không có") is kept as a line between titles (a báo cáo kiểm tra hóa chất, Sở Công Thương Lào Cai, 2026)', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('BÁO CÁO'),
      b('Kết quả kiểm tra việc chấp hành pháp luật về hóa chất tại 04 đơn vị'),
      b('I. KẾT QUẢ KIỂM TRA'),
      b('1. Việc chấp hành quy định về điều kiện kinh doanh:'),
      p('Công ty đã cơ bản chấp hành tốt các quy định về điều kiện kinh doanh hóa chất.'),
      b('2. Việc thực hiện kế hoạch phòng ngừa sự cố:'),
      p('Các đơn vị đã xây dựng biện pháp phòng ngừa, ứng phó sự cố hóa chất.'),
      b('3. Các biện pháp xử lý theo thẩm quyền đã áp dụng:'),
      p('Đối với hành vi vi phạm của Công ty, Đoàn kiểm tra đã lập biên bản.'),
      b('4. Kiến nghị của đối tượng kiểm tra (nếu có): Không có'),
      b('5. Kiến nghị của Đoàn kiểm tra:'),
      p('- Đối với 01 đơn vị kinh doanh hóa chất: khắc phục ngay các tồn tại;'),
      p('- Đối với 03 đơn vị sử dụng hóa chất: chủ động rà soát, bổ sung hồ sơ.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    const text = await exportedText(draft.report);
    const numbers = text
      .slice(text.indexOf('KẾT QUẢ KIỂM TRA'))
      .split('\n')
      .flatMap((l) => /^(\d+)\. /.exec(l)?.[1] ?? []);
    expect(numbers).toEqual(['1', '2', '3', '4', '5']);
    expect(draft.lines.find((l) => l.source.startsWith('5. Kiến nghị'))).toMatchObject({
      role: 'paragraph',
      note: expect.stringContaining('Giữ số như văn bản'),
    });
  });

  it('keeps "5.1.", "5.2." under a khoản that is a sentence as the office numbered them (a quyết định phê duyệt phương án nổ mìn)', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('QUYẾT ĐỊNH'),
      b('Phê duyệt Phương án nổ mìn thi công công trình'),
      p('Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;'),
      b('QUYẾT ĐỊNH:'),
      b('Điều 1. Phê duyệt Phương án nổ mìn thi công công trình, với các nội dung sau:'),
      p('1. Vị trí, phạm vi sử dụng vật liệu nổ công nghiệp: tại Gói thầu 11.'),
      p('2. Phương pháp nổ mìn: Phương pháp nổ mìn vi sai.'),
      p('3. Tính toán khoảng cách an toàn'),
      b('3.1. Đối với vị trí nổ hở:'),
      p('a) Khoảng cách an toàn về chấn động: 50 m.'),
      b('2.2. Đối với nổ mìn hầm:'),
      p('Khoảng cách an toàn về chấn động: 30 m.'),
      p('4. Biện pháp an toàn che chắn bảo vệ chống đá văng.'),
      b('Điều 2. Quyết định có hiệu lực kể từ ngày ký.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    const text = await exportedText(draft.report);
    const labels = text
      .slice(text.indexOf('Điều 1.'), text.indexOf('Điều 2.'))
      .split('\n')
      .flatMap((l) => /^(\d+(?:\.\d+)?\.|[a-z]\))\s/.exec(l)?.[1] ?? []);
    // "2.2." as the office mistyped it: kept as written, not made "2." by position.
    expect(labels).toEqual(['1.', '2.', '3.', '3.1.', 'a)', '2.2.', '4.']);
  });

  it('writes "a)", "b)" under a numbered line as the office did, and keeps them a title’s parts under a numbered title, whatever numbered sentences come first', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('THÔNG BÁO'),
      b('Kết quả thẩm định thiết kế xây dựng'),
      b('I. HỒ SƠ TRÌNH THẨM ĐỊNH'),
      // Its title bold, the note after it in italics: a sentence, as the reader takes it.
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1. Văn bản pháp lý</w:t></w:r><w:r><w:t xml:space="preserve"> (</w:t></w:r><w:r><w:rPr><w:i/></w:rPr>' +
        '<w:t>Liệt kê các văn bản pháp lý có liên quan trong hồ sơ trình theo quy định tại khoản 2 Điều 45 Nghị định số 175/2024/NĐ-CP)</w:t></w:r></w:p>',
      b('a) Quyết định phê duyệt dự án đầu tư xây dựng kèm theo Báo cáo nghiên cứu khả thi:'),
      p('- Quyết định số 29/QĐ-TRD ngày 28/5/2023 của Công ty TNHH MTV Triều Dương;'),
      b('b) Văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng:'),
      p('- Thông báo số 807/SCT-CN ngày 15/5/2025 của Sở Công Thương.'),
      p('2. Hồ sơ khảo sát, thiết kế: đầy đủ theo quy định.'),
      b('II. KẾT QUẢ THẨM ĐỊNH'),
      b('1. Sự tuân thủ quy định của pháp luật'),
      p('1. Hồ sơ lập đúng trình tự.'),
      p('2. Thiết kế phù hợp quy chuẩn.'),
      b('a) Về an toàn công trình'),
      p('Bảo đảm an toàn chịu lực.'),
      b('b) Về phòng cháy'),
      p('Đã được thẩm duyệt.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    const text = await exportedText(draft.report);
    const part = (from: string, to: string) =>
      text
        .slice(text.indexOf(from), text.indexOf(to))
        .split('\n')
        .flatMap((l) => /^(\d+\.|[a-z]\))\s/.exec(l)?.[1] ?? []);
    expect(part('HỒ SƠ TRÌNH', 'KẾT QUẢ THẨM ĐỊNH')).toEqual(['1.', 'a)', 'b)', '2.']);
    // Under the title "1. Sự tuân thủ …", its "a)" and "b)" are its parts, whatever sentences come first.
    expect(draft.report.sections[1]?.children?.[0]?.children?.map((s) => s.title)).toEqual(['Về an toàn công trình', 'Về phòng cháy']);
  });

  it('takes the title in capitals of a list with no header (no quốc hiệu, số, date or tên loại) for its content, never for a cơ quan — a rule drawn under it or not', async () => {
    // A rule under a title is no header mark: lists and checklists draw one as a cơ quan's header does.
    for (const rule of [[], [c('_______________')]]) {
      const draft = await importOf([
        b('DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT VỀ HÓA CHẤT'),
        ...rule,
        p('1. Luật Hóa chất số 69/2025/QH15.'),
        p('2. Nghị định số 26/2026/NĐ-CP quy định chi tiết Luật Hóa chất.'),
      ]);
      expect(draft.report.header.issuingBody).toBe('');
      const text = await exportedText(draft.report);
      expect(text.toLocaleUpperCase('vi-VN')).toContain('DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT VỀ HÓA CHẤT');
    }
  });

  it('keeps an empty title in capitals whose words a sentence below repeats: the sentence does not write the title', async () => {
    // A quy chuẩn sent on its own: its name, then "… do Tổ soạn thảo biên soạn" repeating it.
    const draft = await importOf([
      b('SỬA ĐỔI 1:2024 QCVN 05A:2020/BCT'),
      b('QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ AN TOÀN HÓA CHẤT'),
      p('Sửa đổi 1:2024 QCVN 05A:2020/BCT do Tổ soạn thảo biên soạn, Cục Hóa chất trình duyệt.'),
    ]);
    const lines = (await exportedText(draft.report)).split('\n').map((l) => l.trim().toLocaleUpperCase('vi-VN'));
    expect(lines.some((l) => l.endsWith('SỬA ĐỔI 1:2024 QCVN 05A:2020/BCT'))).toBe(true);
  });

  it('reads a part typed with no space after its label ("I.MỤC ĐÍCH, YÊU CẦU") as part I, and the parts after it at its level', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('KẾ HOẠCH'),
      b('Triển khai thực hiện Luật Phòng cháy, chữa cháy'),
      b('I.MỤC ĐÍCH, YÊU CẦU'),
      b('1. Mục đích'),
      p('Tổ chức triển khai kịp thời, hiệu quả Luật Phòng cháy, chữa cháy.'),
      b('II. NỘI DUNG THỰC HIỆN'),
      p('1. Phối hợp với Sở Xây dựng tham mưu cho Ủy ban nhân dân tỉnh.'),
      b('III. TỔ CHỨC THỰC HIỆN'),
      b('1. Phòng Quản lý công nghiệp'),
      p('Là đầu mối triển khai các nhiệm vụ.'),
      b('2. Phòng Quản lý năng lượng'),
      p('Tổ chức tuyên truyền, phổ biến.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    // Titles compared as words: their case is restored from the document's own sentences.
    const outline = (sections: ReportFile['sections']): unknown[] =>
      sections.map((s) => {
        const title = s.title.toLocaleLowerCase('vi-VN');
        return s.children?.length ? [title, outline(s.children)] : title;
      });
    expect(outline(draft.report.sections)).toEqual([
      ['mục đích, yêu cầu', ['mục đích']],
      'nội dung thực hiện',
      ['tổ chức thực hiện', ['phòng quản lý công nghiệp', 'phòng quản lý năng lượng']],
    ]);
  });

  it('keeps a line read as a heading that holds its content after a colon and has nothing under it as a line of text, with its label', async () => {
    // A biên bản's "1. Thời gian: …" items, bold, nothing under them.
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BIÊN BẢN'),
      b('Họp xét thi đua năm 2026'),
      b('I. THỜI GIAN, ĐỊA ĐIỂM'),
      b('1. Thời gian: 10h ngày 15 tháng 10 năm 2026'),
      b('2. Địa điểm: Phòng họp C311'),
      b('II. NỘI DUNG'),
      p('Hội nghị thống nhất đề nghị khen thưởng 12 tập thể.'),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    const text = await exportedText(draft.report);
    for (const line of ['Thời gian: 10h ngày 15 tháng 10 năm 2026', 'Địa điểm: Phòng họp C311']) expect(text).toContain(line);
    const kept = draft.lines.find((l) => l.source.startsWith('1. Thời gian'));
    expect(kept).toMatchObject({ role: 'paragraph', note: expect.stringMatching(/Giữ lại/) });
  });

  it('keeps a title ending with a colon a title when the items under it are sentences kept as lines of text', async () => {
    // Chương V of a hồ sơ mời thầu (lifephongphanmem/thiduakhenthuong_php8): its duties, numbered like khoản, each a sentence.
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('KẾ HOẠCH'),
      b('Lựa chọn nhà thầu gói thầu phần mềm'),
      b('IV. KINH NGHIỆM VÀ NHÂN SỰ CỦA NHÀ THẦU:'),
      p('Yêu cầu về nhân sự cần thiết cho gói thầu và cho từng vị trí.'),
      b('V. TRÁCH NHIỆM CỦA BÊN MỜI THẦU:'),
      b('1. Cung cấp các hồ sơ, tài liệu cho nhà thầu được lựa chọn.'),
      b('2. Cử đầu mối có đủ năng lực để làm việc với nhà thầu.'),
      signature(['GIÁM ĐỐC']),
    ]);
    const line = (start: string) => draft.lines.find((l) => l.source.startsWith(start));
    expect(line('V. TRÁCH NHIỆM')).toMatchObject({ role: 'heading' });
    expect(line('1. Cung cấp')).toMatchObject({ role: 'paragraph' });
    expect(draft.report.sections.map((s) => s.title)).toEqual(['Kinh nghiệm và nhân sự của nhà thầu:', 'Trách nhiệm của bên mời thầu:']);
  });

  it('reads the entries of Word’s mục lục as the mục lục, not as empty parts of the report', async () => {
    // A Sở's report with a mục lục field at its head (Word's styles "toc 1", "toc 2": number, title, tab, page).
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[1, 2]
      .map((n) => `<w:style w:type="paragraph" w:styleId="Mucluc${n}"><w:name w:val="toc ${n}"/></w:style>`)
      .join('')}</w:styles>`;
    const toc = (n: number, text: string) => p(text, `<w:pStyle w:val="Mucluc${n}"/>`);
    const bytes = await docxOf(
      [
        header(['SỞ NỘI VỤ']),
        b('BÁO CÁO'),
        b('Tổng kết công tác năm 2026'),
        b('MỤC LỤC'),
        toc(1, 'I. KẾT QUẢ ĐẠT ĐƯỢC\t1'),
        toc(2, '1. Công tác tổ chức\t1'),
        toc(1, 'II. PHƯƠNG HƯỚNG NĂM 2027\t2'),
        b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
        b('1. Công tác tổ chức'),
        p('Đã kiện toàn bộ máy các phòng.'),
        b('II. PHƯƠNG HƯỚNG NĂM 2027'),
        p('Tiếp tục sắp xếp tổ chức bộ máy.'),
        signature(['GIÁM ĐỐC']),
      ].join(''),
      { 'styles.xml': styles },
    );
    const draft = importWordSource(await readWordFile(bytes));
    expect(draft.report.sections.map((s) => s.title)).toEqual(['Kết quả đạt được', 'Phương hướng năm 2027']);
    const tocLines = draft.lines.filter((l) => l.mark === 'toc');
    expect(tocLines.map((l) => l.source.replace(/\s+/g, ' '))).toEqual([
      'MỤC LỤC',
      'I. KẾT QUẢ ĐẠT ĐƯỢC 1',
      '1. Công tác tổ chức 1',
      'II. PHƯƠNG HƯỚNG NĂM 2027 2',
    ]);
    for (const line of tocLines) expect(line).toMatchObject({ role: 'layout', note: expect.stringMatching(/Mục lục/) });
  });

  it('keeps a mục lục typed by hand as text under its title, never a part of the report', async () => {
    // Old .doc files type their mục lục as lines of title and page (read as a table), under "MỤC LỤC".
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BÁO CÁO'),
      b('Tổng kết công tác năm 2026'),
      b('MỤC LỤC'),
      table([
        [[p('I. KẾT QUẢ ĐẠT ĐƯỢC')], [p('1')]],
        [[p('II. PHƯƠNG HƯỚNG NĂM 2027')], [p('2')]],
      ]),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      p('Đã kiện toàn bộ máy các phòng.'),
      b('II. PHƯƠNG HƯỚNG NĂM 2027'),
      p('Tiếp tục sắp xếp tổ chức bộ máy.'),
      signature(['GIÁM ĐỐC']),
    ]);
    expect(draft.report.sections.map((s) => s.title)).toEqual(['Kết quả đạt được', 'Phương hướng năm 2027']);
    expect(draft.lines.find((l) => l.source === 'MỤC LỤC')).toMatchObject({ role: 'opening' });
    const text = await exportedText(draft.report);
    expect(text).toContain('MỤC LỤC');
    expect(text).not.toMatch(/^I\. MỤC LỤC$/m);
  });

  it('keeps a long title over its own sub-items a title, when they are blanks of a template still to fill', async () => {
    // A Sở Công Thương template for a phòng's công văn (Trangsct/skill-sct): its khoản 2 runs to 13 words, its điểm are blanks.
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('BÁO CÁO'),
      b('Ý kiến tham gia hồ sơ thiết kế'),
      b('1. Ý kiến về hồ sơ'),
      p('Hồ sơ đủ thành phần theo quy định.'),
      b('2. Một số nội dung đề nghị làm rõ, bổ sung và lưu ý khi thực hiện'),
      b('a) Về thuyết minh thiết kế'),
      b('b) Về bản vẽ thiết kế'),
      b('3. Kết luận'),
      p('Phòng thống nhất với hồ sơ.'),
      signature(['TRƯỞNG PHÒNG']),
    ]);
    expect(draft.lines.find((l) => l.source.startsWith('2. Một số'))).toMatchObject({ role: 'heading' });
    const bytes = (await exportReportDocx(draft.report, new Date('2026-12-05'))).bytes;
    expect((await checkDocx(bytes)).findings.filter((f) => f.ruleId === 'numbering.jump')).toEqual([]);
  });

  it('writes back a chương whose long title stands over nothing but its mục, in a luật’s summary that skips articles', async () => {
    // Luật Địa chất và khoáng sản 54/2024/QH15 as a Sở Công Thương summarises it (Trangsct/skill-sct): the Điều it needs, under their chương.
    const draft = await importOf([
      table([[[b('QUỐC HỘI'), c('Luật số: 54/2024/QH15')], nationalColumn('Hà Nội, ngày 29 tháng 11 năm 2024')]]),
      b('LUẬT'),
      b('ĐỊA CHẤT VÀ KHOÁNG SẢN'),
      b('Điều 27. Khu vực có khoáng sản phân tán, nhỏ lẻ'),
      p('1. Khu vực có khoáng sản phân tán, nhỏ lẻ được khoanh định theo kết quả điều tra.'),
      b('Chương VI'),
      b('HOẠT ĐỘNG KHOÁNG SẢN, THU HỒI KHOÁNG SẢN, CHẾ BIẾN KHOÁNG SẢN VÀ SỬ DỤNG KHOÁNG SẢN'),
      b('Mục 1. THĂM DÒ KHOÁNG SẢN NHÓM I, NHÓM II, NHÓM III'),
      b('Điều 37. Tổ chức, cá nhân thăm dò khoáng sản'),
      p('1. Doanh nghiệp được thành lập theo Luật Doanh nghiệp được xem xét cấp giấy phép.'),
    ]);
    const text = (await exportedText(draft.report)).toLocaleLowerCase('vi-VN');
    expect(text).toContain('hoạt động khoáng sản, thu hồi khoáng sản, chế biến khoáng sản và sử dụng khoáng sản');
    expect(text).toContain('thăm dò khoáng sản nhóm i, nhóm ii, nhóm iii');
  });

  it('keeps an empty title that ends as a sentence ("5. Bãi bỏ điểm 5.2.") as a line of text: a title never ends with a full stop', async () => {
    const draft = await importOf([
      header(['BỘ CÔNG THƯƠNG']),
      b('THÔNG TƯ'),
      b('Sửa đổi, bổ sung một số điều của quy chuẩn'),
      b('I. QUY ĐỊNH KỸ THUẬT'),
      b('4. Sửa đổi điểm 5.1 như sau:'),
      p('“5.1. Nhà xưởng sản xuất, kho chứa hóa chất phải được thiết kế theo quy chuẩn.”'),
      b('5. Bãi bỏ điểm 5.2.'),
      b('II. TỔ CHỨC THỰC HIỆN'),
      p('Cục Hóa chất hướng dẫn thực hiện.'),
      signature(['THỨ TRƯỞNG']),
    ]);
    expect(await exportedText(draft.report)).toContain('Bãi bỏ điểm 5.2.');
  });

  it('writes back a heading with nothing under it — a survey’s questions, an outline’s unfilled item — as the file had it', async () => {
    // A phiếu khảo sát sent to units before an e-office system (vuhung/03-quanly-vanban-dieuhanh-songanh): its questions stand alone.
    const draft = await importOf([
      header(['VĂN PHÒNG']),
      b('PHIẾU KHẢO SÁT'),
      b('Nhu cầu quản lý văn bản và điều hành'),
      b('1- Cơ cấu tổ chức'),
      b('2- Phân quyền'),
      p('Quyền xem, phân xử lý, chuyển xử lý văn bản.'),
      b('3- Các loại tài liệu'),
      b('4- Quy trình xử lý văn bản'),
      signature(['CHÁNH VĂN PHÒNG']),
    ]);
    const text = (await exportedText(draft.report)).toLocaleLowerCase('vi-VN');
    for (const question of ['cơ cấu tổ chức', 'phân quyền', 'các loại tài liệu', 'quy trình xử lý văn bản']) expect(text).toContain(question);
    expect((await exportReportDocx(draft.report, new Date('2026-12-05'))).omittedEmptyParts).toEqual([]);
  });

  it('keeps a blank form’s field left to fill in ("1. Địa chỉ trụ sở chính: ………") as a line of text, never left out as an empty part', async () => {
    // Mẫu 10c, Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất (Thông tư 01/2026/TT-BCT).
    const draft = await importOf([
      table([[[c('…(1)…'), c('Số: ……/GCN-…(2)…')], nationalColumn('……, ngày … tháng … năm ……')]]),
      b('GIẤY CHỨNG NHẬN'),
      b('Đủ điều kiện sản xuất, kinh doanh hóa chất có điều kiện'),
      p('Căn cứ Luật Hóa chất số 69/2025/QH15;'),
      b('QUYẾT ĐỊNH:'),
      b('I. THÔNG TIN CƠ SỞ'),
      b('1. Địa chỉ trụ sở chính: …………………………………………………'),
      b('2. Điện thoại: ...............................'),
      b('3. Người đại diện: (họ và tên)'),
      b('II. NỘI DUNG CẤP'),
      p('Người đại diện pháp luật: ……………… chức vụ: …………………………'),
      p('Điều 2. Giấy chứng nhận này có giá trị 05 năm kể từ ngày ký.'),
      table([
        [
          [b('Nơi nhận:'), p('- …(4)…;'), p('- Lưu: VT, CN.')],
          [b('…(6)…'), c('(Ký, ghi rõ họ tên, đóng dấu)')],
        ],
      ]),
    ]);
    const text = await exportedText(draft.report);
    for (const line of ['Địa chỉ trụ sở chính: ………', 'Điện thoại: ....', 'Người đại diện: (họ và tên)']) expect(text).toContain(line);
    // Its blank date is its date line (no day, month or year to keep), so its tên loại is read under it, and written again.
    expect(draft.report.header).toMatchObject({ issuingBody: '…(1)…', docType: 'GIẤY CHỨNG NHẬN', date: null, place: '……' });
    expect(draft.report.header.dateMonth).toBeUndefined();
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).not.toContain('BÁO CÁO');
    // A template that leaves the year's last figures ("năm 20...") has its date line too.
    const template = await importOf([
      table([[[c('SỞ CÔNG THƯƠNG'), b('PHÒNG QUẢN LÝ CÔNG NGHIỆP'), c('Số:     /QLCN')], nationalColumn('Lào Cai, ngày      tháng      năm 20...')]]),
      b('BÁO CÁO'),
      b('Kết quả kiểm tra an toàn hóa chất'),
      p('Phòng Quản lý công nghiệp báo cáo như sau.'),
      signature(['TRƯỞNG PHÒNG']),
    ]);
    expect(template.report.header).toMatchObject({ place: 'Lào Cai', date: null });
    expect(template.unplaced.map((l) => l.source)).toEqual([]);
  });

  it('keeps the words of a table with one row of text (where several people sign a biên bản), which as a table would have no content', async () => {
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BIÊN BẢN'),
      b('Họp xét thi đua năm 2026'),
      b('I. NỘI DUNG'),
      p('Hội nghị thống nhất đề nghị khen thưởng 12 tập thể.'),
      table([
        [[b('Xác nhận của GVCN')], [b('Thư ký')], [b('Chủ tọa')]],
        [[p('')], [p('')], [p('')]],
      ]),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    const text = await exportedText(draft.report);
    for (const word of ['Xác nhận của GVCN', 'Thư ký', 'Chủ tọa']) expect(text).toContain(word);
  });
});

describe('what the export writes again, and what it must keep', () => {
  const decision = [
    table([[[c('ỦY BAN NHÂN DÂN'), b('TỈNH LÂM ĐỒNG'), c('Số: 15/QĐ-UBND')], nationalColumn('Lâm Đồng, ngày 05 tháng 12 năm 2026')]]),
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

  it('keeps the issuer named again under the tên loại in its place (the export does not write it) instead of dropping it', async () => {
    // Also when it repeats the header's issuing body word for word (the export writes that only in the header).
    for (const issuer of ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG']) {
      const draft = await importOf([...decision.slice(0, 3), b(issuer), ...decision.slice(3)]);
      expect(draft.report.opening?.[0]).toMatchObject({ type: 'paragraph', runs: [{ text: issuer }] });
      const view = buildExportView(draft.report, new Date('2026-12-05'));
      expect(view.body.filter((item) => item.kind === 'paragraph' && item.runs.map((r) => r.text).join('') === issuer)).toHaveLength(1);
    }
    const draft = await importOf([...decision.slice(0, 3), b('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'), ...decision.slice(3)]);
    // The quốc hiệu is written again by the export: still left to it.
    expect(draft.lines.find((l) => /CỘNG HÒA/.test(l.source))?.role).toBe('layout');
  });

  it('keeps a quyết định’s thẩm quyền line and its “QUYẾT ĐỊNH:” centred, and reads the Word file it writes the same way', async () => {
    // A giấy phép (Sở Công Thương Lào Cai, 2026): its tên loại line is its name, and no trích yếu follows it.
    const permit = await importOf([
      decision[0]!,
      b('GIẤY PHÉP SẢN XUẤT RƯỢU CÔNG NGHIỆP'),
      c('---------------'),
      b('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'),
      p('Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;'),
      b('QUYẾT ĐỊNH:'),
      p('Điều 1. Cấp phép sản xuất rượu công nghiệp cho Công ty TNHH Hương Rừng.'),
      decision[decision.length - 5]!,
    ]);
    const centred = (report: ReportFile) =>
      (report.opening ?? []).flatMap((block) =>
        block.type === 'paragraph' && block.align === 'center' ? [(block.runs ?? []).map((r) => r.text).join('')] : [],
      );
    expect(centred(permit.report)).toEqual(['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'QUYẾT ĐỊNH:']);
    const bytes = (await exportReportDocx(permit.report, new Date('2026-12-05'))).bytes;
    const again = importWordSource(await readWordFile(bytes));
    expect(again.report.header.summary).toBe('');
    expect(centred(again.report)).toEqual(['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'QUYẾT ĐỊNH:']);
    // Its own check finds the rule under the tên loại where it stands.
    expect((await checkDocx(bytes)).findings.filter((f) => f.ruleId === 'title.rule')).toEqual([]);
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

describe('what comes after the signature', () => {
  const letter = (after: string[]) => [
    header(['SỞ CÔNG THƯƠNG']),
    b('KẾ HOẠCH'),
    b('Kiểm tra an toàn năm 2026'),
    b('I. MỤC ĐÍCH, YÊU CẦU'),
    p('Bảo đảm an toàn.'),
    signature(['PHÓ GIÁM ĐỐC']),
    ...after,
  ];

  it('reads a phụ lục whose label and name share a line ("Phụ lục 1: Danh sách …"), and keeps the Nơi nhận above it', async () => {
    const draft = await importOf(
      letter([
        b('Phụ lục 1: Danh sách các đơn vị đã gửi báo cáo'),
        i('(Kèm theo Kế hoạch số 15/KH-SCT ngày 05/12/2026 của Sở Công Thương)'),
        table([
          [[p('STT')], [p('Đơn vị')]],
          [[p('1')], [p('Công ty A')]],
        ]),
      ]),
    );
    expect(draft.report.appendices?.map((a) => a.title)).toEqual(['Danh sách các đơn vị đã gửi báo cáo']);
    expect(draft.report.recipients).toEqual(['Như trên', 'Bộ Nội vụ', 'Lưu: VT']);
  });

  it('takes a name in capitals over its "(Kèm theo …)" line for the phụ lục’s title', async () => {
    const draft = await importOf(
      letter([
        b('PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA'),
        i('(Kèm theo Kế hoạch số 15/KH-SCT ngày 05/12/2026 của Sở Công Thương)'),
        table([
          [[p('TT')], [p('Nhiệm vụ')]],
          [[p('1')], [p('Rà soát')]],
        ]),
      ]),
    );
    // Case is restored by the casing of the document's own words: compared as words here.
    expect(draft.report.appendices?.map((a) => a.title.toLocaleLowerCase('vi-VN'))).toEqual(['phân công nhiệm vụ của tổ công tác kiểm tra']);
  });

  it('keeps a table of figures sent after the signature with no title of its own (a biểu mẫu with its title in its first rows) in the Word file, as a document sent with it', async () => {
    const draft = await importOf(
      letter([
        table([
          [[p('TỔNG HỢP TÌNH HÌNH TRÍCH LẬP VÀ SỬ DỤNG QUỸ THI ĐUA, KHEN THƯỞNG NĂM 2026')], [p('Biểu mẫu số 05')]],
          [[p('Nội dung')], [p('Số tiền (triệu đồng)')]],
          [[p('Tổng số đã trích trong năm')], [p('1.250')]],
          [[p('Chi khen thưởng cấp tỉnh')], [p('830')]],
        ]),
        b('CHỦ TỊCH'),
        b('Trần Thắng'),
      ]),
    );
    expect(draft.unplaced.map((l) => l.source)).toEqual([]);
    const text = await exportedText(draft.report);
    for (const words of ['Tổng số đã trích trong năm', 'Chi khen thưởng cấp tỉnh', '830', 'Trần Thắng']) expect(text).toContain(words);
  });

  it('lists a line or two after the signature for the clerk, neither a phụ lục nor lost', async () => {
    const draft = await importOf(letter([p('Ghi chú viết tay sau chữ ký')]));
    expect(draft.unplaced.map((l) => [l.source, l.note])).toEqual([['Ghi chú viết tay sau chữ ký', 'Dòng sau phần chữ ký']]);
    expect(draft.report.appendices ?? []).toEqual([]);
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

  it('keeps a Nơi nhận that is "Như trên" alone, and writes none for a paper that had none', async () => {
    const letterTo = (recipients: string[]) =>
      importOf([
        header(['SỞ NỘI VỤ']),
        b('TỜ TRÌNH'),
        b('Về việc phê duyệt kế hoạch năm 2027'),
        p('Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng'),
        p('Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt.'),
        table([
          [
            [...(recipients.length > 0 ? [b('Nơi nhận:')] : []), ...recipients.map((r) => p(r))],
            [b('GIÁM ĐỐC'), p(''), b('Nguyễn Văn An')],
          ],
        ]),
      ]);
    const alone = await letterTo(['- Như trên.']);
    expect(alone.report.recipients).toEqual(['Như trên']);
    expect(await exportedText(alone.report)).toMatch(/Nơi nhận:\n- Như trên\./);
    const none = await letterTo([]);
    expect(none.report.recipients).toEqual([]);
    expect(await exportedText(none.report)).not.toMatch(/Nơi nhận|Như trên/);
  });
});

describe('a document signed by several people', () => {
  /** What the report holds of its signers, and what it holds again when its own Word file is read back. */
  async function signersAndBack(body: string[]) {
    const draft = await importOf(body);
    const back = importWordSource(await readWordFile((await exportReportDocx(draft.report, new Date('2026-12-05'))).bytes));
    return { draft, back };
  }

  it('reads a biên bản signed by its thư ký and its chủ tọa: the chủ tọa on the right signs, the thư ký signs with them', async () => {
    const { draft, back } = await signersAndBack([
      header(['SỞ NỘI VỤ']),
      b('BIÊN BẢN'),
      b('Họp xét thi đua năm 2026'),
      p('Hội nghị thống nhất đề nghị khen thưởng 12 tập thể.'),
      table([
        [
          [b('THƯ KÝ'), i('(Ký, ghi rõ họ tên)'), p(''), b('Trần Thị Mai')],
          [b('CHỦ TỌA'), i('(Ký, ghi rõ họ tên)'), p(''), b('Nguyễn Văn An')],
        ],
      ]),
    ]);
    const expected = { position: 'CHỦ TỌA', name: 'Nguyễn Văn An', cosigners: [{ authority: '', onBehalfOf: '', position: 'THƯ KÝ', name: 'Trần Thị Mai' }] };
    expect(draft.report.signature).toMatchObject(expected);
    expect(draft.unplaced.map((l) => l.source)).toEqual([]);
    expect(draft.lines.filter((l) => l.cosigner === 1).map((l) => [l.role, l.source])).toEqual([
      ['position', 'THƯ KÝ'],
      ['signerName', 'Trần Thị Mai'],
    ]);
    // Its own Word file reads the same: nobody lost, nobody moved.
    expect(back.report.signature).toMatchObject(expected);
  });

  it('reads a báo cáo liên tịch of a Công đoàn and its agency, with its Nơi nhận under the signatures', async () => {
    const { draft, back } = await signersAndBack([
      header(['SỞ NỘI VỤ']),
      b('BÁO CÁO LIÊN TỊCH'),
      b('Kết quả thực hiện quy chế dân chủ năm 2026'),
      p('Năm 2026, cơ quan và Công đoàn phối hợp tổ chức tốt Hội nghị cán bộ, công chức.'),
      table([
        [
          [b('TM. BAN CHẤP HÀNH CÔNG ĐOÀN'), b('CHỦ TỊCH'), p(''), b('Lê Thị Bình')],
          [b('GIÁM ĐỐC'), p(''), b('Nguyễn Văn An')],
        ],
      ]),
      b('Nơi nhận:'),
      p('- Công đoàn Viên chức tỉnh;'),
      p('- Lưu: VT, CĐ.'),
    ]);
    for (const report of [draft.report, back.report]) {
      expect(report.signature).toMatchObject({
        position: 'GIÁM ĐỐC',
        name: 'Nguyễn Văn An',
        cosigners: [{ authority: 'TM.', onBehalfOf: 'BAN CHẤP HÀNH CÔNG ĐOÀN', position: 'CHỦ TỊCH', name: 'Lê Thị Bình' }],
      });
      expect(report.recipients).toEqual(['Công đoàn Viên chức tỉnh', 'Lưu: VT, CĐ']);
    }
    expect(draft.unplaced).toEqual([]);
  });

  it('reads members who sign with their captions in one row of the table and their names in another (a biên bản thẩm định, Cục Hóa chất 2025)', async () => {
    const { draft, back } = await signersAndBack([
      header(['CỤC HÓA CHẤT']),
      b('BIÊN BẢN'),
      b('Thẩm định hồ sơ cấp giấy phép'),
      p('Căn cứ kết quả thẩm định, thống nhất đánh giá hồ sơ đạt yêu cầu.'),
      table([
        [
          [b('THÀNH VIÊN'), p(''), b('PHÓ CỤC TRƯỞNG'), b('Vương Thành Chung')],
          [b('THÀNH VIÊN'), p(''), b('Đỗ Thanh Hà')],
        ],
      ]),
      table([
        [[b('THÀNH VIÊN')], [b('THÀNH VIÊN')], [b('THÀNH VIÊN')]],
        [[p('')], [p('')], [p('')]],
        [[b('Nguyễn Hưng Thuận')], [b('Mạc Văn Phúc')], [b('Nguyễn Đắc Khánh')]],
      ]),
    ]);
    const names = (r: ReportFile) => [r.signature.name, ...(r.signature.cosigners ?? []).map((s) => s.name)];
    expect(names(draft.report)).toEqual(['Đỗ Thanh Hà', 'Vương Thành Chung', 'Nguyễn Hưng Thuận', 'Mạc Văn Phúc', 'Nguyễn Đắc Khánh']);
    expect(draft.report.signature.cosigners?.[0]).toMatchObject({ position: 'THÀNH VIÊN\nPHÓ CỤC TRƯỞNG' });
    expect(draft.unplaced).toEqual([]);
    expect(names(back.report)).toEqual(names(draft.report));
  });

  it('reads signatures whose captions and names stand in two tables with the room to sign between them, a wrapped quyền hạn joined back', async () => {
    const { draft, back } = await signersAndBack([
      header(['SỞ NỘI VỤ']),
      b('BÁO CÁO LIÊN TỊCH'),
      b('Kết quả thực hiện quy chế dân chủ năm 2026'),
      p('Cơ quan và Công đoàn phối hợp tổ chức tốt Hội nghị cán bộ, công chức.'),
      table([[[b('TM. BAN CHẤP HÀNH CÔNG'), b('ĐOÀN'), b('CHỦ TỊCH')], [b('GIÁM ĐỐC')]]]),
      p(''),
      p(''),
      table([[[b('Lê Thị Bình')], [b('Nguyễn Văn An')]]]),
    ]);
    const expected = {
      authority: '',
      onBehalfOf: '',
      position: 'GIÁM ĐỐC',
      name: 'Nguyễn Văn An',
      cosigners: [{ authority: 'TM.', onBehalfOf: 'BAN CHẤP HÀNH CÔNG ĐOÀN', position: 'CHỦ TỊCH', name: 'Lê Thị Bình' }],
    };
    expect(draft.report.signature).toEqual(expected);
    expect(draft.unplaced).toEqual([]);
    expect(back.report.signature).toEqual(expected);
  });

  it('reads a biên bản liên ngành whose members sign for their bodies in lower case ("Đại diện" / "Sở Tài chính"), three rows of two (Sở Công Thương Lào Cai, 2026)', async () => {
    const member = (body: string, name: string) => [c('Đại diện'), c(body), c(''), c(''), c(name)];
    const body = [
      header(['SỞ CÔNG THƯƠNG']),
      b('BIÊN BẢN'),
      b('Làm việc liên ngành về phương án đầu tư cụm công nghiệp'),
      p('Biên bản kết thúc vào hồi 10 giờ 00 phút cùng ngày, được lập thành 06 bản, có giá trị pháp lý như nhau.'),
      table([
        [member('Sở Công Thương', 'Nguyễn Đình Chiến'), member('Sở Tài chính', 'Vũ Lân')],
        [member('Sở Xây dựng', 'Trần Đức Tình'), member('Sở Nông nghiệp và Môi trường', 'Trịnh Thị Thu Huyền')],
        [member('UBND phường Văn Phú', 'Lê Anh Dũng'), member('UBND phường Yên Bái', 'Ngô Tấn Dũng')],
      ]),
    ];
    const { draft, back } = await signersAndBack(body);
    const names = (r: ReportFile) => [r.signature.name, ...(r.signature.cosigners ?? []).map((s) => s.name)];
    expect(names(draft.report)).toEqual(['Vũ Lân', 'Nguyễn Đình Chiến', 'Trần Đức Tình', 'Trịnh Thị Thu Huyền', 'Lê Anh Dũng', 'Ngô Tấn Dũng']);
    expect(draft.report.signature.position).toBe('Đại diện\nSở Tài chính');
    expect(draft.unplaced).toEqual([]);
    expect(names(back.report)).toEqual(names(draft.report));
    // The checker finds the signature it reads.
    expect((await checkDocx(await docxOf(body.join('')))).findings.map((f) => f.ruleId)).not.toContain('signature.missing');
  });

  it('reads a biên bản of four parties whose second row of signers is typed under the signing table, with tabs and empty lines (a biên bản họp of Gia Lai, 2012)', async () => {
    const { draft, back } = await signersAndBack([
      header(['SỞ THÔNG TIN VÀ TRUYỀN THÔNG']),
      b('BIÊN BẢN LÀM VIỆC'),
      b('Về việc điều chỉnh phần mềm quản lý văn bản'),
      p('Cuộc họp kết thúc lúc 16h00 cùng ngày. Biên bản lập thành 4 bản, mỗi bên giữ 1 bản./.'),
      table([
        [[p('Đại diện Trung tâm tin học - VP UBND')], [p('Đại diện Chủ đầu tư')]],
        [[p('Đặng Quang Khanh')], [p('Phan Đình Hiếu')]],
      ]),
      p('Đại diện Tư vấn giám sát'),
      p(''),
      p(''),
      p('Lâm Sanh Hà\tĐại diện Nhà thầu'),
      p(''),
      p(''),
      p('\tNgô Duy Nguyên'),
    ]);
    const signers = (r: ReportFile) => [r.signature, ...(r.signature.cosigners ?? [])].map((s) => `${s.position}: ${s.name}`);
    const four = [
      'Đại diện Chủ đầu tư: Phan Đình Hiếu',
      'Đại diện Trung tâm tin học - VP UBND: Đặng Quang Khanh',
      'Đại diện Tư vấn giám sát: Lâm Sanh Hà',
      'Đại diện Nhà thầu: Ngô Duy Nguyên',
    ];
    expect(signers(draft.report)).toEqual(four);
    expect(draft.unplaced).toEqual([]);
    // The Word file writes each chức vụ in capitals (ND30), the four signers in the same order.
    expect(signers(back.report)).toEqual(four.map((s) => s.replace(/^[^:]+/, (position) => position.toLocaleUpperCase('vi-VN'))));
  });

  it('keeps lines under a signing table that are not signers where the clerk sees them', async () => {
    const draft = await importOf([
      header(['SỞ THÔNG TIN VÀ TRUYỀN THÔNG']),
      b('BIÊN BẢN LÀM VIỆC'),
      b('Về việc điều chỉnh phần mềm quản lý văn bản'),
      p('Cuộc họp kết thúc lúc 16h00 cùng ngày.'),
      table([
        [[p('Đại diện Trung tâm tin học - VP UBND')], [p('Đại diện Chủ đầu tư')]],
        [[p('Đặng Quang Khanh')], [p('Phan Đình Hiếu')]],
      ]),
      p('Đại diện Tư vấn giám sát vắng mặt, có ý kiến bằng văn bản.'),
    ]);
    expect(draft.report.signature.cosigners?.map((s) => s.name)).toEqual(['Đặng Quang Khanh']);
    expect(draft.unplaced.map((l) => l.source)).toEqual(['Đại diện Tư vấn giám sát vắng mặt, có ý kiến bằng văn bản.']);
  });

  it('reads a phiếu trình signed by the leader and the chuyên viên, each under the date they sign, and lists the dates for the clerk', async () => {
    const { draft } = await signersAndBack([
      header(['VĂN PHÒNG']),
      b('PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC'),
      p('Văn phòng Ủy ban nhân dân tỉnh kính đề nghị đồng chí Phó Chủ tịch xem xét, cho ý kiến.'),
      table([
        [
          [c('Ngày      tháng 6 năm 2026'), b('LÃNH ĐẠO VĂN PHÒNG'), p(''), b('Hoàng Ngọc Bích')],
          [c('Ngày      tháng 6 năm 2026'), b('CHUYÊN VIÊN THAM MƯU'), p(''), b('Thiều Quang Hùng')],
        ],
      ]),
    ]);
    expect(draft.report.signature).toMatchObject({
      position: 'CHUYÊN VIÊN THAM MƯU',
      name: 'Thiều Quang Hùng',
      cosigners: [{ position: 'LÃNH ĐẠO VĂN PHÒNG', name: 'Hoàng Ngọc Bích' }],
    });
    expect(draft.unplaced.map((l) => l.source)).toEqual(['Ngày      tháng 6 năm 2026', 'Ngày      tháng 6 năm 2026']);
  });

  it('reads a file with a table of no rows (as other programs write one) without failing, alone or after another table', async () => {
    for (const tables of ['<w:tbl></w:tbl>', table([[[p('Ghi chú')]]]) + '<w:tbl></w:tbl>']) {
      const draft = await importOf([
        header(['SỞ NỘI VỤ']),
        b('BÁO CÁO'),
        b('Kết quả năm 2026'),
        p('Đã hoàn thành các chỉ tiêu.'),
        tables,
        signature(['PHÓ CHỦ TỊCH']),
      ]);
      expect(draft.report.signature).toMatchObject({ position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' });
    }
  });

  it('leaves a table of captions with no names (places to confirm, not signatures) to the content', async () => {
    const draft = await importOf([
      header(['SỞ NỘI VỤ']),
      b('BIÊN BẢN'),
      b('Họp xét thi đua năm 2026'),
      p('Hội nghị thống nhất đề nghị khen thưởng 12 tập thể.'),
      table([[[b('THƯ KÝ')], [b('CHỦ TỌA')]]]),
      signature(['PHÓ CHỦ TỊCH']),
    ]);
    expect(draft.report.signature.cosigners).toBeUndefined();
    expect(draft.report.signature).toMatchObject({ position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });
});

describe('a form’s titles with their guidance in brackets', () => {
  it('reads "III. NỘI DUNG HỒ SƠ TRÌNH THẨM ĐỊNH (Tóm tắt …)." as part III with its note under it, so the parts are not numbered I, II, IV (Sở Công Thương Lào Cai, 2025)', async () => {
    const draft = await importOf([
      header(['SỞ CÔNG THƯƠNG']),
      b('THÔNG BÁO'),
      b('Kết quả thẩm định thiết kế xây dựng'),
      b('I. THÔNG TIN CHUNG VỀ DỰ ÁN'),
      p('Dự án thành phần số 02 của Nhà máy chiết xuất tinh dầu quế.'),
      b('II. HỒ SƠ TRÌNH THẨM ĐỊNH THIẾT KẾ XÂY DỰNG'),
      p('Tờ trình số 36A/TTr-TRD ngày 27/8/2025 của Công ty.'),
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">III. NỘI DUNG HỒ SƠ TRÌNH THẨM ĐỊNH </w:t></w:r><w:r><w:t>(</w:t></w:r><w:r><w:rPr><w:i/></w:rPr>' +
        '<w:t>Tóm tắt giải pháp thiết kế chủ yếu về: Kiến trúc, nền, móng, kết cấu, hệ thống kỹ thuật công trình và các nội dung khác nếu có</w:t></w:r><w:r><w:t>).</w:t></w:r></w:p>',
      p('Giải pháp thiết kế chủ yếu: xem Phụ lục 01 kèm theo.'),
      b('IV. PHẠM VI, CƠ SỞ VÀ NGUYÊN TẮC THẨM ĐỊNH'),
      p('Thẩm định theo Điều 6 Nghị định số 175/2024/NĐ-CP.'),
      signature(['PHÓ GIÁM ĐỐC']),
    ]);
    expect(draft.report.sections.map((s) => s.title)).toEqual([
      'Thông tin chung về dự án',
      'Hồ sơ trình thẩm định thiết kế xây dựng',
      'Nội dung hồ sơ trình thẩm định',
      'Phạm vi, cơ sở và nguyên tắc thẩm định',
    ]);
    const third = draft.report.sections[2]!;
    expect((third.blocks ?? []).map((b) => (b.type === 'paragraph' ? (b.runs ?? []).map((r) => r.text).join('') || b.text : ''))).toEqual([
      '(Tóm tắt giải pháp thiết kế chủ yếu về: Kiến trúc, nền, móng, kết cấu, hệ thống kỹ thuật công trình và các nội dung khác nếu có).',
      'Giải pháp thiết kế chủ yếu: xem Phụ lục 01 kèm theo.',
    ]);
    // The Word file numbers I–IV in order, the note in italics under III.
    const text = await exportedText(draft.report);
    expect(text.split('\n').flatMap((l) => /^([IVX]+)\.\s/.exec(l)?.[1] ?? [])).toEqual(['I', 'II', 'III', 'IV']);
  });
});
