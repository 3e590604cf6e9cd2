/**
 * A4 portrait with the profile's margins, and page numbers centred in the top margin from
 * page 2 on: a different first-page header (titlePage) that is empty, and a PAGE field in
 * the default header (ND30 §1.9; HD 05 §2.8).
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { LayoutProfile } from '../../../../shared/the-thuc/layout-profile';
import { A4_TWIPS, mmToTwip, ptToHalfPoints } from './units';

export function pageProperties(profile: LayoutProfile): ISectionPropertiesOptions {
  const m = profile.marginsMm;
  return {
    titlePage: true,
    page: {
      size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
      margin: {
        top: mmToTwip(m.top),
        bottom: mmToTwip(m.bottom),
        left: mmToTwip(m.left),
        right: mmToTwip(m.right),
        header: mmToTwip(profile.headerDistanceMm),
        footer: mmToTwip(profile.headerDistanceMm),
      },
    },
  };
}

export function pageNumberHeaders(profile: LayoutProfile): { default: Header; first: Header } {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(profile.pageNumber.sizePt) })],
        }),
      ],
    }),
  };
}
