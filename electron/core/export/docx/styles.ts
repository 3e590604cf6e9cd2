/**
 * Document-wide defaults, declared once. Times New Roman in all four font slots (a slot left
 * empty falls back to the theme font, and LibreOffice then mixes fonts in Vietnamese words),
 * and vi-VN as the proofing language so Word does not underline every word as English.
 */
import type { IStylesOptions } from 'docx';
import type { LayoutProfile } from '../../../../shared/the-thuc/layout-profile';
import { ptToHalfPoints, ptToTwip } from './units';

export const FONT = 'Times New Roman';
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;
export const LANGUAGE = { value: 'vi-VN', eastAsia: 'vi-VN' } as const;

export function documentStyles(profile: LayoutProfile): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT_SLOTS, size: ptToHalfPoints(profile.body.sizePt), language: LANGUAGE, color: '000000' },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        run: { font: FONT_SLOTS, size: ptToHalfPoints(profile.body.sizePt), language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
      },
      {
        // The body paragraph of a report; headings and bullets share its indent and spacing.
        id: 'BaoCaoBody',
        name: 'Báo cáo - thân văn bản',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT_SLOTS, size: ptToHalfPoints(profile.body.sizePt), language: LANGUAGE },
        paragraph: {
          alignment: 'both',
          indent: { firstLine: Math.round((profile.body.firstLineIndentMm * 1440) / 25.4) },
          spacing: {
            before: ptToTwip(profile.body.spacingBeforePt),
            after: ptToTwip(profile.body.spacingAfterPt),
            ...(profile.body.line.kind === 'exact'
              ? { line: ptToTwip(profile.body.line.pt), lineRule: 'exact' as const }
              : { line: Math.round(240 * profile.body.line.value), lineRule: 'auto' as const }),
          },
        },
      },
    ],
  };
}
