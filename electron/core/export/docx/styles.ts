/**
 * styles.xml, declared once. Times New Roman in all four font slots (a slot left empty falls
 * back to the theme font, and LibreOffice then mixes fonts inside Vietnamese words), and vi-VN
 * as the proofing language so Word does not underline every word as English.
 */
import type { LayoutProfile } from '../../../../shared/the-thuc/layout-profile';
import { NS, XML_DECLARATION } from '../ooxml/xml';
import { mmToTwip, ptToTwip } from '../../../../shared/the-thuc/units';

export const FONT = 'Times New Roman';
export const BODY_STYLE = 'BaoCaoBody';
/** Headings carry outline levels through their styles, so Word's navigation pane and a table of contents see the report's structure. */
export const PART_STYLE = 'BaoCaoPart';
export const headingStyle = (outlineLevel: number) => `BaoCaoHeading${outlineLevel + 1}`;
const HEADING_LEVELS = 5;

const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;
const LANG = '<w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>';

export function stylesXml(profile: LayoutProfile): string {
  const half = Math.round(profile.body.sizePt * 2);
  const size = `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
  const b = profile.body;
  const line = b.line.kind === 'exact' ? `w:line="${ptToTwip(b.line.pt)}" w:lineRule="exact"` : `w:line="${Math.round(240 * b.line.value)}" w:lineRule="auto"`;
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONTS}<w:color w:val="000000"/>${size}${LANG}</w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${FONTS}${size}${LANG}</w:rPr></w:style>` +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    // The body paragraph of a report; headings and bullets share its indent and spacing.
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${BODY_STYLE}"><w:name w:val="Báo cáo - thân văn bản"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:after="${ptToTwip(b.spacingAfterPt)}" w:before="${ptToTwip(b.spacingBeforePt)}" ${line}/><w:ind w:firstLine="${mmToTwip(b.firstLineIndentMm)}"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${FONTS}${size}${LANG}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${PART_STYLE}"><w:name w:val="Báo cáo - phần"/><w:basedOn w:val="Normal"/><w:next w:val="${BODY_STYLE}"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
    Array.from(
      { length: HEADING_LEVELS },
      (_, level) =>
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${headingStyle(level)}"><w:name w:val="Báo cáo - đề mục ${level + 1}"/><w:basedOn w:val="${BODY_STYLE}"/><w:next w:val="${BODY_STYLE}"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="${level}"/></w:pPr></w:style>`,
    ).join('') +
    '</w:styles>'
  );
}
