/**
 * The thể thức checker on what real offices' files hold (issue 20): each case a văn thư met — a
 * false finding the checker used to give, or a defect it did not see — written as a small file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../electron/core/checker/check-docx';
import { checkWordFile } from '../../electron/core/checker/check-word-file';
import { num } from '../../electron/core/checker/check-context';
import { defectsOf } from '#shared/the-thuc/findings';
import { exported, inElementWith, mutate, replace } from '../support/docx-mutations';
import { FIXTURES_DIR, sampleReport, samplePartyReport } from '../support/fixtures';
import { convertWithLibreOffice, hasLibreOffice, mustRender, renderDocx } from '../support/libreoffice';
import { b, c, docxOf, i, LUAT_HOA_CHAT_OPENING, p, table, nationalColumn } from '../support/raw-docx';
import type { ReportFile } from '#shared/report-format/schema';
import { importWordSource } from '#shared/word-import/import-word';
import { readWordFile } from '../../electron/core/word-import/read-word-file';

const ids = async (bytes: Uint8Array) => (await checkDocx(bytes)).findings.map((f) => f.ruleId);
const HEADER = table([[[b('UBND TỈNH QUẢNG NGÃI'), b('ỦY BAN NHÂN DÂN XÃ BA TƠ'), c('Số: 15/BC-UBND')], nationalColumn('Ba Tơ, ngày 05 tháng 6 năm 2026')]]);
const BODY = b('BÁO CÁO') + b('Kết quả công tác tháng 5 năm 2026') + p('I. KẾT QUẢ') + p('Đã giải quyết 125 hồ sơ đúng hạn, đạt 98% kế hoạch tháng./.');

describe('no false findings on how offices lay out their files', () => {
  it('a signature and Nơi nhận laid out with tabs are found: neither is "missing"', async () => {
    const found = await ids(
      await docxOf(
        HEADER + BODY + p('Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN') + p('- UBND tỉnh;\t\t\tCHỦ TỊCH') + p('- Lưu: VT.') + p('') + p('') + p('\t\t\t\tĐinh Văn Tâm'),
      ),
    );
    expect(found.filter((id) => /^(signature|recipients)\.(missing|position|name|items)$/.test(id))).toEqual([]);
  });

  it('a one-page document is not asked for page numbers', async () => {
    expect(
      await ids(
        await docxOf(
          HEADER +
            BODY +
            table([
              [
                [p('Nơi nhận:'), p('- Lưu: VT.')],
                [b('CHỦ TỊCH'), c(''), b('Đinh Văn Tâm')],
              ],
            ]),
        ),
      ),
    ).not.toContain('page-number.missing');
  });

  it('the header table and the signature table are layout, not data tables', async () => {
    const found = await ids(
      await docxOf(
        HEADER +
          BODY +
          table([
            [
              [p('Nơi nhận:'), p('- Lưu: VT.')],
              [b('CHỦ TỊCH'), c(''), b('Đinh Văn Tâm')],
            ],
          ]),
      ),
    );
    expect(found.filter((id) => id.startsWith('table.'))).toEqual([]);
  });

  it('an indent made with a tab is read as the tab stop it reaches, not as 0 mm', async () => {
    const long = 'Trong tháng, Ủy ban nhân dân xã đã chỉ đạo các ngành chuyên môn tập trung giải quyết hồ sơ thủ tục hành chính đúng hạn cho người dân.';
    const body = b('BÁO CÁO') + b('Kết quả công tác tháng 5') + [1, 2, 3].map(() => p(`\t${long}`, '<w:spacing w:before="120"/>')).join('');
    expect(await ids(await docxOf(HEADER + body))).not.toContain('body.indent');
  });

  it('centred lines are no running text: they do not decide the body’s indent', async () => {
    const long = 'Trong tháng, Ủy ban nhân dân xã đã chỉ đạo các ngành chuyên môn tập trung giải quyết hồ sơ thủ tục hành chính đúng hạn cho người dân.';
    // Long centred captions, as a phụ lục's "(Kèm theo Quyết định số …)" lines: more of them than of running text.
    const caption = (n: number) =>
      p(`(Kèm theo Quyết định số ${n}/QĐ-UBND ngày 05 tháng 6 năm 2026 của Chủ tịch Ủy ban nhân dân xã Ba Tơ về danh mục)`, '<w:jc w:val="center"/>');
    const body = b('BÁO CÁO') + b('Kết quả công tác tháng 5') + caption(1) + caption(2) + caption(3) + p(long, '<w:ind w:firstLine="720"/>');
    expect(await ids(await docxOf(HEADER + body))).not.toContain('body.indent');
  });

  it('a person’s own paper (a bản tự khai) is not asked for a số or a Nơi nhận, which only a body’s document carries', async () => {
    const paper = await docxOf(
      table([[[p('')], nationalColumn('Bắc Giang, ngày 07 tháng 02 năm 2012')]]) +
        b('BẢN TỰ KHAI') +
        b('Về đơn kiện của Công ty Transimex Sài Gòn-Hữu Nghị') +
        p('Họ và tên: Nguyễn Anh Quyền - Trưởng Ban Quản lý các KCN tỉnh Bắc Giang.') +
        p('Tôi xin khai như sau: Ban Quản lý đã nhận được thông báo thụ lý vụ án./.') +
        b('NGƯỜI KHAI') +
        b('Nguyễn Anh Quyền'),
    );
    const found = await ids(paper);
    expect(found).not.toContain('number.missing');
    expect(found).not.toContain('recipients.missing');
    expect(found).not.toContain('header.issuing.missing');
  });

  it('a member’s giấy đề nghị under the company’s header is a person’s paper too: its title is not read into the cơ quan, nor is it asked for a số or a Nơi nhận', async () => {
    const request = await docxOf(
      table([
        [
          [b('TẬP ĐOÀN CÔNG NGHIỆP - VIỄN THÔNG QUÂN ĐỘI'), b('TCT CÔNG NGHIỆP CÔNG NGHỆ CAO VIETTEL')],
          [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc')],
        ],
      ]) +
        b('GIẤY ĐỀ NGHỊ') +
        b('CHI QUỸ PHÚC LỢI VÀ QUỸ CÔNG ĐOÀN') +
        p('Kính gửi: Ban Chấp hành Công đoàn cơ sở.') +
        p('Họ và tên người đề nghị: Nguyễn Thị Hoa. Chức vụ: Chủ tịch Công đoàn bộ phận Khối 3.') +
        p('Đề nghị trích Quỹ Công đoàn 1.000.000 đồng chúc mừng đoàn viên Trần Văn Nam kết hôn./.') +
        i('Hà Nội, ngày 12 tháng 10 năm 2026') +
        b('NGƯỜI ĐỀ NGHỊ') +
        b('Nguyễn Thị Hoa'),
    );
    const found = await ids(request);
    expect(found).not.toContain('number.missing');
    expect(found).not.toContain('recipients.missing');
    expect(found).not.toContain('header.wrap');
  });

  it('a Kính gửi after the trích yếu is where ND30 puts it', async () => {
    const report: ReportFile = { ...sampleReport(), header: { ...sampleReport().header, addressees: ['Ủy ban nhân dân tỉnh Quảng Ngãi'] } };
    expect(await ids(await exported(report))).not.toContain('kinh-gui.place');
  });

  it('table advice rests on practice, never on a rule, and an STT or code column is not a figures column', async () => {
    const tbl = `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${[
      ['STT', 'Họ tên', 'MSSV', 'Số hồ sơ'],
      ['1', 'Nguyễn Văn An', '09520112', '12'],
      ['2', 'Trần Thị Bình', '09520380', '7'],
    ]
      .map(
        (row, r) =>
          `<w:tr>${r === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((cell, col) => `<w:tc><w:p><w:pPr>${col === 3 && r > 0 ? '<w:jc w:val="right"/>' : ''}</w:pPr><w:r>${r === 0 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${cell}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`,
      )
      .join('')}</w:tbl>`;
    const result = await checkDocx(await docxOf(HEADER + BODY + tbl));
    expect(result.findings.filter((f) => f.ruleId.startsWith('table.'))).toEqual([]);
    const advice = await checkDocx(await docxOf(HEADER + BODY + tbl.replace('<w:jc w:val="right"/>', '')));
    expect(advice.findings.filter((f) => f.ruleId === 'table.figures-align').map((f) => f.basis)).toEqual(['practice']);
  });

  it('our own export passes our own check with "-" for "không có" in a figures column', async () => {
    const report = sampleReport();
    report.sections[0]!.blocks = [
      ...(report.sections[0]!.blocks ?? []),
      {
        type: 'table',
        header: ['STT', 'Chỉ tiêu', 'Năm 2025', 'Năm 2026'],
        rows: [
          ['1', 'Hộ nghèo', '-', '125'],
          ['2', 'Hộ cận nghèo', '1.230', '-'],
        ],
      },
    ];
    expect((await checkDocx(await exported(report))).findings).toEqual([]);
  });

  it('a file that names no font anywhere is in Times New Roman, as Word and LibreOffice show it (a legal site’s Luật Hóa chất 69/2025)', async () => {
    expect(await ids(await docxOf(HEADER + BODY))).not.toContain('font.family');
    const arial = await checkDocx(await docxOf(HEADER + BODY.replace('<w:r><w:t', '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t')));
    expect(arial.findings.find((f) => f.ruleId === 'font.family')?.found).toMatch(/^Arial \(1 đoạn chữ\)/);
  });

  it('margins a file does not declare are said to be undeclared, not "0 mm"', async () => {
    const report = await checkDocx(
      await docxOf(HEADER + BODY + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:header="720" w:footer="720"/></w:sectPr>'),
    );
    const margins = Object.fromEntries(report.findings.filter((f) => f.ruleId.startsWith('page.margin-')).map((f) => [f.ruleId, f.found]));
    expect(margins['page.margin-top']).toBeUndefined();
    expect(margins['page.margin-left']).toMatch(/^không khai báo/);
    expect(Object.values(margins).join(' ')).not.toMatch(/\b0 mm/);
  });

  it('a number with a dot ("Số: 66.18/2026/NQ-CP", the Chính phủ’s series of 2026) is the number, read and kept', async () => {
    const file = await docxOf(HEADER.replace('Số: 15/BC-UBND', 'Số: 66.18/2026/NQ-CP') + BODY);
    expect(await ids(file)).not.toContain('number.missing');
    const header = importWordSource(await readWordFile(file)).report.header;
    expect([header.number, header.symbol]).toEqual(['66.18', '2026/NQ-CP']);
  });

  it('a measure ending in 0 keeps it ("51–70 mm")', () => {
    expect([num(70), num(51), num(95.7), num(20, 0), num(12.7)]).toEqual(['70', '51', '95,7', '20', '12,7']);
  });
});

describe('the profile from all the evidence', () => {
  it('a Party report that wrongly carries the state quốc hiệu is judged as the Party’s, and the mix is the finding', async () => {
    const bytes = await mutate(await exported(samplePartyReport()), 'word/document.xml', (xml) =>
      xml.replace('>ĐẢNG CỘNG SẢN VIỆT NAM<', '>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<'),
    );
    const result = await checkDocx(bytes);
    expect(result.profile).toBe('party');
    const mixed = result.findings.find((f) => f.ruleId === 'profile.mixed');
    expect(mixed?.found).toMatch(/quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"/);
    expect(mixed?.expected).toMatch(/ĐẢNG ỦY/);
  });
});

describe('defects a văn thư returns a report for', () => {
  it('the tên loại too small and not bold', async () => {
    const bytes = await mutate(
      await exported(sampleReport()),
      'word/document.xml',
      inElementWith('w:p', '>BÁO CÁO<', (x) => x.replace(/<w:b\/>(<w:bCs\/>)?/g, '').replace(/<w:sz w:val="\d+"\/>/g, '<w:sz w:val="24"/>')),
    );
    expect(await ids(bytes)).toEqual(expect.arrayContaining(['title.doctype.size', 'title.doctype.bold']));
  });

  it('the cơ quan chủ quản, the trích yếu and the signature each in a size ND30 does not allow', async () => {
    const resize = (marker: string, halfPoints: number) =>
      inElementWith('w:p', marker, (x) =>
        x.replace(/<w:sz w:val="\d+"\/>/g, `<w:sz w:val="${halfPoints}"/>`).replace(/<w:szCs w:val="\d+"\/>/g, `<w:szCs w:val="${halfPoints}"/>`),
      );
    let bytes = await exported(sampleReport());
    expect(await ids(bytes)).not.toEqual(expect.arrayContaining(['header.parent.size']));
    bytes = await mutate(bytes, 'word/document.xml', resize('>UBND TỈNH QUẢNG NGÃI<', 28));
    bytes = await mutate(bytes, 'word/document.xml', resize('>Sơ kết 6 tháng đầu năm 2026', 24));
    bytes = await mutate(bytes, 'word/document.xml', resize('>Nguyễn Văn An<', 24));
    const report = await checkDocx(bytes);
    const found = Object.fromEntries(report.findings.map((f) => [f.ruleId, f]));
    expect(found['header.parent.size']).toMatchObject({ found: '14 pt', expected: '12–13 pt', source: 'ND30, Phụ lục I, ô 2 (tên cơ quan chủ quản)' });
    expect(found['title.summary.size']).toMatchObject({ found: '12 pt', expected: '13–14 pt' });
    expect(found['signature.size']).toMatchObject({ found: '12 pt', expected: '13–14 pt' });
  });

  it('a trích yếu written in capitals (a law’s name excepted, which the Quốc hội writes so)', async () => {
    const caps = await mutate(
      await exported(sampleReport()),
      'word/document.xml',
      replace(
        '>Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số<',
        '>SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/ĐU VỀ CHUYỂN ĐỔI SỐ<',
      ),
    );
    const report = await checkDocx(caps);
    expect(report.findings.find((f) => f.ruleId === 'title.summary.case')?.expected).toMatch(/^Sơ kết 6 tháng đầu năm 2026/);
    expect(await ids(await exported(sampleReport()))).not.toContain('title.summary.case');
    const law = await docxOf(
      LUAT_HOA_CHAT_OPENING + p('Điều 1. Phạm vi điều chỉnh') + p('Luật này quy định về hóa chất.') + b('CHỦ TỊCH QUỐC HỘI') + b('Trần Thanh Mẫn'),
    );
    expect(await ids(law)).not.toContain('title.summary.case');
  });

  it('the line suggested for a trích yếu in capitals writes names as the document’s own sentences do', async () => {
    const decree = await docxOf(
      table([[[b('CHÍNH PHỦ'), c('Số: 15/2026/NĐ-CP')], nationalColumn('Hà Nội, ngày 05 tháng 01 năm 2026')]]) +
        b('NGHỊ ĐỊNH') +
        b('QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ, SỬ DỤNG VŨ KHÍ') +
        p('Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29 tháng 6 năm 2024;') +
        p('Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí.') +
        p('Điều 1. Nghị định này có hiệu lực từ ngày ký./.') +
        b('TM. CHÍNH PHỦ') +
        b('THỦ TƯỚNG') +
        b('Phạm Minh Chính'),
    );
    const finding = (await checkDocx(decree)).findings.find((f) => f.ruleId === 'title.summary.case');
    expect(finding?.expected).toMatch(/^Quy định chi tiết một số điều của Luật Quản lý, sử dụng/);
  });

  it('a luật whose name shares the tên loại’s line ("LUẬT GIÁ", as a province’s copy of Luật 16/2023/QH15 has it) is not asked for a Nơi nhận', async () => {
    const law = await docxOf(
      table([[[b('QUỐC HỘI'), c('Luật số: 16/2023/QH15')], nationalColumn('Hà Nội, ngày 19 tháng 6 năm 2023')]]) +
        b('LUẬT GIÁ') +
        p('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;') +
        p('Quốc hội ban hành Luật Giá.') +
        p('Điều 1. Phạm vi điều chỉnh') +
        p('Luật này quy định về quyền và nghĩa vụ của cơ quan, tổ chức, cá nhân trong lĩnh vực giá.') +
        b('CHỦ TỊCH QUỐC HỘI') +
        b('Vương Đình Huệ'),
    );
    const found = await ids(law);
    expect(found).not.toContain('recipients.missing');
    expect(found).not.toContain('title.summary.case');
  });

  it('a ký hiệu whose code is not its tên loại’s ("QUYẾT ĐỊNH" numbered "/GP-UBND"), and no finding when it is', async () => {
    const header = (number: string) => table([[[b('ỦY BAN NHÂN DÂN TỈNH LÀO CAI'), c(number)], nationalColumn('Lào Cai, ngày 05 tháng 3 năm 2026')]]);
    const decision = (number: string) =>
      docxOf(
        header(number) +
          b('QUYẾT ĐỊNH') +
          b('Về việc cấp phép sử dụng vật liệu nổ công nghiệp') +
          p('Điều 1. Cấp phép cho Công ty ….') +
          p('Điều 2. Quyết định này có hiệu lực từ ngày ký./.') +
          b('CHỦ TỊCH') +
          b('Nguyễn Văn An'),
      );
    const wrong = await checkDocx(await decision('Số: 371/GP-UBND'));
    expect(wrong.findings.find((f) => f.ruleId === 'number.doctype')).toMatchObject({ found: 'Số: 371/GP-UBND', expected: 'Số: 371/QĐ-UBND' });
    // A ký hiệu that starts with the body's name lacks the tên loại's code: it is put before it.
    const bodyFirst = await checkDocx(await decision('Số: 12/ĐKT-SCT'));
    expect(bodyFirst.findings.find((f) => f.ruleId === 'number.doctype')?.expected).toBe('Số: 12/QĐ-ĐKT-SCT');
    for (const right of ['Số: 371/QĐ-UBND', 'Số: 15/2026/QĐ-UBND', 'Số:   /QĐ-UBND', 'Số: 371/QD-UBND'])
      expect(await ids(await decision(right))).not.toContain('number.doctype');
    // A Party report's "Số 05-BC/ĐU": the code stands before the "/", and is put right there.
    expect(await ids(await exported(samplePartyReport()))).not.toContain('number.doctype');
    const party = await checkDocx(await mutate(await exported(samplePartyReport()), 'word/document.xml', replace(/-BC\/ĐU/, '-KH/ĐU')));
    expect(party.findings.find((f) => f.ruleId === 'number.doctype')?.expected).toMatch(/^Số \d+-BC\/ĐU$/);
    // A công văn has no tên loại: its ký hiệu names the body and the unit.
    expect(
      await ids(
        await docxOf(
          header('Số: 12/UBND-KT') +
            c('V/v tăng cường quản lý khoáng sản') +
            p('Kính gửi: Sở Công Thương') +
            p('Nội dung./.') +
            b('CHỦ TỊCH') +
            b('Nguyễn Văn An'),
        ),
      ),
    ).not.toContain('number.doctype');
  });

  it('a header without the cơ quan ban hành (a chỉ thị as a legal site publishes it)', async () => {
    const withoutBody = await docxOf(
      table([[[c('Số: 07/CT-BTTTT')], nationalColumn('Hà Nội, ngày 18 tháng 12 năm 2008')]]) +
        b('CHỈ THỊ') +
        b('Về việc tăng cường công tác bảo đảm an toàn thông tin') +
        p('1. Các cơ quan, đơn vị triển khai ngay.') +
        p('2. Chỉ thị này có hiệu lực từ ngày ký./.') +
        b('BỘ TRƯỞNG') +
        b('Lê Doãn Hợp'),
    );
    expect((await checkDocx(withoutBody)).findings.find((f) => f.ruleId === 'header.issuing.missing')).toMatchObject({
      found: 'không có',
      where: 'Đầu văn bản',
    });
    expect(await ids(await exported(sampleReport()))).not.toContain('header.issuing.missing');
    expect(await ids(await exported(samplePartyReport()))).not.toContain('header.issuing.missing');
    // A biên bản làm việc liên ngành records several bodies' meeting: no one of them heads it (Sở Công Thương Lào Cai, 2026).
    const jointMinutes = await docxOf(
      table([[[p('')], [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc')]]]) +
        b('BIÊN BẢN LÀM VIỆC') +
        p('Hôm nay, ngày 26/5/2026 tại Sở Công Thương tỉnh Lào Cai chúng tôi cùng nhau tiến hành làm việc.') +
        p('I. Thành phần tham gia') +
        p('1. Sở Công Thương') +
        p('Biên bản kết thúc lúc 11 giờ cùng ngày./.') +
        table([
          [
            [b('ĐẠI DIỆN SỞ XÂY DỰNG'), c(''), b('Trần Văn Bình')],
            [b('ĐẠI DIỆN SỞ CÔNG THƯƠNG'), c(''), b('Nguyễn Đình Chiến')],
          ],
        ]),
    );
    expect(await ids(jointMinutes)).not.toContain('header.issuing.missing');
  });

  it('the Nơi nhận list not in 11 pt', async () => {
    const bytes = await mutate(await exported(sampleReport()), 'word/document.xml', (xml) =>
      xml.replace(/(<w:t xml:space="preserve">- [^<]*;<\/w:t>)/, '$1').replace(/<w:sz w:val="22"\/>/g, '<w:sz w:val="28"/>'),
    );
    expect(await ids(bytes)).toContain('recipients.size');
  });

  it('the state ending "./." missing, typed wrong (":\\."), or used in a Party report', async () => {
    const state = await exported(sampleReport());
    const noEnding = await mutate(state, 'word/document.xml', replace('./.</w:t>', '.</w:t>'));
    const wrongEnding = await mutate(state, 'word/document.xml', replace('./.</w:t>', ':\\.</w:t>'));
    expect(await ids(noEnding)).toEqual(['content.ending']);
    const wrong = (await checkDocx(wrongEnding)).findings.find((f) => f.ruleId === 'content.ending');
    expect(wrong?.found).toBe('kết thúc bằng ":\\."');
    const party = await exported(samplePartyReport());
    const partyDotted = await mutate(party, 'word/document.xml', (xml) =>
      xml.replace(/\.<\/w:t>(?![\s\S]*\.<\/w:t>[\s\S]*Nơi nhận)(?=[\s\S]*Nơi nhận)/, './.</w:t>'),
    );
    expect(await ids(partyDotted)).toContain('content.ending');
  });

  it.skipIf(!hasLibreOffice() && !mustRender)(
    'a quốc hiệu measured a fraction of a millimetre over its cell, on one line on the page, has not wrapped',
    async () => {
      // UBND tỉnh Lào Cai's quyết định: 14 pt bold in a 100 mm cell, 0,6 mm over by Times New Roman's widths.
      const bytes = readFileSync(join(FIXTURES_DIR, 'field', 'files', 'ubnd-lao-cai-qd-panm-ngoi-nhu-2026.docx'));
      expect(renderDocx(bytes).pages[0]).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      expect(await ids(bytes)).not.toContain('header.wrap');
    },
  );

  it('a paragraph that sets a tab stop is not indented by it: only a tab typed at its start reaches a stop', async () => {
    // Sở Công Thương Lào Cai's công văn set a stop at 128,7 mm on every body paragraph (for the
    // signature's column); the text starts at its 12,7 mm first-line indent all the same.
    const bytes = await mutate(await exported(sampleReport()), 'word/document.xml', (xml) =>
      xml.replace(/<w:pPr>/g, '<w:pPr><w:tabs><w:tab w:val="left" w:pos="7296"/></w:tabs>'),
    );
    expect(await ids(bytes)).not.toContain('body.indent');
  });

  it('a rule that is too short is too short, not missing', async () => {
    const bytes = await mutate(
      await exported(sampleReport()),
      'word/document.xml',
      replace(/<w:ind w:left="1380" w:right="1380"\/>/, '<w:ind w:left="2600" w:right="2600"/>'),
    );
    const found = await ids(bytes);
    expect(found).toContain('header.issuing.rule-length');
    expect(found).not.toContain('header.issuing.rule');
  });

  it('numbering that jumps (I. then III.)', async () => {
    const found = await ids(
      await docxOf(HEADER + b('BÁO CÁO') + b('Kết quả tháng 5') + p('I. KẾT QUẢ') + p('Nội dung.') + p('III. PHƯƠNG HƯỚNG') + p('Tiếp tục./.')),
    );
    expect(found).toContain('numbering.jump');
  });

  it('a form’s questions with their numbered answers, on the question’s line, on lines of their own or laid out in a row, count on as the page shows them', async () => {
    // Quảng Bình's phiếu thông tin về người lao động (2024): questions 1–14, each answer numbered from 1.
    const questions = (ninth: string) =>
      p('7. Nơi ở hiện tại (chỉ thu thập nếu khác nơi đăng ký thường trú): ……………') +
      p('8. Đối tượng ưu tiên (nếu có): 1. Người khuyết tật    2. Thuộc hộ nghèo, cận nghèo    3. Người dân tộc thiểu số') +
      p('4. Thuộc hộ bị thu hồi đất          5. Thân nhân của người có công với cách mạng') +
      p('6. Dân tộc thiểu số (ghi tên dân tộc): …………………') +
      p(`${ninth}. Trình độ giáo dục phổ thông cao nhất đã tốt nghiệp/đạt được:`) +
      p('1. Chưa học xong Tiểu học    2. Tốt nghiệp Tiểu học    3. Tốt nghiệp THCS    4. Tốt nghiệp THPT') +
      p('10. Trình độ chuyên môn kỹ thuật cao nhất đạt được:') +
      p('11. Tình trạng tham gia hoạt động kinh tế:') +
      p('1. Người có việc làm → Chuyển câu 12') +
      p('2. Người thất nghiệp → Chuyển câu 13') +
      p('12. Người có việc làm: ……………') +
      p('13. Người thất nghiệp 1. Chưa bao giờ làm việc    2. Đã từng làm việc') +
      p('14. Không tham gia hoạt động kinh tế do: ……………');
    const form = (ninth: string) =>
      docxOf(
        HEADER +
          b('PHIẾU THÔNG TIN VỀ NGƯỜI LAO ĐỘNG') +
          p('1. Họ, chữ đệm và tên khai sinh: ……………') +
          p('2. Ngày, tháng, năm sinh: ……………') +
          p('3. Giới tính:  1. Nam 2. Nữ') +
          p('4. Số CCCD: ……………') +
          p('5. Số điện thoại: ……………') +
          p('6. Nơi đăng ký thường trú: ……………') +
          questions(ninth),
      );
    expect(await ids(await form('9'))).not.toContain('numbering.jump');
    // A question left out is still a jump, said from the question before it.
    const skipped = (await checkDocx(await form('10'))).findings.filter((f) => f.ruleId === 'numbering.jump');
    expect(skipped.map((f) => f.found)).toEqual(['sau số 8 là số 10', 'sau số 10 là số 10']);
  });

  it('numbering inside a quoted passage (an article amended "như sau: “…”") is not the document’s own', async () => {
    // UBND tỉnh Vĩnh Long's 2024 quyết định amends Điều 6, quoting its khoản 1–10, then goes on with its own "4.".
    const quoted =
      p('3. Sửa đổi, bổ sung Điều 6 như sau:') +
      p('“Điều 6. Các nguyên tắc trong bảng giá đất') +
      p('1. Bảng giá đất căn cứ vào nguyên tắc định giá đất;') +
      p('2. Giá đất không vượt khung giá đất;') +
      p('3. Thửa đất có nhiều vị trí áp dụng giá cao nhất;') +
      p('4. Tuyến đường đưa vào bảng giá phải hoàn chỉnh hạ tầng;') +
      p('5. Giá đất nông nghiệp tại các vị trí liền kề chênh lệch khoảng 20%.”');
    const amending = (next: string) =>
      docxOf(
        HEADER +
          b('QUYẾT ĐỊNH') +
          b('Sửa đổi một số điều của Quy định') +
          p('Điều 1. Sửa đổi, bổ sung như sau:') +
          p('1. Sửa đổi khoản 3 Điều 3.') +
          p('2. Sửa đổi khoản 1 Điều 5.') +
          quoted +
          p(next) +
          p('Điều 2. Quyết định có hiệu lực kể từ ngày ký./.'),
      );
    expect(await ids(await amending('4. Sửa đổi, bổ sung Điều 10 như sau: bảng giá gồm 10 phụ lục.'))).not.toContain('numbering.jump');
    expect(await ids(await amending('5. Sửa đổi, bổ sung Điều 10 như sau: bảng giá gồm 10 phụ lục.'))).toContain('numbering.jump');
    // The same document leaves a quote open ("… hơn vị trí 1." with no ”): its next "… như sau:" line is its own again.
    const unclosed = docxOf(
      HEADER +
        b('QUYẾT ĐỊNH') +
        b('Sửa đổi một số điều của Quy định') +
        p('Điều 1. Sửa đổi, bổ sung như sau:') +
        p('1. Sửa đổi, bổ sung Điều 12 như sau:') +
        p('“Điều 12. Xác định vị trí đất') +
        p('1. Vị trí 1 áp dụng cho thửa đất mặt tiền;') +
        p('2. Vị trí 2 áp dụng cho khu vực còn lại của chợ nhưng kém sinh lợi hơn vị trí 1.') +
        p('2. Sửa đổi, bổ sung Điều 13 như sau:') +
        p('“Điều 13. Giá đất ở tại đô thị theo vị trí.”') +
        p('3. Bãi bỏ Điều 15.') +
        p('Điều 2. Quyết định có hiệu lực kể từ ngày ký./.'),
    );
    expect(await ids(await unclosed)).not.toContain('numbering.jump');
    // Nghị định 21/2026/NĐ-CP opens one quote with a single mark (‘Điều 61. … 8. … Điều này.”): its khoản are the quote's too.
    const singleMark = docxOf(
      HEADER +
        b('NGHỊ ĐỊNH') +
        b('Sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP') +
        p('Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP') +
        p('1. Sửa đổi, bổ sung Điều 61 như sau:') +
        p('‘Điều 61. Cấp giấy phép khai thác khoáng sản') +
        ['Điều kiện cấp phép;', 'Hồ sơ đề nghị;', 'Trình tự thẩm định;', 'Thời hạn giải quyết;', 'Mẫu văn bản, tài liệu.”.']
          .map((t, k) => p(`${k + 1}. ${t}`))
          .join('') +
        p('2. Sửa đổi, bổ sung khoản 3 Điều 62 như sau: giấy phép hết hạn được gia hạn.') +
        p('Điều 2. Nghị định có hiệu lực kể từ ngày ký./.'),
    );
    expect(await ids(await singleMark)).not.toContain('numbering.jump');
  });

  it('"V/v" in a document that is not a công văn', async () => {
    const found = await checkDocx(await docxOf(HEADER + b('BÁO CÁO') + b('V/v kết quả công tác tháng 5') + p('I. KẾT QUẢ') + p('Nội dung./.')));
    expect(found.findings.find((f) => f.ruleId === 'summary.vv')?.expected).toBe('Kết quả công tác tháng 5');
  });

  it('a Nơi nhận item without its ";", and "Cần" written from the file’s own lines', async () => {
    const signature = table([
      [
        [p('Nơi nhận:'), p('- UBND tỉnh'), p('- Lưu VT, VP.')],
        [b('CHỦ TỊCH'), c(''), c(''), b('Đinh Văn Tâm')],
      ],
    ]);
    const result = await checkDocx(await docxOf(HEADER.replace('Số: 15/BC-UBND', 'Số:15/BC-UBND') + BODY + signature));
    const byId = new Map(result.findings.map((f) => [f.ruleId, f]));
    expect(byId.get('recipients.item-end')?.expected).toBe('- UBND tỉnh;');
    expect(byId.get('recipients.file-copy')?.expected).toBe('- Lưu: VT, VP.');
    expect(byId.get('number.form')?.expected).toBe('Số: 15/BC-UBND');
  });

  it('a quyền hạn typed without its space ("KT.CHỦ TỊCH")', async () => {
    const signature = table([
      [
        [p('Nơi nhận:'), p('- Lưu: VT.')],
        [b('TM. ỦY BAN NHÂN DÂN'), b('KT.CHỦ TỊCH'), b('PHÓ CHỦ TỊCH'), c(''), b('Đinh Văn Tâm')],
      ],
    ]);
    const result = await checkDocx(await docxOf(HEADER + BODY + signature));
    expect(result.findings.find((f) => f.ruleId === 'signature.prefix')?.expected).toBe('KT. CHỦ TỊCH');
  });
});

describe.skipIf(!hasLibreOffice() && !mustRender)('an old .doc', () => {
  it('is checked on what its text shows, and the report says what was left unchecked', async () => {
    const typed = await mutate(await exported(sampleReport()), 'word/document.xml', (xml) => xml.replace(/Số: 05\//, 'Số: 5/'));
    const doc = convertWithLibreOffice({ name: 'bao-cao.docx', bytes: typed }, 'MS Word 97', 'doc');
    const result = await checkWordFile(doc);
    expect(result.textOnly).toBe(true);
    expect(result.lastPageMethod).toBe('text-only');
    expect(defectsOf(result).map((f) => f.ruleId)).toEqual(['number.zero-pad']);
  }, 120_000);
});
