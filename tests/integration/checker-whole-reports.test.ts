/**
 * Whole reports from other writers. A correct one, hand-written in another program's way,
 * passes; "plausible but wrong" ones get every one of their several findings and nothing else.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../electron/core/checker/check-docx';
import { exported, mutate, replace } from '../support/docx-mutations';
import { handWrittenReport } from '../support/hand-written-docx';
import { samplePartyReport } from '../support/fixtures';
import { hasLibreOffice, mustRender } from '../support/libreoffice';

const ruleIds = async (bytes: Uint8Array) => (await checkDocx(bytes)).findings.map((f) => f.ruleId).sort();

describe('hand-written OOXML (run formatting, simple fields, drawn lines, default cell margins)', () => {
  it('a correct report passes, with rules drawn as VML lines or as borders', async () => {
    expect(await ruleIds(await handWrittenReport())).toEqual([]);
    expect(await ruleIds(await handWrittenReport({ rules: 'border' }))).toEqual([]);
  });

  it.each([
    ['rules missing everywhere', { rules: 'none' as const }, ['header.issuing.rule', 'header.motto.rule', 'title.rule']],
    ['a borderless table', { table: { borders: false, boldHeader: true, repeatHeader: true } }, ['table.borders']],
    [
      'a header row neither bold nor repeated',
      { table: { borders: true, boldHeader: false, repeatHeader: false } },
      ['table.header-bold', 'table.header-repeat'],
    ],
    ['body without indent, at 2 lines', { body: { indent: 0, line: 480 } }, ['body.indent', 'body.line-spacing']],
    ['right column too narrow for the quốc hiệu', { columns: [4200, 5300] as [number, number] }, ['header.wrap']],
  ])('%s: exactly those findings', async (_name, options, expected) => {
    expect(await ruleIds(await handWrittenReport(options))).toEqual([...expected].sort());
  });

  it('the plausible but wrong report a văn thư sends back: equal columns, no rules, a bare table', async () => {
    const bytes = await handWrittenReport({ columns: [4600, 4600], rules: 'none', table: { borders: false, boldHeader: false, repeatHeader: false } });
    const findings = (await checkDocx(bytes)).findings;
    expect(findings.map((f) => f.ruleId).sort()).toEqual([
      'header.issuing.rule',
      'header.motto.rule',
      'header.wrap',
      'header.wrap',
      'table.borders',
      'table.header-bold',
      'table.header-repeat',
      'title.rule',
    ]);
    // The quốc hiệu and the date both wrap in an 81.1 mm column (less 3.8 mm of cell margins).
    expect(findings.filter((f) => f.ruleId === 'header.wrap').map((f) => f.where)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Quảng Ngãi, ngày 15 tháng 6 năm 2026',
    ]);
    expect(findings.find((f) => f.ruleId === 'header.wrap')?.found).toMatch(/xuống dòng: chữ rộng 95,\d mm, chỗ cho chữ chỉ 77,\d mm/);
  });
});

describe('a Party report with three slips in it (our export, edited)', () => {
  it('gets the three findings', async () => {
    let bytes = await exported(samplePartyReport());
    bytes = await mutate(bytes, 'word/document.xml', (xml) =>
      replace(
        'Số 05-BC/ĐU',
        'Số: 05-BC/ĐU',
      )(xml)
        .replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ')
        .replace('<w:t xml:space="preserve">-----</w:t>', '<w:t xml:space="preserve"></w:t>'),
    );
    expect(await ruleIds(bytes)).toEqual(['number.party-colon', 'signature.prefix', 'title.mark']);
  });
});

describe.skipIf(!hasLibreOffice() && !mustRender)('a report LibreOffice made from an HTML page', () => {
  it('gets everything wrong with it and nothing else: squeezed header, no page numbers, no rules, a bare table, no signature', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-html-'));
    const html =
      '<html><head><meta charset="utf-8"><style>@page { size: 21cm 29.7cm; margin: 2cm 1.5cm 2cm 3cm } body { font-family: "Times New Roman"; font-size: 14pt } p { margin: 6pt 0 0 0; text-indent: 1.27cm; text-align: justify }</style></head><body>' +
      '<table style="width:16cm"><tr><td style="width:6cm;text-align:center"><p style="text-indent:0;text-align:center;font-size:13pt">UBND TỈNH QUẢNG NGÃI</p><p style="text-indent:0;text-align:center;font-size:13pt"><b>SỞ NỘI VỤ</b></p><p style="text-indent:0;text-align:center;font-size:13pt">Số: 12/BC-SNV</p></td>' +
      '<td style="width:10cm;text-align:center"><p style="text-indent:0;text-align:center;font-size:13pt"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p style="text-indent:0;text-align:center"><b>Độc lập - Tự do - Hạnh phúc</b></p><p style="text-indent:0;text-align:center"><i>Quảng Ngãi, ngày 15 tháng 6 năm 2026</i></p></td></tr></table>' +
      '<p style="text-indent:0;text-align:center;margin-top:18pt"><b>BÁO CÁO</b></p><p style="text-indent:0;text-align:center"><b>Kết quả cải cách hành chính 6 tháng đầu năm 2026</b></p><p></p>' +
      '<p>Trong 6 tháng đầu năm 2026, Sở Nội vụ đã tiếp nhận và giải quyết hồ sơ thủ tục hành chính đúng hạn, công khai, minh bạch; tỷ lệ hồ sơ trực tuyến tăng rõ rệt so với cùng kỳ.</p>' +
      '<table><tr><td>Chỉ tiêu</td><td>Kế hoạch</td><td>Thực hiện</td></tr><tr><td>Hồ sơ trực tuyến</td><td>1.200</td><td>1.315</td></tr></table>' +
      '<p>Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện theo đúng quy định; người dân đánh giá cao thái độ phục vụ của cán bộ, công chức./.</p>' +
      '</body></html>';
    writeFileSync(join(dir, 'bao-cao.html'), html);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        join(dir, 'bao-cao.html'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const ids = await ruleIds(readFileSync(join(dir, 'bao-cao.docx')));
    // LibreOffice squeezes the HTML table: the quốc hiệu wraps (the cơ quan chủ quản too, which ND30 allows); the figures keep
    // HTML's left alignment. One page: nothing to number.
    expect(ids).toEqual([
      'header.issuing.rule',
      'header.motto.rule',
      'header.wrap',
      'recipients.missing',
      'signature.missing',
      'table.borders',
      'table.figures-align',
      'table.header-bold',
      'table.header-repeat',
      'title.rule',
    ]);
  }, 120_000);
});
