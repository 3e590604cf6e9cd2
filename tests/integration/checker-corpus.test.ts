/**
 * The checker's corpus: broken Word files made by different writers — our exporter with one
 * defect injected into its XML, the same files rewritten by LibreOffice, and hand-written
 * OOXML using other techniques (drawn lines, underlines, styles) — each with exactly its one
 * expected finding; techniques a văn thư accepts raise nothing. Whole "plausible but wrong"
 * reports (checker-whole-reports.test.ts) carry several defects each.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../../electron/core/checker/check-docx';
import { exported, inElementWith, mutate, replace, type Defect } from '../support/docx-mutations';
import { fullFeatureReport, sampleReport, samplePartyReport } from '../support/fixtures';
import { hasLibreOffice, mustRender } from '../support/libreoffice';

const VML_LINE = (lengthPt: number) =>
  `<w:r><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" from="0,0" to="${lengthPt}pt,0" strokeweight=".5pt"/></w:pict></w:r>`;
const DRAWING_LINE = (mm: number) =>
  `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="${mm * 36000}" cy="0"/><wp:docPr id="9" name="Đường kẻ"/>` +
  `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:spPr><a:prstGeom prst="line"/></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
/** The empty bordered paragraph our exporter writes as a rule, right after `marker`'s paragraph. */
const RULE_AFTER = (marker: string) => new RegExp(`(${marker}</w:t></w:r></w:p>)<w:p><w:pPr><w:pBdr>.*?</w:pBdr>(.*?)</w:pPr></w:p>`);
const withPlace = (place: string) => () => ({ ...sampleReport(), header: { ...sampleReport().header, place } });
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const SUMMARY = 'Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số';
/** The quốc hiệu in a cell narrowed by `indentTwips`, its letters spaced by `spacing` twentieths of a point (negative: condensed). */
const narrowedQuocHieu = (indentTwips: number, spacing = 0) =>
  inElementWith('w:p', 'CỘNG HÒA XÃ HỘI', (xml) => {
    const indented = replace('<w:jc w:val="center"/>', `<w:ind w:left="${indentTwips}"/><w:jc w:val="center"/>`)(xml);
    return spacing === 0 ? indented : replace('<w:i w:val="false"/>', `<w:i w:val="false"/><w:spacing w:val="${spacing}"/>`)(indented);
  });

const DEFECTS: Defect[] = [
  // Lines a reader sees wrapped.
  {
    name: 'quốc hiệu indented so that it wraps',
    report: sampleReport,
    part: 'word/document.xml',
    edit: narrowedQuocHieu(1000),
    finding: 'header.wrap',
    libreOffice: true,
  },
  {
    // 6 pt more than the cell holds: the same line condensed by 0,3 pt a letter fits (ACCEPTED below).
    name: 'quốc hiệu in a cell narrowed by 653 twips',
    report: sampleReport,
    part: 'word/document.xml',
    edit: narrowedQuocHieu(653),
    finding: 'header.wrap',
  },
  {
    // LibreOffice breaks a line half a point over its cell, condensed or not: no tolerance.
    name: 'quốc hiệu condensed by 0,3 pt a letter, half a point over a cell narrowed by 740 twips',
    report: sampleReport,
    part: 'word/document.xml',
    edit: narrowedQuocHieu(740, -6),
    finding: 'header.wrap',
  },
  {
    name: 'quốc hiệu half a point over a cell narrowed by 540 twips',
    report: sampleReport,
    part: 'word/document.xml',
    edit: narrowedQuocHieu(540),
    finding: 'header.wrap',
  },
  {
    name: 'date line in a narrowed cell',
    report: sampleReport,
    part: 'word/document.xml',
    edit: inElementWith('w:p', 'ngày 05 tháng', replace('<w:jc w:val="center"/>', '<w:ind w:left="2000"/><w:jc w:val="center"/>')),
    finding: 'header.wrap',
  },
  // Rules under header lines, however drawn.
  {
    name: 'no rule under the cơ quan ban hành',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER('PHƯỜNG TRƯƠNG QUANG TRỌNG'), '$1<w:p><w:pPr>$2</w:pPr></w:p>'),
    finding: 'header.issuing.rule',
    libreOffice: true,
  },
  {
    name: 'rule under the cơ quan as wide as its cell',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('<w:ind w:left="1380" w:right="1380"/>', '<w:ind w:left="0" w:right="0"/>'),
    finding: 'header.issuing.rule-length',
    libreOffice: true,
  },
  {
    name: 'no rule under the trích yếu',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER(SUMMARY), '$1<w:p><w:pPr>$2</w:pPr></w:p>'),
    finding: 'title.rule',
    libreOffice: true,
  },
  {
    name: 'trích yếu rule drawn as a short VML line',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER(SUMMARY), `$1<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${VML_LINE(20)}</w:p>`),
    finding: 'title.rule-length',
  },
  {
    name: 'tiêu ngữ rule drawn as a short DrawingML line',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER(MOTTO), `$1<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${DRAWING_LINE(30)}</w:p>`),
    finding: 'header.motto.rule-length',
  },
  {
    name: 'tiêu ngữ underlined and its rule removed, but only half of it',
    report: sampleReport,
    part: 'word/document.xml',
    edit: (xml) =>
      replace(
        RULE_AFTER(MOTTO),
        '$1',
      )(xml).replace(
        `<w:t xml:space="preserve">${MOTTO}</w:t>`,
        `<w:t xml:space="preserve">Độc lập - Tự do - </w:t></w:r><w:r><w:rPr><w:b/><w:u w:val="single"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Hạnh phúc</w:t>`,
      ),
    finding: 'header.motto.rule',
  },
  {
    name: 'Party trích yếu without "-----"',
    report: samplePartyReport,
    part: 'word/document.xml',
    edit: replace('<w:t xml:space="preserve">-----</w:t>', '<w:t xml:space="preserve"></w:t>'),
    finding: 'title.mark',
    libreOffice: true,
  },
  {
    name: 'Party cơ quan without "*"',
    report: samplePartyReport,
    part: 'word/document.xml',
    edit: replace('<w:t xml:space="preserve">*</w:t>', '<w:t xml:space="preserve"></w:t>'),
    finding: 'header.issuing.mark',
  },
  // Tables of figures.
  {
    name: 'data table without borders',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(/w:val="single" w:color="000000" w:sz="4"/g, 'w:val="none" w:color="auto" w:sz="0"'),
    finding: 'table.borders',
    libreOffice: true,
  },
  {
    name: 'data table header row not bold',
    report: sampleReport,
    part: 'word/document.xml',
    edit: inElementWith('w:tr', '<w:tblHeader/>', replace(/<w:b\/><w:bCs\/>/g, '')),
    finding: 'table.header-bold',
    libreOffice: true,
  },
  {
    name: 'data table header row not repeated',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('<w:tblHeader/>', ''),
    finding: 'table.header-repeat',
    libreOffice: true,
  },
  {
    name: 'figures aligned left',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(/<w:jc w:val="right"\/>/g, '<w:jc w:val="left"/>'),
    finding: 'table.figures-align',
  },
  // The content.
  {
    name: 'no first-line indent',
    report: sampleReport,
    part: 'word/styles.xml',
    edit: replace(/(w:styleId="BaoCaoBody">[\s\S]*?)<w:ind w:firstLine="\d+"\/>/, '$1<w:ind w:firstLine="0"/>'),
    finding: 'body.indent',
    libreOffice: true,
  },
  {
    name: 'no space between paragraphs',
    report: sampleReport,
    part: 'word/styles.xml',
    edit: replace(/(w:styleId="BaoCaoBody">[\s\S]*?)w:before="120"/, '$1w:before="0"'),
    finding: 'body.spacing',
  },
  {
    name: 'double line spacing',
    report: sampleReport,
    part: 'word/styles.xml',
    edit: replace(/(w:styleId="BaoCaoBody">[\s\S]*?)w:line="276"/, '$1w:line="480"'),
    finding: 'body.line-spacing',
    libreOffice: true,
  },
  {
    name: 'Party body at single spacing instead of exactly 18 pt',
    report: samplePartyReport,
    part: 'word/styles.xml',
    edit: replace(/(w:styleId="BaoCaoBody">[\s\S]*?)w:line="360" w:lineRule="exact"/, '$1w:line="240" w:lineRule="auto"'),
    finding: 'body.line-spacing',
  },
  {
    name: 'Kính gửi above the title',
    report: sampleReport,
    part: 'word/document.xml',
    edit: inElementWith('w:p', '>BÁO CÁO<', (p) => `<w:p><w:r><w:t xml:space="preserve">Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi.</w:t></w:r></w:p>${p}`),
    finding: 'kinh-gui.place',
  },
  // Page numbers.
  {
    name: 'page number at the right',
    report: sampleReport,
    part: 'header',
    edit: replace('<w:jc w:val="center"/>', '<w:jc w:val="right"/>'),
    finding: 'page-number.position',
    libreOffice: true,
  },
  { name: 'page number at 10 pt', report: sampleReport, part: 'header', edit: replace(/w:val="28"/g, 'w:val="20"'), finding: 'page-number.size' },
  // The signature.
  {
    name: 'no chức vụ under the quyền hạn',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace('<w:t xml:space="preserve">CHỦ TỊCH</w:t>', '<w:t xml:space="preserve"></w:t>'),
    finding: 'signature.position',
  },
  {
    name: 'no room to sign',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(/(<w:p><w:pPr><w:keepNext\/><\/w:pPr><\/w:p>){4}/, ''),
    finding: 'signature.space',
    libreOffice: true,
  },
  {
    name: "signer's name not bold",
    report: sampleReport,
    part: 'word/document.xml',
    edit: inElementWith('w:p', 'Nguyễn Văn An', replace(/<w:b\/><w:bCs\/>/g, '')),
    finding: 'signature.name-bold',
    libreOffice: true,
  },
  {
    name: 'a page break before the signature',
    report: sampleReport,
    part: 'word/document.xml',
    edit: (xml) => {
      const at = xml.lastIndexOf('<w:tbl>');
      return `${xml.slice(0, at)}<w:p><w:r><w:br w:type="page"/></w:r></w:p>${xml.slice(at)}`;
    },
    finding: 'last-page.alone',
  },
];

/** Techniques a văn thư accepts: each must raise nothing. */
const ACCEPTED: Omit<Defect, 'finding'>[] = [
  // A cơ quan's name may stand on several lines (ND30 ô 2): Word wrapping it is no defect (issue 20: every such finding on real files was false).
  {
    name: 'cơ quan line pushed to wrap',
    report: withPlace('Hà Nội'),
    part: 'word/document.xml',
    edit: inElementWith('w:p', '>ỦY BAN NHÂN DÂN<', replace('<w:jc w:val="center"/>', '<w:ind w:left="3000"/><w:jc w:val="center"/>')),
  },
  // A line condensed to fit its cell (character spacing -0,3 pt, as Sở Công Thương Lào Cai's style "Normal + 13 pt" sets it) stands on one line.
  {
    name: 'quốc hiệu condensed by 0,3 pt a letter in a cell narrowed by 653 twips',
    report: sampleReport,
    part: 'word/document.xml',
    edit: narrowedQuocHieu(653, -6),
  },
  // Rules drawn as other programs draw them: in the next row's cell of the header table, and as a connector saved without its size.
  {
    name: 'the cơ quan’s rule drawn in the header table’s next row',
    report: sampleReport,
    part: 'word/document.xml',
    edit: (xml) =>
      replace(
        RULE_AFTER('PHƯỜNG TRƯƠNG QUANG TRỌNG'),
        '$1',
      )(xml).replace(/(<\/w:tr>)(<\/w:tbl>)/, `$1<w:tr><w:tc><w:p>${DRAWING_LINE(25)}</w:p></w:tc><w:tc><w:p/></w:tc></w:tr>$2`),
  },
  {
    name: 'the tiêu ngữ’s rule a connector with no size in the file',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(
      RULE_AFTER(MOTTO),
      '$1<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" type="#_x0000_t32" style="position:absolute;margin-left:40pt;margin-top:2pt;width:0pt;height:0pt"/></w:pict></w:r></w:p>',
    ),
  },
  {
    name: 'the tiêu ngữ’s rule typed as a line of en dashes',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER(MOTTO), '$1<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>–––––––––––––––––––––––––</w:t></w:r></w:p>'),
  },
  {
    name: 'tiêu ngữ rule drawn as a DrawingML line of its length',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER(MOTTO), `$1<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${DRAWING_LINE(64)}</w:p>`),
  },
  {
    name: 'trích yếu rule drawn as a VML line of 40% of it',
    report: sampleReport,
    part: 'word/document.xml',
    edit: replace(RULE_AFTER(SUMMARY), `$1<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${VML_LINE(Math.round((163 * 0.4 * 72) / 25.4))}</w:p>`),
  },
  {
    name: 'tiêu ngữ underlined instead of a rule',
    report: sampleReport,
    part: 'word/document.xml',
    edit: (xml) => inElementWith('w:p', MOTTO, replace('<w:b/><w:bCs/>', '<w:b/><w:bCs/><w:u w:val="single"/>'))(replace(RULE_AFTER(MOTTO), '$1')(xml)),
  },
  {
    name: 'data table borders set by a table style',
    report: sampleReport,
    part: 'word/document.xml',
    edit: (xml) => inElementWith('w:tbl', '<w:tblHeader/>', replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/, '<w:tblStyle w:val="TableGrid"/>'))(xml),
  },
];

async function broken(defect: Omit<Defect, 'finding'>): Promise<Uint8Array> {
  return mutate(await exported(defect.report()), defect.part, defect.edit);
}

describe('the corpus of broken files', () => {
  it('holds at least 40 files with one defect each, from several writers', () => {
    const fromOurs = DEFECTS.length;
    const rewritten = DEFECTS.filter((d) => d.libreOffice).length;
    // checker.test.ts holds 20 more of our exports with one defect each; hand-written files are in checker-whole-reports.test.ts.
    expect(fromOurs + rewritten + 20).toBeGreaterThanOrEqual(40);
  });

  it.each(DEFECTS.map((d) => [d.name, d] as const))('our export, %s: exactly its finding', async (_name, defect) => {
    const result = await checkDocx(await broken(defect));
    expect(result.findings.map((f) => f.ruleId)).toEqual([defect.finding]);
    const f = result.findings[0]!;
    expect(f.source).toMatch(f.basis === 'practice' ? /^thực hành/ : /^(ND30|HD 05|QĐ|HD 29)/);
    expect(f.found).not.toBe('');
    expect(f.expected).not.toBe('');
  });

  it.each(ACCEPTED.map((d) => [d.name, d] as const))('accepted technique, %s: no finding', async (_name, technique) => {
    const bytes = technique.name.includes('table style') ? await withTableGridStyle(await broken(technique)) : await broken(technique);
    expect((await checkDocx(bytes)).findings).toEqual([]);
  });
});

async function withTableGridStyle(bytes: Uint8Array): Promise<Uint8Array> {
  return mutate(
    bytes,
    'word/styles.xml',
    replace(
      '</w:styles>',
      '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>',
    ),
  );
}

describe.skipIf(!hasLibreOffice() && !mustRender)('the same defects written by LibreOffice', () => {
  const rewritten = DEFECTS.filter((d) => d.libreOffice);
  const results = new Map<string, Uint8Array>();

  beforeAll(async () => {
    // One LibreOffice run converts them all (docx → docx: LibreOffice writes its own XML).
    const dir = mkdtempSync(join(tmpdir(), 'baocao-corpus-'));
    const files = await Promise.all(
      rewritten.map(async (d, i) => {
        const file = join(dir, `defect-${i}.docx`);
        writeFileSync(file, await broken(d));
        return file;
      }),
    );
    mkdirSync(join(dir, 'out'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'out'),
        ...files,
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    rewritten.forEach((d, i) => results.set(d.name, readFileSync(join(dir, 'out', `defect-${i}.docx`))));
  }, 300_000);

  it.each(rewritten.map((d) => [d.name, d] as const))('LibreOffice, %s: exactly its finding', async (name, defect) => {
    const bytes = results.get(name)!;
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    expect((await checkDocx(bytes)).findings.map((f) => f.ruleId)).toEqual([defect.finding]);
  });

  it('the unbroken export, rewritten by LibreOffice, still passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-corpus-'));
    writeFileSync(join(dir, 'clean.docx'), await exported(fullFeatureReport()));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'clean.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    expect((await checkDocx(readFileSync(join(dir, 'out', 'clean.docx')))).findings).toEqual([]);
  }, 120_000);
});

describe.skipIf(!hasLibreOffice() && !mustRender)('the last page, as LibreOffice lays it out', () => {
  it('sees the signature alone on its page even without a page break in the file, and says how it knew', async () => {
    // The last paragraph is no longer kept with the signature, and enough text pushes the signature over.
    const report = sampleReport();
    // 18 paragraphs end page 2 right where the signature would start (found by trying 14–26).
    report.sections = [
      {
        role: 'other',
        title: 'Kết quả',
        blocks: Array.from({ length: 18 }, (_, i) => ({
          type: 'paragraph' as const,
          text: `Đoạn ${i + 1}. ${'Các tổ dân phố đã triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng. '.repeat(2)}`,
        })),
      },
    ];
    report.closing = [];
    const bytes = await mutate(await exported(report), 'word/document.xml', replace(/<w:keepNext\/>/g, ''));
    const withLayout = await checkDocx(bytes, undefined, { layout: true });
    expect(withLayout.lastPageMethod).toBe('libreoffice');
    expect(withLayout.findings.map((f) => `${f.ruleId}: ${f.found}`)).toEqual([
      'last-page.alone: trang 3 chỉ có phần chữ ký, nơi nhận, không có dòng nội dung nào (theo bố cục trang của LibreOffice)',
    ]);
    // Kept with the signature (our export as written), the same text never leaves it alone.
    const kept = await checkDocx(await exported(report), undefined, { layout: true });
    expect(kept.lastPageMethod).toBe('libreoffice');
    expect(kept.findings).toEqual([]);
    // Without LibreOffice's layout the file's own page breaks are all there is to go on.
    expect((await checkDocx(bytes)).lastPageMethod).toBe('page-breaks');
  }, 120_000);
});
