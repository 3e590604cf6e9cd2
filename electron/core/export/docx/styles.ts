/**
 * The document's styles, declared once. Times New Roman in all four font slots (a slot left empty
 * falls back to the theme font, and LibreOffice then mixes fonts inside Vietnamese words), and
 * vi-VN as the proofing language so Word does not underline every word as English.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { LayoutProfile } from '#shared/the-thuc/layout-profile';
import { mmToTwip, ptToTwip } from '#shared/the-thuc/units';

export const FONT = 'Times New Roman';
export const BODY_STYLE = 'BaoCaoBody';
/** Headings carry outline levels through their styles, so Word's navigation pane and a table of contents see the report's structure. */
export const PART_STYLE = 'BaoCaoPart';
export const headingStyle = (outlineLevel: number) => `BaoCaoHeading${outlineLevel + 1}`;
const HEADING_LEVELS = 5;
/** The mục lục's entry styles, one per level; Word and docx find them by their names, "toc 1" to "toc 3". */
export const TOC_LEVELS = 3;
const TOC_INDENT_PER_LEVEL_MM = 5;

const FONTS = { ascii: FONT, cs: FONT, eastAsia: FONT, hAnsi: FONT };
const VIETNAMESE = { value: 'vi-VN', eastAsia: 'vi-VN' };

export function documentStyles(profile: LayoutProfile): IStylesOptions {
  const half = Math.round(profile.body.sizePt * 2);
  const b = profile.body;
  const line =
    b.line.kind === 'exact'
      ? { line: ptToTwip(b.line.pt), lineRule: LineRuleType.EXACT }
      : { line: Math.round(240 * b.line.value), lineRule: LineRuleType.AUTO };
  const text = { font: FONTS, size: half, sizeComplexScript: half, language: VIETNAMESE };
  return {
    default: {
      document: {
        run: { ...text, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: text },
      // The body paragraph of a report; headings and bullets share its indent and spacing.
      {
        id: BODY_STYLE,
        name: 'Báo cáo - thân văn bản',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          spacing: { after: ptToTwip(b.spacingAfterPt), before: ptToTwip(b.spacingBeforePt), ...line },
          indent: { firstLine: mmToTwip(b.firstLineIndentMm) },
          alignment: AlignmentType.BOTH,
        },
        run: text,
      },
      {
        id: PART_STYLE,
        name: 'Báo cáo - phần',
        basedOn: 'Normal',
        next: BODY_STYLE,
        quickFormat: true,
        paragraph: { keepNext: true, alignment: AlignmentType.CENTER, outlineLevel: 0 },
        run: { bold: true, boldComplexScript: true },
      },
      ...Array.from({ length: HEADING_LEVELS }, (_, level) => ({
        id: headingStyle(level),
        name: `Báo cáo - đề mục ${level + 1}`,
        basedOn: BODY_STYLE,
        next: BODY_STYLE,
        quickFormat: true,
        paragraph: { keepNext: true, outlineLevel: level },
      })),
      ...Array.from({ length: TOC_LEVELS }, (_, i) => ({
        id: `BaoCaoToc${i + 1}`,
        name: `toc ${i + 1}`,
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: 60, after: 0 }, indent: { left: mmToTwip(i * TOC_INDENT_PER_LEVEL_MM) } },
        run: i === 0 ? { bold: true, boldComplexScript: true } : {},
      })),
    ],
  };
}
