/**
 * "Nhập từ tệp Word": reports come back from Word files whoever wrote them — our exporter,
 * Word with numbering, heading styles or bold labels only, a one-cell header table, the header
 * in text boxes, .VnTime fonts, LibreOffice, an old .doc — and nothing is dropped silently.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { assembleReport } from '#shared/word-import/assemble';
import { readReportFile } from '#shared/report-format/read-report-file';
import { compareImport, corpusReports, foreignDocx, type ForeignStyle } from '../support/import-corpus';
import { reportHtml } from '../support/import-corpus-text';
import { convertWithLibreOffice, hasLibreOffice, mustRender } from '../support/libreoffice';
import { b, docxOf, p } from '../support/raw-docx';

const corpus = corpusReports();

async function importBytes(bytes: Uint8Array) {
  return importWordSource(await readWordFile(bytes));
}

function expectWhole(name: string, score: ReturnType<typeof compareImport>, words = false) {
  expect({ name, header: score.header.differences }).toEqual({ name, header: [] });
  expect({ name, titles: score.titles.missing }).toEqual({ name, titles: [] });
  expect({ name, texts: (words ? score.plainTexts : score.texts).missing }).toEqual({ name, texts: [] });
  expect({ name, tables: score.tables.missing, signer: score.signer, recipients: score.recipients }).toEqual({
    name,
    tables: [],
    signer: true,
    recipients: true,
  });
}

describe('Word files we exported come back identical', () => {
  it('every template in every profile: header, parts, texts with marks, tables, signer, Nơi nhận; a valid report file', async () => {
    for (const { name, report } of corpus) {
      const draft = await importBytes((await exportReportDocx(report, new Date('2026-06-05'))).bytes);
      expectWhole(name, compareImport(report, draft.report));
      expect(draft.unplaced).toEqual([]);
      expect(readReportFile(JSON.stringify(draft.report)).ok).toBe(true);
    }
  });
});

describe('reports written by other programs come back', () => {
  for (const style of ['numbering', 'heading-styles', 'plain', 'one-cell-header', 'text-box-header', 'tcvn3'] satisfies ForeignStyle[]) {
    it(`hand-written OOXML: ${style}`, async () => {
      for (const { name, report } of corpus)
        expectWhole(`${name} (${style})`, compareImport(report, (await importBytes(await foreignDocx(report, style))).report));
    });
  }

  it.skipIf(!hasLibreOffice() && !mustRender)('LibreOffice from an HTML page, and the same as an old .doc (text only, said so)', async () => {
    for (const { name, report } of corpus.filter((c) => /\/(state|party)$/.test(c.name))) {
      const html = { name: 'bao-cao.html', bytes: reportHtml(report) };
      expectWhole(`${name} (LibreOffice)`, compareImport(report, (await importBytes(convertWithLibreOffice(html, 'MS Word 2007 XML', 'docx'))).report));
      const doc = await importBytes(convertWithLibreOffice(html, 'MS Word 97', 'doc'));
      expect(doc.textOnly).toBe(true);
      expectWhole(`${name} (.doc)`, compareImport(report, doc.report), true);
    }
  });
});

describe('what the reader keeps and what it says', () => {
  it('reads a leader’s tracked insertion, not the deleted text nor field codes', async () => {
    const body =
      b('BÁO CÁO') +
      b('Kết quả công tác tháng 5 năm 2026') +
      p('I. KẾT QUẢ') +
      '<w:p><w:r><w:t xml:space="preserve">Đã giải quyết </w:t></w:r><w:del w:author="Lãnh đạo"><w:r><w:delText>120</w:delText></w:r></w:del><w:ins w:author="Lãnh đạo"><w:r><w:t>125</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> hồ sơ</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>';
    const draft = await importBytes(await docxOf(body));
    expect(draft.report.sections[0]!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Đã giải quyết 125 hồ sơ.' }] }]);
  });

  it('drops characters XML 1.0 forbids (a NUL, a lone surrogate), so the report it makes exports again', async () => {
    const body =
      b('BÁO CÁO') +
      b('Kết quả công tác tháng 5 năm 2026') +
      p('I. KẾT QUẢ') +
      '<w:p><w:r><w:t xml:space="preserve">Đã giải&#x0; quyết&#xD800; 125 hồ sơ&#x1F;.</w:t></w:r></w:p>';
    const draft = await importBytes(await docxOf(body));
    const text = JSON.stringify(draft.report);
    expect(text).not.toMatch(/\\u0000|\\ud800|\\u001f/i);
    expect(draft.report.sections[0]!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Đã giải quyết 125 hồ sơ.' }] }]);
    const again = await exportReportDocx(draft.report, new Date('2026-06-05T00:00:00Z'));
    const xml = await (await JSZip.loadAsync(again.bytes)).file('word/document.xml')!.async('string');
    expect([...xml].filter((ch) => ch.charCodeAt(0) < 0x09 || (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff))).toEqual([]);
  });

  it('lists what it could not place — never drops it — and the clerk’s choice of role rebuilds the report', async () => {
    const body =
      b('BÁO CÁO') +
      b('Kết quả công tác tháng 5 năm 2026') +
      p('I. KẾT QUẢ') +
      p('Nội dung.') +
      p('Nơi nhận:') +
      p('- Lưu: VT.') +
      b('CHỦ TỊCH') +
      b('Nguyễn Văn An') +
      p('Ghi chú viết tay sau chữ ký (không phải phụ lục)');
    const draft = await importBytes(await docxOf(body));
    expect(draft.report.signature).toMatchObject({ position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' });
    expect(draft.unplaced.map((l) => [l.source, l.note])).toEqual([['Ghi chú viết tay sau chữ ký (không phải phụ lục)', 'Dòng sau phần chữ ký']]);
    // The clerk makes it a paragraph: it joins the last part.
    const lines = draft.lines.map((l) => (l.role === 'unplaced' ? { ...l, role: 'paragraph' as const } : l));
    const rebuilt = assembleReport(lines, draft.profile);
    expect(rebuilt.unplaced).toEqual([]);
    expect(rebuilt.report.sections[0]!.blocks!.map((block) => (block.type === 'paragraph' ? block.runs!.map((r) => r.text).join('') : ''))).toEqual([
      'Nội dung.',
      'Ghi chú viết tay sau chữ ký (không phải phụ lục)',
    ]);
  });

  it('leaves Unicode text alone when the style names .VnTime (an office template whose new text was typed in Unicode)', async () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style></w:styles>`;
    const source = await readWordFile(
      await docxOf(p('1. Tình hình quản lý, sử dụng VLNCN') + p('Tổng hợp: 40 tổ chức.') + p('§Þa bµn tØnh'), { 'styles.xml': styles }),
    );
    expect(source.items.map((item) => (item.kind === 'paragraph' ? item.text : ''))).toEqual([
      '1. Tình hình quản lý, sử dụng VLNCN',
      'Tổng hợp: 40 tổ chức.',
      'Địa bàn tỉnh',
    ]);
  });

  it('names Word numbering’s labels: I., 1., a), a level restarting under a new parent, a start override', async () => {
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num></w:numbering>`;
    const item = (text: string, ilvl: number) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr>`);
    const body =
      b('BÁO CÁO') +
      b('Báo cáo tháng 5 năm 2026') +
      item('KẾT QUẢ', 0) +
      item('Về kinh tế', 1) +
      item('Nông nghiệp', 2) +
      item('Thương mại', 2) +
      item('Về xã hội', 1) +
      item('PHƯƠNG HƯỚNG', 0) +
      item('Trọng tâm', 1);
    const draft = await importBytes(await docxOf(body, { 'numbering.xml': numbering }));
    expect(draft.lines.filter((l) => l.role === 'heading').map((l) => `${l.level}:${l.source}`)).toEqual([
      '1:KẾT QUẢ',
      '2:Về kinh tế',
      '3:Nông nghiệp',
      '3:Thương mại',
      '2:Về xã hội',
      '1:PHƯƠNG HƯỚNG',
      '2:Trọng tâm',
    ]);
    const [first, second] = draft.report.sections;
    expect(first!.children!.map((c) => [c.title, c.children!.map((g) => g.title)])).toEqual([
      ['Về kinh tế', ['Nông nghiệp', 'Thương mại']],
      ['Về xã hội', []],
    ]);
    expect(second!.children!.map((c) => c.title)).toEqual(['Trọng tâm']);
  });

  it('refuses a file that is not Word, a password-protected one, a damaged .doc and a huge one, saying what to do', async () => {
    const refusal = (bytes: Uint8Array) =>
      readWordFile(bytes).then(
        () => 'đọc được',
        (e: Error) => e.message,
      );
    expect(await refusal(Buffer.from('\x89PNG\r\n\x1a\n ảnh chụp', 'latin1'))).toContain('không phải tệp Word (.docx, .doc) hay PDF');
    // A PDF is read now (issue 35); one that is only its first line is damaged.
    expect(await refusal(Buffer.from('%PDF-1.7'))).toContain('Tệp PDF này bị hỏng');
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    expect(await refusal(ole)).toContain('đặt mật khẩu');
    expect(await refusal(Buffer.concat([ole.subarray(0, 8), Buffer.alloc(600)]))).toContain('bị hỏng');
    const huge = Buffer.alloc(64 * 1024 * 1024 + 1);
    huge.write('PK\u0003\u0004', 'latin1');
    expect(await refusal(huge)).toContain('lớn quá 64 MB');
  });
});
