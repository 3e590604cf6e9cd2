/**
 * The Word reader on documents laid out as real offices lay them out (issue 20): each case a
 * clerk met on a provincial office's files — every tên loại, a công văn's V/v, the Party's marks,
 * signatures in tabs and tables, two quyền hạn lines, ethnic-minority names, Party numbering,
 * what follows the signature — written here as a small file of its own.
 */
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { importWordSource, type ImportDraft } from '#shared/word-import/import-word';
import { mixedProfileNote } from '#shared/word-import/recognisers/profile-evidence';
import { PARTY_DOC_TYPES, STATE_DOC_TYPES } from '#shared/the-thuc/doc-types';
import { buildExportView } from '#shared/export-view/view-model';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { checkDocx } from '../../electron/core/checker/check-docx';
import { sourceParagraphs } from '#shared/word-import/source';
import { b, c, docxOf, i, LUAT_HOA_CHAT_OPENING, p, table, nationalColumn } from '../support/raw-docx';

async function read(body: string): Promise<ImportDraft> {
  return importWordSource(await readWordFile(await docxOf(body)));
}

const STATE_HEADER = table([
  [[b('UBND TỈNH QUẢNG NGÃI'), b('ỦY BAN NHÂN DÂN XÃ BA TƠ'), c('Số: 15/BC-UBND')], nationalColumn('Ba Tơ, ngày 05 tháng 6 năm 2026')],
]);
const SIGNATURE = table([
  [
    [p('Nơi nhận:'), p('- UBND tỉnh;'), p('- Lưu: VT.')],
    [b('TM. ỦY BAN NHÂN DÂN'), b('CHỦ TỊCH'), c(''), b('Đinh Văn Tâm')],
  ],
]);
/** A giấy phép's header, its right column the quốc hiệu alone: the date stands by the signature. */
const undatedHeader = (parent: string, issuer: string, number: string) =>
  table([
    [
      [b(parent), b(issuer), c(number)],
      [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc')],
    ],
  ]);

const paragraphs = (draft: ImportDraft) =>
  draft.report.sections.flatMap((s) =>
    (s.blocks ?? []).map((block) => (block.type === 'paragraph' ? (block.runs ?? []).map((r) => r.text).join('') : block.type)),
  );
const titles = (sections: ImportDraft['report']['sections']): string[] => sections.flatMap((s) => [s.title, ...titles(s.children ?? [])]);

/** Every line of the file is somewhere: in the report, or listed as not placed. */
function expectNothingDropped(draft: ImportDraft) {
  const content = new Set(['opening', 'paragraph', 'bullet', 'closing', 'recipient']);
  const placed = JSON.stringify(draft.report);
  for (const line of draft.lines.filter((l) => content.has(l.role) && l.text.trim() !== '')) {
    expect(placed.includes(line.text.slice(0, 20)) || draft.unplaced.includes(line), `dòng "${line.source}"`).toBe(true);
  }
}

describe('the header of every tên loại', () => {
  const kinds = [...new Map([...STATE_DOC_TYPES, ...PARTY_DOC_TYPES].map((t) => [t.name, t])).values()].filter((t) => !/^BẢN SAO|^BẢN TRÍCH SAO/.test(t.name));
  it.each(kinds)('$name: cơ quan, số, địa danh và ngày, tên loại, trích yếu — the quốc hiệu is not a paragraph', async ({ name, code }) => {
    const header = table([
      [[b('UBND TỈNH QUẢNG NGÃI'), b('ỦY BAN NHÂN DÂN XÃ BA TƠ'), c(`Số: 15/${code || 'VB'}-UBND`)], nationalColumn('Ba Tơ, ngày 05 tháng 6 năm 2026')],
    ]);
    const draft = await read(
      header + b(name) + b('Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026') + p('Nội dung thứ nhất của văn bản.') + SIGNATURE,
    );
    expect(draft.report.header).toMatchObject({
      parentBody: 'UBND TỈNH QUẢNG NGÃI',
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ BA TƠ',
      number: '15',
      symbol: `${code || 'VB'}-UBND`,
      place: 'Ba Tơ',
      date: '2026-06-05',
      docType: name,
      summary: 'Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026',
    });
    expect(JSON.stringify(draft.report.sections)).not.toContain('CỘNG HÒA');
    expect(JSON.stringify(draft.report.sections)).not.toContain('Độc lập');
  });

  it('a công văn has no tên loại: its "V/v …" under the số is the trích yếu, and Kính gửi follows it', async () => {
    const header = table([
      [
        [b('UBND TỈNH QUẢNG NGÃI'), b('SỞ NỘI VỤ'), c('Số: 215/SNV-VP'), c('V/v báo cáo kết quả thực hiện'), c('công tác cải cách hành chính')],
        nationalColumn('Quảng Ngãi, ngày 12 tháng 3 năm 2026'),
      ],
    ]);
    const draft = await read(
      header + c('Kính gửi: Ủy ban nhân dân các xã, phường.') + p('Thực hiện Kế hoạch số 10/KH-UBND, Sở Nội vụ đề nghị các xã báo cáo.') + SIGNATURE,
    );
    expect(draft.report.header).toMatchObject({
      issuingBody: 'SỞ NỘI VỤ',
      number: '215',
      symbol: 'SNV-VP',
      docType: '',
      summary: 'V/v báo cáo kết quả thực hiện công tác cải cách hành chính',
      addressees: ['Ủy ban nhân dân các xã, phường'],
    });
  });

  it('a công văn’s trích yếu written out ("về việc …", not "V/v …") right under the số is the trích yếu, and the export writes it back', async () => {
    const header = table([
      [
        [b('CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ RAINBOW VN'), c('Số: 12/RBVN-GPVC'), c('về việc rút hồ sơ cấp giấy phép vận chuyển hàng nguy hiểm')],
        nationalColumn('Hồ Chí Minh, ngày 05 tháng 3 năm 2026'),
      ],
    ]);
    const draft = await read(header + c('Kính gửi: Cục Hóa chất') + p('Công ty xin rút hồ sơ đã nộp để hoàn thiện./.') + SIGNATURE);
    expect(draft.report.header.summary).toBe('về việc rút hồ sơ cấp giấy phép vận chuyển hàng nguy hiểm');
    expect(draft.unplaced).toEqual([]);
    const exported = await readWordFile((await exportReportDocx(draft.report, new Date('2026-12-07'))).bytes);
    expect(sourceParagraphs(exported).map((x) => x.text)).toContain('về việc rút hồ sơ cấp giấy phép vận chuyển hàng nguy hiểm');
  });

  it('a Kính gửi item broken after a comma goes on on the next line, even when that line starts with a name in capitals', async () => {
    const header = table([
      [
        [b('ỦY BAN NHÂN DÂN'), b('TỈNH LÀO CAI'), c('Số: 215/UBND-KT'), c('V/v triển khai di dời cụm công nghiệp Đầm Hồng')],
        nationalColumn('Lào Cai, ngày 05 tháng 6 năm 2026'),
      ],
    ]);
    const draft = await read(
      header +
        p('Kính gửi: ') +
        p('- Các Sở: Công Thương, Tài chính, Xây dựng,') +
        p('               Nông nghiệp và Môi trường;') +
        p('- UBND các phường: Yên Bái, Văn Phú, Âu Lâu.') +
        p('Xét đề nghị của Sở Công Thương, Ủy ban nhân dân tỉnh có ý kiến như sau./.') +
        SIGNATURE,
    );
    expect(draft.report.header.addressees).toEqual([
      'Các Sở: Công Thương, Tài chính, Xây dựng, Nông nghiệp và Môi trường',
      'UBND các phường: Yên Bái, Văn Phú, Âu Lâu',
    ]);
    expect(draft.unplaced).toEqual([]);
    // As UBND tỉnh Lào Cai lays it out: "Kính gửi:" and its items in the right cell of a borderless table.
    const inTable = await read(
      header +
        table([
          [
            [p('')],
            [
              p('Kính gửi: '),
              p('- Các Sở: Công Thương, Tài chính, Xây dựng,'),
              p('               Nông nghiệp và Môi trường;'),
              p('- UBND các phường: Yên Bái, Văn Phú, Âu Lâu.'),
            ],
          ],
        ]) +
        p('Xét đề nghị của Sở Công Thương, Ủy ban nhân dân tỉnh có ý kiến như sau./.') +
        SIGNATURE,
    );
    expect(inTable.report.header.addressees).toEqual(draft.report.header.addressees);
    expect(inTable.unplaced).toEqual([]);
  });

  it('a table of the content ends the Kính gửi: the dash lines under it are the content’s, not more addressees (a biểu mẫu kê khai giá, Khánh Hòa)', async () => {
    const header = table([
      [
        [b('CÔNG TY TNHH DU LỊCH BIỂN XANH'), c('Số: 12/2026/CV-BX'), c('V/v kê khai giá dịch vụ lữ hành')],
        nationalColumn('Khánh Hòa, ngày 05 tháng 6 năm 2026'),
      ],
    ]);
    const draft = await read(
      header +
        p('Kính gửi: Sở Tài chính tỉnh Khánh Hòa') +
        table([
          [[p('Thực hiện Quyết định số 1096/QĐ-UBND ngày 06/5/2015 của UBND tỉnh, Công ty gửi Bảng kê khai giá dịch vụ lữ hành.')]],
          [[p('+ Địa chỉ trụ sở chính: 12 Trần Phú, phường Nha Trang')], [p('Số điện thoại: 0258 3521 456')]],
        ]) +
        p('- Tên chi nhánh của doanh nghiệp tại Khánh Hòa: Chi nhánh Nha Trang') +
        p('- Giấy phép kinh doanh du lịch lữ hành quốc tế số 79-123/2024/TCDL-GP LHQT') +
        p('Công ty xin chịu trách nhiệm trước pháp luật về mức giá kê khai./.') +
        SIGNATURE,
    );
    expect(draft.report.header.addressees).toEqual(['Sở Tài chính tỉnh Khánh Hòa']);
    expect(JSON.stringify(draft.report.opening)).toContain('Tên chi nhánh của doanh nghiệp tại Khánh Hòa');
  });

  it('a trích yếu typed inside the header table, under the số, is the trích yếu', async () => {
    const header = table([
      [[b('UBND TỈNH QUẢNG NGÃI'), b('ỦY BAN NHÂN DÂN XÃ BA TƠ'), c('Số: 15/TTr-UBND')], nationalColumn('Ba Tơ, ngày 05 tháng 6 năm 2026')],
      [[b('TỜ TRÌNH'), b('Về việc đề nghị phê duyệt kế hoạch năm 2026')]],
    ]);
    const draft = await read(header + p('Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;') + SIGNATURE);
    expect(draft.report.header).toMatchObject({ docType: 'TỜ TRÌNH', summary: 'Về việc đề nghị phê duyệt kế hoạch năm 2026' });
  });

  it('a draft that leaves the day blank keeps its month and year, and the Word file writes them again', async () => {
    const header = table([[[b('ỦY BAN NHÂN DÂN XÃ BA TƠ'), c('Số:      /KH-UBND')], nationalColumn('Ba Tơ, ngày      tháng 6 năm 2025')]]);
    const draft = await read(header + b('KẾ HOẠCH') + b('Tổ chức Tết Trồng cây') + p('Thực hiện chỉ đạo của tỉnh.') + SIGNATURE);
    expect(draft.report.header).toMatchObject({ place: 'Ba Tơ', date: null, dateMonth: '2025-06' });
    const view = buildExportView(draft.report, new Date('2026-12-01T00:00:00Z'));
    expect(JSON.stringify(view.header)).toContain('Ba Tơ, ngày     tháng 6 năm 2025');
  });
});

describe('a draft’s number left for the văn thư', () => {
  it.each(['Số: …/BC-UBND', 'Số: ...../BC-UBND', 'Số: ……/BC-UBND', 'Số:      /BC-UBND'])('"%s": the số blank, the ký hiệu kept', async (line) => {
    const header = table([[[b('UBND TỈNH QUẢNG NGÃI'), b('ỦY BAN NHÂN DÂN XÃ BA TƠ'), c(line)], nationalColumn('Ba Tơ, ngày      tháng 6 năm 2026')]]);
    const draft = await read(header + b('BÁO CÁO') + b('Kết quả công tác tháng 5 năm 2026') + p('Nội dung thứ nhất của báo cáo.') + SIGNATURE);
    expect(draft.report.header).toMatchObject({ number: '', symbol: 'BC-UBND', issuingBody: 'ỦY BAN NHÂN DÂN XÃ BA TƠ' });
    expect(draft.lines.find((l) => l.source.startsWith('Số:'))?.role).toBe('number');
  });
});

describe('a trích yếu that begins like a căn cứ', () => {
  it('reads "Thực hiện quy trình …" in bold under the tên loại as the trích yếu, and "Thực hiện Kế hoạch …" in the body as the opening', async () => {
    const draft = await read(
      STATE_HEADER +
        b('HƯỚNG DẪN') +
        b('Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng') +
        c('-----') +
        p('Thực hiện Kế hoạch số 12-KH/TU của Thành ủy, Ban Tổ chức hướng dẫn như sau:') +
        SIGNATURE,
    );
    expect(draft.report.header.summary).toBe('Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng');
    expect(JSON.stringify(draft.report.opening)).toContain('Thực hiện Kế hoạch số 12-KH/TU');
  });
});

describe('the thể thức from all the evidence', () => {
  it('a Party report: ĐẢNG ỦY …, "Số 05-BC/ĐU", T/M — the Party profile, with Party numbering "I-", "1-"', async () => {
    const header = table([
      [
        [b('ĐẢNG BỘ TỈNH QUẢNG NGÃI'), b('ĐẢNG ỦY XÃ BA TƠ'), c('*'), c('Số 05-BC/ĐU')],
        [b('ĐẢNG CỘNG SẢN VIỆT NAM'), i('Ba Tơ, ngày 05 tháng 6 năm 2026')],
      ],
    ]);
    const signature = table([
      [
        [p('Nơi nhận:'), p('- Ban Thường vụ Tỉnh ủy,'), p('- Lưu Văn phòng Đảng ủy.')],
        [b('T/M BAN THƯỜNG VỤ'), c('BÍ THƯ'), c(''), b('Đinh Thị Hoa')],
      ],
    ]);
    const draft = await read(
      header +
        b('BÁO CÁO') +
        b('sơ kết 6 tháng đầu năm 2026') +
        p('I- KẾT QUẢ THỰC HIỆN') +
        p('1- Công tác chính trị tư tưởng') +
        p('Đã tổ chức quán triệt nghị quyết.') +
        p('2- Công tác tổ chức xây dựng Đảng') +
        p('Kết nạp 12 đảng viên.') +
        p('II- PHƯƠNG HƯỚNG') +
        p('Tiếp tục thực hiện.') +
        signature,
    );
    expect(draft.profile).toBe('party');
    expect(draft.report.header).toMatchObject({ issuingBody: 'ĐẢNG ỦY XÃ BA TƠ', number: '05', symbol: 'BC/ĐU' });
    expect(draft.report.signature).toMatchObject({ authority: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Đinh Thị Hoa' });
    expect(draft.report.sections.map((s) => [s.title, (s.children ?? []).map((k) => k.title)])).toEqual([
      ['Kết quả thực hiện', ['Công tác chính trị tư tưởng', 'Công tác tổ chức xây dựng Đảng']],
      ['Phương hướng', []],
    ]);
    expect(mixedProfileNote(draft.profileEvidence)).toBeNull();
  });

  it('a Party report that wrongly carries the state quốc hiệu is still the Party’s, and the mix is said', async () => {
    const header = table([[[b('ĐẢNG BỘ TỈNH QUẢNG NGÃI'), b('ĐẢNG ỦY XÃ BA TƠ'), c('Số 05-BC/ĐU')], nationalColumn('Ba Tơ, ngày 05 tháng 6 năm 2026')]]);
    const signature = table([
      [
        [p('Nơi nhận:'), p('- Lưu Văn phòng Đảng ủy.')],
        [b('T/M BAN THƯỜNG VỤ'), c('BÍ THƯ'), b('Đinh Thị Hoa')],
      ],
    ]);
    const draft = await read(header + b('BÁO CÁO') + b('sơ kết 6 tháng đầu năm 2026') + p('I. KẾT QUẢ') + p('Nội dung.') + signature);
    expect(draft.profile).toBe('party');
    expect(mixedProfileNote(draft.profileEvidence)).toMatch(/quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"/);
  });
});

describe('signature blocks as offices lay them out', () => {
  it('laid out with tabs beside Nơi nhận: the signer and every recipient', async () => {
    const draft = await read(
      STATE_HEADER +
        b('BÁO CÁO') +
        b('Kết quả tháng 5') +
        p('I. KẾT QUẢ') +
        p('Nội dung.') +
        p('Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN') +
        p('- UBND tỉnh;\t\t\tCHỦ TỊCH') +
        p('- Các ban ngành xã;') +
        p('- Lưu: VT.') +
        p('') +
        p('\t\t\t\tĐinh Văn Tâm'),
    );
    expect(draft.report.signature).toMatchObject({ authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Đinh Văn Tâm' });
    expect(draft.report.recipients).toEqual(['UBND tỉnh', 'Các ban ngành xã', 'Lưu: VT']);
  });

  it('"Nơi nhận:" and the first recipient typed on one line of a narrow cell, the recipient wrapping under it (Sở Công Thương Lào Cai, 2019)', async () => {
    const draft = await read(
      STATE_HEADER +
        b('BÁO CÁO') +
        b('Kết quả tháng 5') +
        p('I. KẾT QUẢ') +
        p('Nội dung./.') +
        table([
          [
            [p('Nơi nhận:\t\t\t                               - Như trên;       '), p('- Lưu: VT, KT.')],
            [b('KT. GIÁM ĐỐC'), b('PHÓ GIÁM ĐỐC'), c(''), b('Phan Văn Cương')],
          ],
        ]),
    );
    expect(draft.report.recipients).toEqual(['Như trên', 'Lưu: VT, KT']);
    expect(draft.report.signature).toMatchObject({ authority: 'KT.', position: 'PHÓ GIÁM ĐỐC', name: 'Phan Văn Cương' });
  });

  it('a person’s paper signed "NGƯỜI KHAI", the writer’s post under it and the name after lines left to sign in (Ban Quản lý các KCN Bắc Giang, 2012)', async () => {
    const paper = (label: string) =>
      read(
        table([[[p('')], nationalColumn('Bắc Giang, ngày 07 tháng 02 năm 2012')]]) +
          b('BẢN TỰ KHAI') +
          b('Về đơn kiện của Công ty Transimex Sài Gòn-Hữu Nghị') +
          p('Tôi xin khai như sau: Ban Quản lý đã nhận được thông báo thụ lý vụ án.') +
          p('Ban Quản lý bác bỏ đơn khởi kiện của Công ty.') +
          p(`\t\t\t${label}\n\t\t\tTrưởng Ban Quản lý các KCN`) +
          p('') +
          p('') +
          p('') +
          p('') +
          p('') +
          p('') +
          p('\t\t\tNguyễn Anh Quyền'),
      );
    for (const label of ['NGƯỜI KHAI', 'Người khai']) {
      const draft = await paper(label);
      expect(draft.report.signature).toMatchObject({ position: `${label}\nTrưởng Ban Quản lý các KCN`, name: 'Nguyễn Anh Quyền' });
    }
  });

  it('two signers side by side (a đơn signed by its writer and their head): neither name is lost in a one-signer signature', async () => {
    const draft = await read(
      table([[[p('')], [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc')]]]) +
        b('ĐƠN XIN TĂNG LƯƠNG') +
        p('Kính gửi: Ban lãnh đạo Công ty.') +
        p('Tên tôi là: Trần Đức Minh, Phó phòng phần mềm. Kính mong Ban lãnh đạo xem xét.') +
        p('\t\t\tHà Nội, ngày 04 tháng 11 năm 2023') +
        p('Trưởng phòng phần mềm\t\t\tNgười làm đơn') +
        p('(Ký và ghi rõ họ tên)\t\t\t(Ký và ghi rõ họ tên)') +
        p('') +
        p('Vũ Hồng Hưởng\t\t\tTrần Đức Minh'),
    );
    const { bytes } = await exportReportDocx(draft.report, new Date('2026-12-07T08:00:00'));
    const written = sourceParagraphs(await readWordFile(bytes))
      .map((q) => q.text)
      .join('\n');
    expect(written).toContain('Vũ Hồng Hưởng');
    // Once in the writer's sentence, once under "Người làm đơn".
    expect(written.split('Trần Đức Minh').length - 1).toBe(2);
  });

  it('laid out with runs of spaces, a "(ký tên, đóng dấu)" note beside a recipient is the signature column’s, not the recipient’s end', async () => {
    const spaces = ' '.repeat(40);
    const draft = await read(
      STATE_HEADER +
        b('BÁO CÁO') +
        b('Kết quả tháng 5') +
        p('I. KẾT QUẢ') +
        p('Nội dung.') +
        p(`Nơi nhận:${spaces}GIÁM ĐỐC`) +
        p(`- Như trên;${spaces}(ký tên, đóng dấu)`) +
        p('- Lưu: VT.') +
        p('') +
        p(`${spaces}Trần Văn Minh`),
    );
    expect(draft.report.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(draft.report.signature).toMatchObject({ position: 'GIÁM ĐỐC', name: 'Trần Văn Minh' });
  });

  it('TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG: both quyền hạn lines, the position, and a second title line kept apart', async () => {
    const signature = table([
      [
        [p('Nơi nhận:'), p('- Như trên;'), p('- Lưu: VT.')],
        [b('TL. CHỦ TỊCH'), b('KT. CHÁNH VĂN PHÒNG'), b('PHÓ CHÁNH VĂN PHÒNG'), c(''), b('Nguyễn Thị Lan')],
      ],
    ]);
    const draft = await read(STATE_HEADER + b('BÁO CÁO') + b('Kết quả tháng 5') + p('I. KẾT QUẢ') + p('Nội dung.') + signature);
    expect(draft.report.signature).toEqual({
      authority: 'TL.',
      onBehalfOf: 'CHỦ TỊCH',
      secondAuthority: { authority: 'KT.', onBehalfOf: 'CHÁNH VĂN PHÒNG' },
      position: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Nguyễn Thị Lan',
    });
    const view = buildExportView(draft.report, new Date('2026-12-01T00:00:00Z'));
    expect(view.signature.map((l) => l.text)).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });

  it.each(["K' Điểu", 'Y Bih Niê', 'Ka Ngọc', 'H’Hen Niê', 'Đinh Thị Hoa'])('the signer "%s" is a name', async (name) => {
    const signature = table([
      [
        [p('Nơi nhận:'), p('- Lưu: VT.')],
        [b('CHỦ TỊCH'), c(''), b(name)],
      ],
    ]);
    const draft = await read(STATE_HEADER + b('BÁO CÁO') + b('Kết quả tháng 5') + p('I. KẾT QUẢ') + p('Nội dung.') + signature);
    expect(draft.report.signature).toMatchObject({ position: 'CHỦ TỊCH', name });
  });
});

describe('a công văn read and written again', () => {
  it('stays a công văn: its "V/v …" under the số, no "BÁO CÁO" put over it, and its own check finds nothing of the kind', async () => {
    const draft = await read(
      table([
        [
          [b('UBND TỈNH LÀO CAI'), b('SỞ CÔNG THƯƠNG'), c('Số: 125/SCT-CN'), c('V/v mời dự họp thẩm định hồ sơ')],
          nationalColumn('Lào Cai, ngày 05 tháng 3 năm 2026'),
        ],
      ]) +
        p('Kính gửi: Công ty Cổ phần Hóa chất Đức Giang Lào Cai.') +
        p('Sở Công Thương mời đại diện Công ty dự họp thẩm định hồ sơ vào 8 giờ ngày 10/3/2026 tại phòng họp Sở./.') +
        table([
          [
            [b('Nơi nhận:'), p('- Như trên;'), p('- Lưu: VT, CN.')],
            [b('KT. GIÁM ĐỐC'), b('PHÓ GIÁM ĐỐC'), p(''), b('Nguyễn Văn Hùng')],
          ],
        ]),
    );
    expect(draft.report.header).toMatchObject({ docType: '', summary: 'V/v mời dự họp thẩm định hồ sơ' });
    const { bytes } = await exportReportDocx(draft.report, new Date('2026-12-07T08:00:00'));
    const texts = sourceParagraphs(await readWordFile(bytes)).map((q) => q.text.trim());
    expect(texts).toContain('V/v mời dự họp thẩm định hồ sơ');
    expect(texts).not.toContain('BÁO CÁO');
    const found = (await checkDocx(bytes)).findings.map((f) => f.ruleId);
    expect(found).not.toContain('summary.vv');
    expect(found).not.toContain('number.doctype');
    const again = importWordSource(await readWordFile(bytes));
    expect(again.report.header).toMatchObject({ docType: '', summary: 'V/v mời dự họp thẩm định hồ sơ', symbol: 'SCT-CN' });
  });
});

describe('the outline', () => {
  it('a luật’s last sentence ("Luật này được Quốc hội … thông qua ngày …") is its text, not a second place and date, its full stop typed or not (Luật Xây dựng 135/2025/QH15)', async () => {
    for (const end of ['', '.']) {
      const passed = `Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 10 thông qua ngày 10 tháng 12 năm 2025${end}`;
      const draft = await read(
        LUAT_HOA_CHAT_OPENING +
          b('Điều 96. Hiệu lực thi hành') +
          p('Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026') +
          p(passed) +
          table([[[p('')], [b('CHỦ TỊCH QUỐC HỘI'), c(''), b('Trần Thanh Mẫn')]]]),
      );
      expect(draft.unplaced).toEqual([]);
      expect(draft.report.header.date).toBe('2025-06-14');
      const { bytes } = await exportReportDocx(draft.report, new Date('2026-12-07T08:00:00'));
      const texts = sourceParagraphs(await readWordFile(bytes)).map((q) => q.text.trim());
      expect(texts.some((t) => t.startsWith('Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV'))).toBe(true);
      expect(texts.some((t) => t.startsWith('Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026'))).toBe(true);
    }
  });

  it('a khoản that leads into its điểm ("… có các nội dung chính sau đây:") is a sentence of the điều, kept with its own number — the Word file then numbers nothing again', async () => {
    const draft = await read(
      LUAT_HOA_CHAT_OPENING +
        b('Điều 6. Chiến lược phát triển ngành công nghiệp hóa chất') +
        p('1. Chiến lược phát triển ngành công nghiệp hóa chất là cơ sở để định hướng phát triển ngành.') +
        p('2. Chiến lược phát triển ngành công nghiệp hóa chất có các nội dung chính sau đây:') +
        p('a) Quan điểm, mục tiêu, định hướng phát triển ngành công nghiệp hóa chất;') +
        p('b) Nhiệm vụ, giải pháp thực hiện.') +
        p('3. Chiến lược được lập cho giai đoạn 10 năm, tầm nhìn đến 30 năm.') +
        b('Điều 7. Hiệu lực thi hành') +
        p('Luật này có hiệu lực từ ngày 01 tháng 01 năm 2026.') +
        b('CHỦ TỊCH QUỐC HỘI') +
        b('Trần Thanh Mẫn'),
    );
    const lead = draft.lines.find((l) => l.source.startsWith('2. Chiến lược'));
    expect(lead?.role).toBe('paragraph');
    const { bytes } = await exportReportDocx(draft.report, new Date('2026-12-07T08:00:00'));
    const texts = sourceParagraphs(await readWordFile(bytes)).map((q) => q.text.trim());
    expect(texts).toContain('2. Chiến lược phát triển ngành công nghiệp hóa chất có các nội dung chính sau đây:');
    expect((await checkDocx(bytes)).findings.map((f) => f.ruleId)).not.toContain('numbering.jump');
  });

  it('a top level typed "1., 2., 3." is three siblings, and dash lines are content, not parts', async () => {
    const draft = await read(
      STATE_HEADER +
        b('BÁO CÁO') +
        b('Kết quả tháng 5') +
        p('1. Kết quả đạt được') +
        p('- Thu ngân sách đạt 52%;') +
        p('- Giải quyết 120 hồ sơ.') +
        p('2. Tồn tại, hạn chế') +
        p('Còn chậm.') +
        p('3. Nhiệm vụ tháng 6') +
        p('Tiếp tục.') +
        SIGNATURE,
    );
    expect(draft.report.sections.map((s) => [s.title, (s.children ?? []).length])).toEqual([
      ['Kết quả đạt được', 0],
      ['Tồn tại, hạn chế', 0],
      ['Nhiệm vụ tháng 6', 0],
    ]);
    expect(draft.report.sections[0]!.blocks).toEqual([
      { type: 'bullets', items: [{ runs: [{ text: 'Thu ngân sách đạt 52%;' }] }, { runs: [{ text: 'Giải quyết 120 hồ sơ.' }] }] },
    ]);
  });

  it('an amending law’s quoted chapter and articles ("… như sau: “Chương VIIa … Điều 85a. …”") are the text of its own Điều, not its outline (Luật 147/2025/QH15)', async () => {
    const amending = (closing: string) =>
      read(
        table([[[b('QUỐC HỘI'), c('Luật số: 147/2025/QH15')], nationalColumn('Hà Nội, ngày 11 tháng 12 năm 2025')]]) +
          b('LUẬT') +
          b('SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐỊA CHẤT VÀ KHOÁNG SẢN') +
          p('Điều 1. Sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản') +
          p('23. Sửa đổi, bổ sung khoản 5 Điều 73 như sau:') +
          p('“5. Tổ chức, cá nhân thu hồi khoáng sản phải đăng ký với cơ quan quản lý nhà nước.”.') +
          p('24. Bổ sung Chương VIIa vào sau Chương VII như sau:') +
          p('“Chương VIIa') +
          p('QUẢN LÝ NHÀ NƯỚC VỀ ĐỊA CHẤT, KHOÁNG SẢN ĐỐI VỚI ĐẤT HIẾM') +
          p('Điều 85a. Chính sách chung của Nhà nước đối với đất hiếm') +
          p('1. Đất hiếm là khoáng sản chiến lược đặc biệt.') +
          p('2. Nhà nước ưu tiên đầu tư điều tra địa chất, đánh giá, thăm dò đất hiếm.') +
          p('Điều 85b. Dự trữ, bảo vệ khoáng sản đất hiếm') +
          p(`Khoáng sản đất hiếm được dự trữ theo quy định của Chính phủ.${closing}`) +
          p('Điều 2. Hiệu lực thi hành') +
          p('Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.') +
          table([[[p('')], [b('CHỦ TỊCH QUỐC HỘI'), c(''), b('Trần Thanh Mẫn')]]]),
      );
    const draft = await amending('”.');
    expect(titles(draft.report.sections)).toEqual(['Điều 1. Sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản', 'Điều 2. Hiệu lực thi hành']);
    // Every quoted line is Điều 1's text, as written, in its place.
    const first = JSON.stringify(draft.report.sections[0]);
    for (const line of ['“Chương VIIa', 'Điều 85a. Chính sách chung', 'Điều 85b. Dự trữ', '1. Đất hiếm là khoáng sản']) expect(first).toContain(line);
    // A quote never closed is no quote: the document's own articles are not swallowed by it.
    expect(titles((await amending('')).report.sections)).toContain('Điều 2. Hiệu lực thi hành');
  });

  it('a title in capitals keeps its words’ case from the text, not from emphasis in capitals', async () => {
    const draft = await read(
      STATE_HEADER +
        b('BÁO CÁO') +
        b('Kết quả năm 2026') +
        p('I. BA KHÂU ĐỘT PHÁ VÀ NHIỆM VỤ TRỌNG TÂM') +
        p('Tập trung thực hiện ba khâu ĐỘT PHÁ, NHIỆM VỤ TRỌNG TÂM của Ủy ban nhân dân xã.') +
        SIGNATURE,
    );
    expect(titles(draft.report.sections)).toEqual(['Ba khâu đột phá và nhiệm vụ trọng tâm']);
  });
});

describe('what follows the signature', () => {
  it('a quyết định with its Điều lệ attached: the Điều lệ is a phụ lục, its dash lines are its content, not Nơi nhận', async () => {
    const signature = table([
      [
        [p('Nơi nhận:'), p('- Như Điều 3;'), p('- Lưu: VT.')],
        [b('TM. ỦY BAN NHÂN DÂN'), b('CHỦ TỊCH'), b('Đinh Văn Tâm')],
      ],
    ]);
    const body =
      STATE_HEADER.replace('BC-UBND', 'QĐ-UBND') +
      b('QUYẾT ĐỊNH') +
      b('Về việc ban hành Điều lệ Hội Khuyến học xã') +
      b('ỦY BAN NHÂN DÂN XÃ BA TƠ') +
      p('Căn cứ Luật Tổ chức chính quyền địa phương;') +
      b('QUYẾT ĐỊNH:') +
      p('Điều 1. Ban hành kèm theo Quyết định này Điều lệ Hội Khuyến học xã.') +
      p('Điều 2. Quyết định có hiệu lực từ ngày ký.') +
      p('Điều 3. Văn phòng và các tổ chức liên quan thi hành.') +
      signature +
      b('ĐIỀU LỆ') +
      b('Hội Khuyến học xã Ba Tơ') +
      i('(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/6/2026)') +
      b('Chương I') +
      b('QUY ĐỊNH CHUNG') +
      p('Điều 1. Tên gọi') +
      p('- Tên tiếng Việt: Hội Khuyến học xã Ba Tơ;') +
      p('- Trụ sở: Thôn 1, xã Ba Tơ.') +
      p('Điều 2. Mục đích') +
      p('Hội vận động toàn dân học tập suốt đời.');
    const draft = await read(body);
    expect(draft.report.header.docType).toBe('QUYẾT ĐỊNH');
    expect(draft.report.recipients).toEqual(['Như Điều 3', 'Lưu: VT']);
    expect(draft.report.appendices?.map((a) => a.title)).toEqual(['Điều lệ Hội Khuyến học xã Ba Tơ']);
    expect(JSON.stringify(draft.report.appendices)).toContain('Tên tiếng Việt: Hội Khuyến học xã Ba Tơ');
    expect(JSON.stringify(draft.report.appendices)).toContain('Hội vận động toàn dân học tập suốt đời.');
    expectNothingDropped(draft);
  });

  it('a hướng dẫn whose body holds dash lists keeps every line: its dashes are never recipients', async () => {
    const lines = Array.from({ length: 40 }, (_, k) => p(`- Nội dung hướng dẫn thứ ${k + 1} cho các chi bộ;`)).join('');
    const draft = await read(
      STATE_HEADER.replace('BC-UBND', 'HD-UBND') +
        b('HƯỚNG DẪN') +
        b('Tổ chức đại hội chi bộ') +
        p('1. Mục đích') +
        lines +
        p('2. Tổ chức thực hiện') +
        p('Các chi bộ thực hiện.') +
        SIGNATURE,
    );
    expect(draft.report.recipients).toEqual(['UBND tỉnh', 'Lưu: VT']);
    expect(JSON.stringify(draft.report.sections)).toContain('Nội dung hướng dẫn thứ 40 cho các chi bộ;');
    expectNothingDropped(draft);
  });

  it('a title in capitals under the header that is no tên loại ("PHÂN CÔNG NHIỆM VỤ") is the title, not more of the cơ quan', async () => {
    // Sở Nội vụ Quảng Bình, 2021: the phòng's tasks, titled in capitals under the header, with A./B. parts.
    const header = table([[[b('SỞ NỘI VỤ'), b('PHÒNG THI ĐUA, KHEN THƯỞNG')], nationalColumn('Quảng Bình, ngày 04 tháng 5 năm 2021')]]);
    const draft = await read(
      header +
        b('PHÂN CÔNG NHIỆM VỤ') +
        b('CÁC THÀNH VIÊN PHÒNG THI ĐUA KHEN THƯỞNG') +
        p('Căn cứ Quyết định số 135/QĐ-SNV ngày 29/4/2021 của Giám đốc Sở Nội vụ;') +
        b('A. Phân công nhiệm vụ:') +
        p('1. Ông Hồ Quyết Thắng - Trưởng phòng: phụ trách chung.') +
        b('B. Tổ chức thực hiện:') +
        p('Các thành viên thực hiện nghiêm túc./.') +
        p('Nơi nhận:\t\t\tTRƯỞNG PHÒNG') +
        p('- Lãnh đạo Sở (để b/c);') +
        p('- Thành viên phòng TĐKT.') +
        p('') +
        p('                                                   Hồ Quyết Thắng'),
    );
    const h = draft.report.header;
    expect([h.parentBody, h.issuingBody, h.docType, h.summary]).toEqual([
      'SỞ NỘI VỤ',
      'PHÒNG THI ĐUA, KHEN THƯỞNG',
      'PHÂN CÔNG NHIỆM VỤ',
      'CÁC THÀNH VIÊN PHÒNG THI ĐUA KHEN THƯỞNG',
    ]);
    expect(draft.report.signature).toMatchObject({ position: 'TRƯỞNG PHÒNG', name: 'Hồ Quyết Thắng' });
    expect(draft.report.recipients).toEqual(['Lãnh đạo Sở (để b/c)', 'Thành viên phòng TĐKT']);
  });

  it('a document sent with this one keeps its own header — cơ quan, quốc hiệu, tiêu ngữ — under its title: the export writes none for a phụ lục', async () => {
    // UBND TP Hà Nội's 2010 quyết định and the Quy định it issues, which opens with its own header.
    const draft = await read(
      STATE_HEADER +
        b('QUYẾT ĐỊNH') +
        b('Ban hành Quy định quản lý đại lý Internet') +
        p('Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý đại lý Internet./.') +
        SIGNATURE +
        table([
          [
            [b('ỦY BAN NHÂN DÂN'), b('XÃ BA TƠ')],
            [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc')],
          ],
        ]) +
        b('QUY ĐỊNH') +
        b('Quản lý đại lý Internet trên địa bàn xã') +
        p('Điều 1. Phạm vi điều chỉnh'),
    );
    const appendix = draft.report.appendices?.[0];
    const texts = (appendix?.blocks ?? []).map((block) => (block.type === 'paragraph' ? (block.runs ?? []).map((r) => r.text).join('') : block.type));
    expect(texts).toEqual(expect.arrayContaining(['ỦY BAN NHÂN DÂN', 'XÃ BA TƠ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']));
    expect(draft.lines.filter((l) => l.role === 'layout' && /CỘNG HÒA|Độc lập/.test(l.source) && l.mark !== 'national')).toEqual([]);
  });

  it('a signer whose name carries a quân hàm or a học hàm ("Thượng tướng Nguyễn Văn Hiền", "PGS.TS. Lê Văn Minh") is the signer, and the phụ lục after it stays a phụ lục', async () => {
    const header = table([[[b('BỘ QUỐC PHÒNG'), c('Số: 13/2026/TT-BQP')], nationalColumn('Hà Nội, ngày 12 tháng 02 năm 2026')]]);
    const signature = (name: string) =>
      table([
        [
          [b('Nơi nhận:'), p('- Như Điều 3;'), p('- Lưu: VT, NCTH.')],
          [b('KT. BỘ TRƯỞNG'), b('THỨ TRƯỞNG'), c(''), b(name)],
        ],
      ]);
    const body = b('THÔNG TƯ') + b('Quy định danh mục hóa chất nguy hiểm') + p('Điều 1. Phạm vi điều chỉnh') + p('Thông tư này quy định danh mục hóa chất./.');
    const appendix =
      b('PHỤ LỤC') +
      b('DANH MỤC HÓA CHẤT NGUY HIỂM TRONG SẢN PHẨM, HÀNG HÓA') +
      i('(Ban hành kèm theo Thông tư số 13/2026/TT-BQP ngày 12 tháng 02 năm 2026 của Bộ trưởng Bộ Quốc phòng)') +
      table([
        [[p('TT')], [p('Tên hóa chất')]],
        [[p('1')], [p('Kali dicromat')]],
      ]);
    const military = await read(header + body + signature('Thượng tướng Nguyễn Văn Hiền') + appendix);
    expect(military.report.signature).toMatchObject({
      authority: 'KT.',
      onBehalfOf: 'BỘ TRƯỞNG',
      position: 'THỨ TRƯỞNG',
      name: 'Thượng tướng Nguyễn Văn Hiền',
    });
    expect(military.report.appendices?.map((a) => a.title)).toEqual(['Danh mục hóa chất nguy hiểm trong sản phẩm, hàng hóa']);
    expect(military.unplaced).toEqual([]);
    // A name the reader cannot tell from other words: listed for the clerk, and the phụ lục is still a phụ lục, never more of the chức vụ.
    const unread = await read(header + body + signature('nguyễn văn hiền') + appendix);
    expect(unread.report.signature.position).toBe('THỨ TRƯỞNG');
    expect(unread.report.appendices?.map((a) => a.title)).toEqual(['Danh mục hóa chất nguy hiểm trong sản phẩm, hàng hóa']);
    for (const name of ['PGS.TS. Lê Văn Minh', 'Đại tá Hoàng Văn Nam', 'TS. Nguyễn Thị Hoa'])
      expect((await read(header + body + signature(name))).report.signature.name).toBe(name);
  });

  it('a thông tư with a quy chuẩn after its signature keeps its Nơi nhận and its quyền hạn line (TT 19/2024/TT-BCT)', async () => {
    // The quy chuẩn has no "PHỤ LỤC" or "(Ban hành kèm theo …)" line to say where it starts.
    const header = table([[[b('BỘ CÔNG THƯƠNG'), c('Số: 19/2024/TT-BCT')], nationalColumn('Hà Nội, ngày 30 tháng 9 năm 2024')]]);
    const draft = await read(
      header +
        b('THÔNG TƯ') +
        b('Ban hành Sửa đổi 1:2024 QCVN 05A:2020/BCT') +
        p('Điều 1. Ban hành kèm theo Thông tư này Sửa đổi 1:2024 QCVN 05A:2020/BCT.') +
        p('Điều 2. Thông tư này có hiệu lực từ ngày 15 tháng 11 năm 2024./.') +
        table([
          [
            [b('Nơi nhận:'), p('- Văn phòng Chính phủ;'), p('- Công báo;'), p('- Lưu: VT, HC.')],
            [b('KT. BỘ TRƯỞNG'), b('THỨ TRƯỞNG'), c(''), b('Nguyễn Sinh Nhật Tân')],
          ],
        ]) +
        b('SỬA ĐỔI 1:2024 QCVN 05A:2020/BCT') +
        b('QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ AN TOÀN TRONG SẢN XUẤT, KINH DOANH HÓA CHẤT NGUY HIỂM') +
        p('Lời nói đầu') +
        p('Sửa đổi 1:2024 QCVN 05A:2020/BCT do Tổ soạn thảo biên soạn, Cục Hóa chất trình duyệt.') +
        p('I. Quy định chung') +
        p('1. Bổ sung điểm 3.6 như sau: “3.6. Hệ thống thu gom là một trong các phương tiện …”'),
    );
    expect(draft.report.recipients).toEqual(['Văn phòng Chính phủ', 'Công báo', 'Lưu: VT, HC']);
    expect(draft.report.signature).toMatchObject({ authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG', position: 'THỨ TRƯỞNG', name: 'Nguyễn Sinh Nhật Tân' });
    expectNothingDropped(draft);
  });

  it('a date written above the chức vụ, where a giấy phép puts it, is the document’s date when its header has none', async () => {
    const header = undatedHeader('BỘ CÔNG THƯƠNG', 'CỤC HÓA CHẤT', 'Số: 15/GP-HC');
    const signature = table([
      [
        [b('Nơi nhận:'), p('- Công ty TNHH Hóa chất Thành Phát;'), p('- Lưu: VT, QLHC.')],
        [i('Hà Nội, ngày 12 tháng 01 năm 2026'), b('CỤC TRƯỞNG'), c(''), b('Phùng Mạnh Ngọc')],
      ],
    ]);
    const draft = await read(
      header + b('GIẤY PHÉP') + b('VẬN CHUYỂN HÀNG HÓA NGUY HIỂM') + p('Cục Hóa chất cho phép Công ty vận chuyển hàng hóa nguy hiểm.') + signature,
    );
    expect(draft.report.header).toMatchObject({ place: 'Hà Nội', date: '2026-01-12' });
    expect(draft.report.signature).toMatchObject({ position: 'CỤC TRƯỞNG', name: 'Phùng Mạnh Ngọc' });
    expect(draft.unplaced).toEqual([]);
    // A header that has its date keeps it; a second one by the signature is listed, not taken.
    const both = await read(STATE_HEADER + b('BÁO CÁO') + b('Kết quả tháng 5') + p('Nội dung./.') + signature);
    expect(both.report.header.date).toBe('2026-06-05');
  });

  it('a giấy phép dated on a line of its own above Nơi nhận and the signature has that date, and its content ends on the line before', async () => {
    const header = undatedHeader('UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'Số: 15/GP-SCT');
    const signature = table([
      [
        [b('Nơi nhận:'), p('- Công ty TNHH vật tư chuyên dùng xăng dầu An Khang;'), p('- Lưu: VT, CN.')],
        [b('KT. GIÁM ĐỐC'), b('PHÓ GIÁM ĐỐC'), c(''), b('Hoàng Văn Thuân')],
      ],
    ]);
    const content = [
      'Sở Công Thương tỉnh Lào Cai cho phép Công ty TNHH vật tư chuyên dùng xăng dầu An Khang vận chuyển hàng hóa nguy hiểm loại 3.',
      'Thời hạn của giấy phép: 24 tháng kể từ ngày ký./.',
    ];
    const bytes = await docxOf(
      header +
        b('GIẤY PHÉP') +
        b('VẬN CHUYỂN HÀNG HÓA NGUY HIỂM') +
        content.map((text) => p(text)).join('') +
        i('Lào Cai, ngày 12 tháng 6 năm 2026') +
        signature,
    );
    const draft = importWordSource(await readWordFile(bytes));
    expect(draft.report.header).toMatchObject({ place: 'Lào Cai', date: '2026-06-12' });
    expect((draft.report.opening ?? []).map((block) => (block.type === 'paragraph' ? (block.runs ?? []).map((r) => r.text).join('') : block.type))).toEqual([
      content[0],
      'Thời hạn của giấy phép: 24 tháng kể từ ngày ký.',
    ]); // the export writes "./." again
    expectNothingDropped(draft);
    // The checker reads the date where it stands: not "no date", and the content's ending is its last sentence's "./.".
    const found = (await checkDocx(bytes)).findings.map((f) => f.ruleId);
    expect(found).not.toContain('date.missing');
    expect(found).not.toContain('content.ending');
    // A header that has its date keeps it; the line by the signature is listed, not lost.
    const dated = await read(STATE_HEADER + b('BÁO CÁO') + b('Kết quả tháng 5') + p('Nội dung./.') + i('Ba Tơ, ngày 07 tháng 6 năm 2026') + SIGNATURE);
    expect(dated.report.header.date).toBe('2026-06-05');
    expect(dated.unplaced.map((l) => l.source)).toEqual(['Ba Tơ, ngày 07 tháng 6 năm 2026']);
  });

  it('a list sent with a form whose signer is still "(Họ và tên)" is a phụ lục: its title and its "(Kèm theo …)" caption are never more of the chức vụ', async () => {
    const header = table([[[c('UBND TỈNH LÀO CAI'), b('SỞ CÔNG THƯƠNG'), c('Số:         /GP-SCT')], nationalColumn('Lào Cai, ngày       tháng 6 năm 2026')]]);
    const signature = table([
      [
        [b('Nơi nhận:'), p('- (tên tổ chức được cấp phép);'), p('- Lưu: VT, CN.')],
        [b('KT. GIÁM ĐỐC'), b('PHÓ GIÁM ĐỐC'), c(''), b('(Họ và tên)')],
      ],
    ]);
    const draft = await read(
      header +
        b('GIẤY PHÉP') +
        b('VẬN CHUYỂN HÀNG HÓA NGUY HIỂM') +
        p('Sở Công Thương tỉnh Lào Cai cho phép: (tên tổ chức được cấp phép)./.') +
        signature +
        b('HÀNG HÓA NGUY HIỂM ĐƯỢC PHÉP VẬN CHUYỂN') +
        i('(Kèm theo Giấy phép vận chuyển hàng hóa nguy hiểm Số:         /GP-SCT ngày …../6/2026 của Sở Công Thương tỉnh Lào Cai)') +
        table([
          [[p('TT')], [p('Tên hàng hóa nguy hiểm')]],
          [[p('1')], [p('Axit clohydric')]],
        ]),
    );
    expect(draft.report.signature).toMatchObject({ authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC' });
    expect(draft.report.appendices?.map((a) => a.title)).toEqual(['Hàng hóa nguy hiểm được phép vận chuyển']);
  });

  it('a trích yếu typed in capitals is read in the case its words have in the document (the export writes ND30’s form); a luật’s name keeps its capitals', async () => {
    const header = table([[[b('CHÍNH PHỦ'), c('Số: 181/2024/NĐ-CP')], nationalColumn('Hà Nội, ngày 31 tháng 12 năm 2024')]]);
    const body =
      p('Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29 tháng 6 năm 2024;') +
      p('Điều 1. Phạm vi điều chỉnh') +
      p('Nghị định này quy định chi tiết về vật liệu nổ công nghiệp./.');
    const decree = await read(
      header + b('NGHỊ ĐỊNH') + b('QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ,') + b('SỬ DỤNG VŨ KHÍ, VẬT LIỆU NỔ') + body + SIGNATURE,
    );
    expect(decree.report.header.summary).toBe('Quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ');
    // The checker finds the capitals in the file as it came, and none in the Word file the app writes from it.
    const exported = (await exportReportDocx(decree.report, new Date('2026-12-07'))).bytes;
    expect((await checkDocx(exported)).findings.map((f) => f.ruleId)).not.toContain('title.summary.case');
    const law = await read(
      header.replace('CHÍNH PHỦ', 'QUỐC HỘI').replace('Số: 181/2024/NĐ-CP', 'Luật số: 69/2025/QH15') + b('LUẬT') + b('HÓA CHẤT') + body + SIGNATURE,
    );
    expect(law.report.header.summary).toBe('HÓA CHẤT');
  });

  it('a stray line after the signature is listed as not placed, never dropped', async () => {
    const draft = await read(
      STATE_HEADER + b('BÁO CÁO') + b('Kết quả tháng 5') + p('I. KẾT QUẢ') + p('Nội dung.') + SIGNATURE + p('Ghi chú: gửi kèm bản mềm qua thư điện tử'),
    );
    expect(draft.unplaced.map((l) => l.source)).toEqual(['Ghi chú: gửi kèm bản mềm qua thư điện tử']);
    expect(paragraphs(draft)).toEqual(['Nội dung.']);
  });
});
