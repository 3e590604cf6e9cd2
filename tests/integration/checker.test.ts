/**
 * "Kiểm tra thể thức": every file our exporter writes passes, and each deliberately broken file
 * (one defect each, made by editing our own export's XML) gets exactly the finding for it.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../electron/core/checker/check-docx';
import type { ReportFile } from '#shared/report-format/schema';
import { PROFILE_IDS } from '#shared/domain/vocabulary';
import { exported, mutate, replace, type Defect } from '../support/docx-mutations';
import { longReport, sampleReport, samplePartyReport } from '../support/fixtures';

describe('files our exporter writes pass the checker', () => {
  for (const profile of PROFILE_IDS) {
    it(`profile ${profile}`, async () => {
      const base = profile === 'party' || profile === 'youth-union' ? samplePartyReport() : sampleReport();
      const symbol = profile === 'party' || profile === 'youth-union' ? 'BC/ĐU' : 'BC-UBND';
      const recipients = profile === 'party' || profile === 'youth-union' ? ['Lưu Văn phòng.'] : ['Lưu: VT, VP.'];
      const report: ReportFile = { ...base, profile, header: { ...base.header, symbol }, recipients };
      const result = await checkDocx(await exported(report), profile);
      expect(result.findings).toEqual([]);
    });
  }

  it('also a long report, and with the number and date left blank', async () => {
    const report = longReport(20);
    report.header.number = '';
    report.header.date = null;
    expect((await checkDocx(await exported(report))).findings).toEqual([]);
  });

  it('recognises the profile from the header', async () => {
    expect((await checkDocx(await exported(samplePartyReport()))).profile).toBe('party');
    expect((await checkDocx(await exported(sampleReport()))).profile).toBe('state');
  });
});

const DEFECTS: Defect[] = [
  { name: 'left margin 25 mm', report: sampleReport, part: 'word/document.xml', edit: replace('w:left="1701"', 'w:left="1417"'), finding: 'page.margin-left' },
  {
    name: 'US Letter paper',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('<w:pgSz w:w="11906" w:h="16838"', '<w:pgSz w:w="12240" w:h="15840"'),
    finding: 'page.size',
  },
  { name: 'page number on page 1', report: sampleReport, part: 'word/document.xml', edit: replace('<w:titlePg/>', ''), finding: 'page-number.on-first-page' },
  { name: 'no page numbers', report: sampleReport, part: 'header', edit: replace(/PAGE/g, 'DATE'), finding: 'page-number.missing' },
  {
    name: 'Arial body font',
    report: sampleReport,
    part: 'word/styles.xml',
    edit: replace(/w:hAnsi="Times New Roman"/g, 'w:hAnsi="Arial"'),
    finding: 'font.family',
  },
  {
    name: 'date upright',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(
      /<w:i\/><w:iCs\/>(<w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t xml:space="preserve">Trương Quang Trọng, ngày)/,
      '<w:i w:val="false"/><w:iCs w:val="false"/>$1',
    ),
    finding: 'date.italic',
  },
  {
    name: 'number without zero',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('Số: 05/BC-UBND', 'Số: 5/BC-UBND'),
    finding: 'number.zero-pad',
  },
  {
    name: 'Party number with a colon',
    report: samplePartyReport,
    part: 'word/document.xml',
    edit: replace('Số 05-BC/ĐU', 'Số: 05-BC/ĐU'),
    finding: 'number.party-colon',
  },
  {
    name: 'state number in Party form',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('Số: 05/BC-UBND', 'Số 05-BC-UBND'),
    finding: 'number.form',
  },
  { name: 'month 6 written 06', report: sampleReport, part: 'word/document.xml', edit: replace('tháng 6 năm', 'tháng 06 năm'), finding: 'date.month-pad' },
  {
    name: 'day 5 written without zero',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('ngày 05 tháng', 'ngày 5 tháng'),
    finding: 'date.day-pad',
  },
  {
    name: 'no rule under the tiêu ngữ',
    report: sampleReport,
    part: 'word/document.xml',
    edit: (xml) => xml.replace(/(Hạnh phúc<\/w:t><\/w:r><\/w:p><w:p><w:pPr>)<w:pBdr>.*?<\/w:pBdr>/, '$1'),
    finding: 'header.motto.rule',
  },
  {
    name: 'tiêu ngữ with long dashes',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'),
    finding: 'header.motto.form',
  },
  {
    name: 'quốc hiệu at 14 pt',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(/<w:sz w:val="26"\/><w:szCs w:val="26"\/>(<\/w:rPr><w:t xml:space="preserve">CỘNG HÒA)/, '<w:sz w:val="28"/><w:szCs w:val="28"/>$1'),
    finding: 'header.national.size',
  },
  {
    name: '"TM" without its dot',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('TM. ỦY BAN NHÂN DÂN', 'TM ỦY BAN NHÂN DÂN'),
    finding: 'signature.prefix',
  },
  {
    name: 'Party signed "TM."',
    report: samplePartyReport,
    part: 'word/document.xml',
    edit: replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ'),
    finding: 'signature.prefix',
  },
  {
    name: '"Nơi nhận:" upright',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(
      /<w:b\/><w:bCs\/><w:i\/><w:iCs\/>(<w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:)/,
      '<w:b/><w:bCs/><w:i w:val="false"/><w:iCs w:val="false"/>$1',
    ),
    finding: 'recipients.label-style',
  },
  {
    name: 'file copy line without VT',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('- Lưu: VT, VP.', '- Lưu VP.'),
    finding: 'recipients.file-copy',
  },
  {
    name: 'body at 12 pt',
    report: sampleReport,
    part: 'word/styles.xml',
    edit: (xml) =>
      xml.replace(/(<w:style [^>]*w:styleId="BaoCaoBody">[\s\S]*?)<w:sz w:val="28"\/><w:szCs w:val="28"\/>/, '$1<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    finding: 'body.size',
  },
  {
    name: 'Party report with Kính gửi',
    report: samplePartyReport,
    part: 'word/document.xml',
    edit: replace(
      '<w:t xml:space="preserve">BÁO CÁO</w:t>',
      '<w:t xml:space="preserve">BÁO CÁO</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Kính gửi: Ban Thường vụ Tỉnh ủy</w:t>',
    ),
    finding: 'kinh-gui.party',
  },
];

describe('each deliberately broken file gets exactly its finding', () => {
  it.each(DEFECTS.map((d) => [d.name, d] as const))('%s', async (_name, defect) => {
    const bytes = await mutate(await exported(defect.report()), defect.part, defect.edit);
    const result = await checkDocx(bytes);
    expect(result.findings.map((f) => f.ruleId)).toEqual([defect.finding]);
    const finding = result.findings[0]!;
    expect(finding.rule.length).toBeGreaterThan(10);
    expect(finding.expected).not.toBe('');
    expect(finding.where).not.toBe('');
  });
});

describe('files that are not Word documents', () => {
  it('refuses a .doc, a PDF or random bytes with advice to re-save as .docx', async () => {
    for (const bytes of [Buffer.from('%PDF-1.4 …'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])]) {
      await expect(checkDocx(bytes)).rejects.toThrow(/Lưu thành” .docx/);
    }
    const zip = new JSZip();
    zip.file('hello.txt', 'not word');
    await expect(checkDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/không phải tệp Word/);
  });
});

describe('fonts resolved through the theme', () => {
  it('finds a body font that only the theme names (Calibri), as Word would show it', async () => {
    const zip = await JSZip.loadAsync(await exported(sampleReport()));
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.file('word/styles.xml', styles.replace(/<w:rFonts [^>]*\/>/g, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'));
    zip.file(
      'word/theme/theme1.xml',
      '<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">' +
        '<a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:font script="Viet" typeface="Arial"/></a:minorFont>' +
        '</a:fontScheme></a:themeElements></a:theme>',
    );
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    if (!rels.includes('Target="theme/theme1.xml"'))
      zip.file(
        'word/_rels/document.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>',
        ),
      );
    // The file says its theme fonts are for Vietnamese, so the theme's Vietnamese-script font applies.
    const settings = await zip.file('word/settings.xml')!.async('string');
    zip.file('word/settings.xml', settings.replace('</w:settings>', '<w:themeFontLang w:val="vi-VN"/></w:settings>'));
    const result = await checkDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(result.findings.map((f) => `${f.ruleId}: ${f.found.split(' (')[0]}`)).toEqual(['font.family: Arial']);
  });
});
