/**
 * Element-level checks of the Word XML for each profile, plus mammoth as a real reader.
 * (LibreOffice renders are in libreoffice-render.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { measureTextPt } from '#shared/the-thuc/text-width';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { mammothHtml, mammothText, paragraphsOf, readDocxParts } from '../support/docx-reader';
import { fullFeatureReport, sampleReport, samplePartyReport } from '../support/fixtures';

const TODAY = new Date('2026-06-05T08:00:00');

describe('state report (ND30) in Word XML', async () => {
  const { bytes } = await exportReportDocx(sampleReport(), TODAY);
  const parts = await readDocxParts(bytes);

  it('is A4 with 20/20/30/15 mm margins', () => {
    expect(parts.documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(parts.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/);
  });

  it('sets Times New Roman in all four font slots and vi-VN proofing by default', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.stylesXml)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('numbers pages from page 2: a different, empty first-page header and a PAGE field', () => {
    expect(parts.documentXml).toContain('<w:titlePg/>');
    expect(parts.documentXml).toMatch(/<w:headerReference w:type="first"/);
    expect(parts.documentXml).toMatch(/<w:headerReference w:type="default"/);
    const withPage = parts.headerXmls.filter((h) => /PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toContain('<w:jc w:val="center"/>');
    expect(parts.headerXmls.filter((h) => !/PAGE/.test(h))).toHaveLength(1);
  });

  it('lays the header out as a borderless two-column table', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.documentXml)?.[0] ?? '';
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    // 80 + 105 mm: the left column widened for "PHƯỜNG TRƯƠNG QUANG TRỌNG" (78 mm in 13 pt bold).
    expect(table).toMatch(/<w:gridCol w:w="4535"\/><w:gridCol w:w="5953"\/>/);
    // The only lines are the short rules (paragraph borders); table and cells draw none.
    expect(table.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/g, '')).not.toMatch(/w:val="single"/);
    expect(paragraphsOf(table)).toEqual(
      expect.arrayContaining(['UBND TỈNH QUẢNG NGÃI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 05/BC-UBND']),
    );
  });

  it('writes the date line in italics and the body justified with a first-line indent', () => {
    expect(parts.documentXml).toMatch(/<w:i\/><w:iCs\/>[\s\S]{0,80}<w:t[^>]*>Trương Quang Trọng, ngày 05 tháng 6 năm 2026<\/w:t>/);
    const body = /<w:style [^>]*w:styleId="BaoCaoBody">[\s\S]*?<\/w:style>/.exec(parts.stylesXml)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="720"/>');
    expect(body).toMatch(/w:before="120"/); // ≥ 6 pt between paragraphs
  });

  it('reads back through mammoth with nothing lost', async () => {
    const { text, messages } = await mammothText(bytes);
    expect(messages).toEqual([]);
    for (const piece of [
      'BÁO CÁO',
      'a) Thanh toán điện tử',
      '2.350 lượt',
      'Bảng 1. Một số chỉ tiêu chuyển đổi số',
      '0,88%',
      'TM. ỦY BAN NHÂN DÂN',
      '- Lưu: VT, VP.',
    ]) {
      expect(text).toContain(piece);
    }
  });
});

describe('Party report (HD 05) in Word XML', async () => {
  const { bytes } = await exportReportDocx(samplePartyReport(), TODAY);
  const parts = await readDocxParts(bytes);
  const paragraphs = paragraphsOf(parts.documentXml);

  it('writes the Party title, "*", the number without a colon and "-----"', () => {
    expect(paragraphs).toEqual(expect.arrayContaining(['ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 05-BC/ĐU', '-----']));
    expect(paragraphs.some((p) => p.startsWith('Số:'))).toBe(false);
  });

  it('sets the body at exactly 18 pt line spacing with a 10 mm indent', () => {
    const body = /<w:style [^>]*w:styleId="BaoCaoBody">[\s\S]*?<\/w:style>/.exec(parts.stylesXml)?.[0] ?? '';
    expect(body).toMatch(/w:line="360" w:lineRule="exact"/);
    expect(body).toContain('<w:ind w:firstLine="567"/>');
  });

  it('underlines "Nơi nhận:" and signs T/M', () => {
    expect(parts.documentXml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,120}<w:t[^>]*>Nơi nhận:<\/w:t>/);
    expect(paragraphs).toContain('T/M BAN THƯỜNG VỤ');
  });
});

describe('hostile text never breaks the file', () => {
  it('drops XML-forbidden characters and keeps emoji, long text and mixed scripts readable', async () => {
    const report = sampleReport();
    const hostile = `Ký tự\u0001 điều\u001F khiển \uFFFF, emoji 🎉, 中文, русский, <b>&"'</b> ${'dài '.repeat(5000)}`;
    report.sections[0]!.blocks = [{ type: 'paragraph', text: hostile }];
    const { validateReportFile } = await import('#shared/report-format/read-report-file');
    const checked = validateReportFile(report);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { bytes } = await exportReportDocx(checked.report, TODAY);
    const { text, messages } = await mammothText(bytes);
    expect(messages).toEqual([]);
    expect(text).toContain('Ký tự điều khiển , emoji 🎉, 中文, русский, <b>&"\'</b>');
  });
});

describe('sections: landscape tables and phụ lục', async () => {
  const { fullFeatureReport } = await import('../support/fixtures');
  const { checkDocx } = await import('../../electron/core/checker/check-docx');
  const { bytes } = await exportReportDocx(fullFeatureReport(), TODAY);
  const parts = await readDocxParts(bytes);
  const sections = parts.documentXml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];

  it('puts the wide table on a landscape page between portrait ones, then one section per phụ lục', () => {
    expect(sections).toHaveLength(5);
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    for (const i of [0, 2, 3, 4]) expect(sections[i]).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('restarts page numbers at 1 in each phụ lục, with no number on its first page', () => {
    for (const i of [3, 4]) {
      expect(sections[i]).toContain('<w:pgNumType w:start="1"/>');
      expect(sections[i]).toContain('<w:titlePg/>');
    }
    expect(sections[1]).not.toContain('<w:titlePg/>');
  });

  it('still passes the thể thức checker', async () => {
    expect((await checkDocx(bytes)).findings).toEqual([]);
  });

  it('writes Kính gửi, the phần labels, the phụ lục labels and right-aligned figures', async () => {
    const { text } = await mammothText(bytes);
    for (const piece of [
      'Kính gửi:',
      '- Ủy ban nhân dân tỉnh Quảng Ngãi;',
      'Phần thứ nhất',
      'KẾT QUẢ THỰC HIỆN',
      'Phần thứ hai',
      'Phụ lục I',
      'Phụ lục II',
      '(Kèm theo Báo cáo số 05/BC-UBND ngày 05 tháng 6 năm 2026)',
      '- Như trên;',
    ]) {
      expect(text).toContain(piece);
    }
    expect(parts.documentXml).toMatch(
      /<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t xml:space="preserve">312<\/w:t>/,
    );
  });

  it('writes dash items with "-" and "+" and keeps their bold, italic and underline (as mammoth reads them)', async () => {
    const { text } = await mammothText(bytes);
    expect(text).toContain('- Mô hình chợ 4.0');
    expect(text).toContain('+ Chợ Nghĩa Lộ: thanh toán không dùng tiền mặt');
    expect(text).toContain('- Mô hình tổ dân phố số');
    const html = await mammothHtml(bytes);
    expect(html).toContain('<p>+ <strong>Chợ Nghĩa Lộ:</strong> thanh toán <em>không dùng tiền mặt</em></p>');
    expect(html).toContain('<p>- Mô hình <u>tổ dân phố số</u></p>');
  });
});

describe('a long cơ quan name broken where the clerk wanted', () => {
  it('is written line by line in the header, the rule under the longest line, and still passes the checker', async () => {
    const { checkDocx } = await import('../../electron/core/checker/check-docx');
    const report = sampleReport();
    report.header.parentBody = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI';
    report.header.issuingBody = 'BAN CHỈ ĐẠO THỰC HIỆN CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA XÃ AN HẢI';
    const { bytes } = await exportReportDocx(report, TODAY);
    const { text } = await mammothText(bytes);
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    // The clerk's break is kept; a typed line wider than the column can ever be is filled word by word.
    expect(lines).toEqual(expect.arrayContaining(['BAN CHỈ ĐẠO THỰC HIỆN', 'CHƯƠNG TRÌNH', 'MỤC TIÊU QUỐC GIA', 'XÃ AN HẢI']));
    expect(lines).toContain('TỈNH QUẢNG NGÃI');
    expect((await checkDocx(bytes)).findings).toEqual([]);
  });
});

describe('what Word shows around the text', () => {
  it('gives headings outline levels (navigation pane, table of contents) and the file its properties', async () => {
    const JSZip = (await import('jszip')).default;
    const { bytes } = await exportReportDocx(fullFeatureReport(), TODAY, { reportId: 'r-123' });
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const document = await zip.file('word/document.xml')!.async('string');
    // The report has Phần: the phần title is level 1 (outlineLvl 0), mục level 2, khoản level 3.
    expect(styles).toMatch(/w:styleId="BaoCaoPart">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(document).toMatch(/<w:pStyle w:val="BaoCaoPart"\/>[\s\S]*?KẾT QUẢ THỰC HIỆN/);
    expect(document).toMatch(/<w:pStyle w:val="BaoCaoHeading2"\/>[^]*?I\. CÔNG TÁC QUÁN TRIỆT/);
    expect(document).toMatch(/<w:pStyle w:val="BaoCaoHeading3"\/>[^]*?1\. Xây dựng chính quyền số/);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số</dc:title>');
    expect(core).toContain('<dc:subject>BÁO CÁO</dc:subject>');
    expect(core).toContain('<dc:creator>ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG</dc:creator>');
    expect(await zip.file('docProps/app.xml')!.async('string')).toContain('<Company>ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG</Company>');
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toMatch(/name="SoanBaoCao\.ReportId"><vt:lpwstr>r-123<\/vt:lpwstr>/);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/docProps/custom.xml"');
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('Target="docProps/custom.xml"');
  });
});

describe('Mục lục', () => {
  it('ends a long report with a TOC field Word fills, its entries already written for LibreOffice', async () => {
    const JSZip = (await import('jszip')).default;
    const { bytes } = await exportReportDocx(fullFeatureReport(), TODAY, { tableOfContents: true });
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    // Outline levels 1–3 (\\o, and the levels the headings' styles apply, \\u), entries as links (\\h), no page numbers in web view (\\z).
    const instruction = /<w:instrText[^>]*>\s*(TOC [^<]*)<\/w:instrText>/.exec(document)?.[1] ?? '';
    expect(
      instruction
        .replace(/&quot;/g, '"')
        .split(/\s+(?=\\)/)
        .slice(1)
        .sort(),
    ).toEqual(['\\h', '\\o "1-3"', '\\u', '\\z']);
    expect(await zip.file('word/settings.xml')!.async('string')).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    const { text } = await mammothText(bytes);
    const contents = text.slice(text.lastIndexOf('MỤC LỤC'));
    // Each entry as Word lists it from the headings, a link to a bookmark on its heading.
    for (const entry of ['KẾT QUẢ THỰC HIỆN', 'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN', '1. Xây dựng chính quyền số']) expect(contents).toContain(entry);
    // Without asking for it, no Mục lục and no field update on opening.
    const plain = await JSZip.loadAsync((await exportReportDocx(fullFeatureReport(), TODAY)).bytes);
    expect(await plain.file('word/document.xml')!.async('string')).not.toContain('TOC \\o');
    expect(await plain.file('word/settings.xml')!.async('string')).not.toContain('updateFields');
    const { checkDocx } = await import('../../electron/core/checker/check-docx');
    expect((await checkDocx(bytes)).findings).toEqual([]);
  });
});

describe('a figures table in the Word file', () => {
  it('gives the STT column room for "STT" in bold, so Word does not wrap it to "ST/T"', async () => {
    const report = sampleReport();
    const section = report.sections[0]!;
    section.blocks = [
      ...(section.blocks ?? []),
      {
        type: 'indicators',
        previousLabel: 'Năm 2025',
        currentLabel: 'Năm 2026',
        rows: [
          { name: 'Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình', unit: 'hồ sơ', previous: '1584', current: '2067' },
          { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%', previous: '96.5', current: '98.2' },
        ],
      },
    ];
    const { bytes } = await exportReportDocx(report, TODAY);
    const parts = await readDocxParts(bytes);
    const table = [...parts.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('>STT<'));
    expect(table).toBeDefined();
    const firstColumnPt = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(table!)?.[1]) / 20;
    // 4 pt of cell margin each side, as the table is written.
    expect(firstColumnPt - 8).toBeGreaterThanOrEqual(measureTextPt('STT', 13, { bold: true }));
    // And the figure is written the Vietnamese way, not taken for a year.
    expect(table).toContain('>2.067<');
  });
});
