/**
 * Word refuses ("unreadable content") a file whose property elements are out of the schema's
 * order, where LibreOffice and mammoth read it anyway — so no reader in the other tests would
 * notice. Every w:pPr, w:rPr, w:sectPr, w:tblPr and w:tcPr of our exports (body, styles, headers)
 * is checked against the order ECMA-376 Part 1 gives their children (§17.3.1.26 pPr, §17.3.2.28
 * rPr, §17.6.17 sectPr, §17.4.60 tblPr, §17.4.70 tcPr).
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { fullFeatureReport, samplePartyReport, sampleReport } from '../support/fixtures';

const P_PR = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
];
const R_PR = [
  'ins',
  'del',
  'moveFrom',
  'moveTo',
  'rStyle',
  'rFonts',
  'b',
  'bCs',
  'i',
  'iCs',
  'caps',
  'smallCaps',
  'strike',
  'dstrike',
  'outline',
  'shadow',
  'emboss',
  'imprint',
  'noProof',
  'snapToGrid',
  'vanish',
  'webHidden',
  'color',
  'spacing',
  'w',
  'kern',
  'position',
  'sz',
  'szCs',
  'highlight',
  'u',
  'effect',
  'bdr',
  'shd',
  'fitText',
  'vertAlign',
  'rtl',
  'cs',
  'em',
  'lang',
  'eastAsianLayout',
  'specVanish',
  'oMath',
  'rPrChange',
];
const SECT_PR = [
  'headerReference|footerReference',
  'footnotePr',
  'endnotePr',
  'type',
  'pgSz',
  'pgMar',
  'paperSrc',
  'pgBorders',
  'lnNumType',
  'pgNumType',
  'cols',
  'formProt',
  'vAlign',
  'noEndnote',
  'titlePg',
  'textDirection',
  'bidi',
  'rtlGutter',
  'docGrid',
  'printerSettings',
  'sectPrChange',
];
const TBL_PR = [
  'tblStyle',
  'tblpPr',
  'tblOverlap',
  'bidiVisual',
  'tblStyleRowBandSize',
  'tblStyleColBandSize',
  'tblW',
  'jc',
  'tblCellSpacing',
  'tblInd',
  'tblBorders',
  'shd',
  'tblLayout',
  'tblCellMar',
  'tblLook',
  'tblCaption',
  'tblDescription',
  'tblPrChange',
];
const TC_PR = [
  'cnfStyle',
  'tcW',
  'gridSpan',
  'hMerge',
  'vMerge',
  'tcBorders',
  'shd',
  'noWrap',
  'tcMar',
  'textDirection',
  'tcFitText',
  'vAlign',
  'hideMark',
  'headers',
  'cellIns',
  'cellDel',
  'cellMerge',
  'tcPrChange',
];
const ORDERS: Record<string, readonly string[]> = { pPr: P_PR, rPr: R_PR, sectPr: SECT_PR, tblPr: TBL_PR, tcPr: TC_PR };
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Every property element whose children break the schema's order, as "part: pPr: spacing before keepNext". */
function outOfOrder(part: string, xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const problems: string[] = [];
  for (const [name, order] of Object.entries(ORDERS)) {
    const rank = (child: string) => order.findIndex((entry) => entry.split('|').includes(child));
    for (const element of Array.from(doc.getElementsByTagNameNS(W, name))) {
      let last = -1;
      let lastName = '';
      for (const child of Array.from(element.childNodes)) {
        if (child.nodeType !== 1) continue;
        const local = (child as unknown as { localName: string }).localName;
        const at = rank(local);
        if (at === -1) problems.push(`${part}: ${name}: unknown child ${local}`);
        else if (at < last) problems.push(`${part}: ${name}: ${local} after ${lastName}`);
        else {
          last = at;
          lastName = local;
        }
      }
    }
  }
  return problems;
}

async function propertyProblems(bytes: Uint8Array): Promise<{ problems: string[]; checked: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|styles|header\d+|footer\d+|footnotes|endnotes)\.xml$/.test(n));
  const problems: string[] = [];
  let checked = 0;
  for (const part of parts) {
    const xml = await zip.file(part)!.async('string');
    checked += (xml.match(/<w:(pPr|rPr|sectPr|tblPr|tcPr)>/g) ?? []).length;
    problems.push(...outOfOrder(part, xml));
  }
  return { problems, checked };
}

const TODAY = new Date('2026-06-05T08:00:00');

describe('the order of property elements in our Word files', () => {
  it.each([
    ['a state report (ND30)', sampleReport, {}],
    ['a Party report (HD 05)', samplePartyReport, {}],
    ['phần, landscape tables, phụ lục, Kính gửi and mục lục, as a bản trình', fullFeatureReport, { tableOfContents: true, reportId: 'r-1', submission: 2 }],
  ] as const)('is the schema’s in %s', async (_name, report, options) => {
    const { bytes } = await exportReportDocx(report(), TODAY, options);
    const { problems, checked } = await propertyProblems(bytes);
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('is found wrong when it is (the check itself can fail)', () => {
    const xml = `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/><w:b/></w:rPr></w:r></w:p><w:sectPr><w:pgMar/><w:pgSz/></w:sectPr></w:body></w:document>`;
    expect(outOfOrder('word/document.xml', xml)).toEqual([
      'word/document.xml: pPr: spacing after jc',
      'word/document.xml: rPr: b after sz',
      'word/document.xml: sectPr: pgSz after pgMar',
    ]);
  });
});
