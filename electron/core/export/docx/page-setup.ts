/**
 * A4 portrait with the profile's margins, and page numbers centred in the top margin from
 * page 2 on: a different first-page header (titlePage) that is empty, and a PAGE field in
 * the default header (ND30 §1.9; HD 05 §2.8).
 */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { LayoutProfile } from '../../../../shared/the-thuc/layout-profile';
import { A4_TWIPS, mmToTwip, ptToHalfPoints } from './units';

export interface PageOptions {
  /** A page of wide tables, turned sideways (ND30 allows it for tables not split into a phụ lục). */
  landscape?: boolean;
  /** Start numbering again at 1 (each phụ lục), and hide the number on the first page. */
  restartNumbering?: boolean;
  /** The first section: page 1 carries no number. */
  first?: boolean;
}

export function pageProperties(profile: LayoutProfile, options: PageOptions = {}): ISectionPropertiesOptions {
  const m = profile.marginsMm;
  return {
    type: options.first ? undefined : SectionType.NEXT_PAGE,
    titlePage: options.first || options.restartNumbering ? true : undefined,
    page: {
      // docx swaps width and height itself for a landscape page: always give it portrait A4.
      size: { width: A4_TWIPS.width, height: A4_TWIPS.height, ...(options.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
      margin: {
        top: mmToTwip(m.top),
        bottom: mmToTwip(m.bottom),
        left: mmToTwip(m.left),
        right: mmToTwip(m.right),
        header: mmToTwip(profile.headerDistanceMm),
        footer: mmToTwip(profile.headerDistanceMm),
      },
      ...(options.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

/** Text width in mm of a page with these options. */
export function textWidthMm(profile: LayoutProfile, landscape = false): number {
  return (landscape ? 297 : 210) - profile.marginsMm.left - profile.marginsMm.right;
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
