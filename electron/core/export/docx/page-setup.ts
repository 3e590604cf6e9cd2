/**
 * A4 with the profile's margins, and page numbers centred in the top margin from page 2 on:
 * a different first-page header (titlePg) that is empty, and a PAGE field in the default
 * header (ND30 §1.9; HD 05 §2.8).
 */
import { Header, PageNumber, PageOrientation, SectionType, TextRun, type ISectionOptions } from 'docx';
import type { LayoutProfile } from '#shared/the-thuc/layout-profile';
import { A4_TWIPS, mmToTwip } from '#shared/the-thuc/units';
import { paragraph } from './paragraph';

interface PageOptions {
  /** A page of wide tables, turned sideways (ND30 allows it for tables not split into a phụ lục). */
  landscape?: boolean;
  /** Start numbering again at 1 (each phụ lục), and hide the number on the first page. */
  restartNumbering?: boolean;
  /** The first section: page 1 carries no number. */
  first?: boolean;
}

function pageHeaders(profile: LayoutProfile): NonNullable<ISectionOptions['headers']> {
  const half = Math.round(profile.pageNumber.sizePt * 2);
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT], size: half, sizeComplexScript: half });
  return {
    default: new Header({ children: [paragraph({ align: 'center' }, [pageNumber])] }),
    first: new Header({ children: [paragraph({})] }),
  };
}

export function section(profile: LayoutProfile, options: PageOptions, children: ISectionOptions['children']): ISectionOptions {
  const m = profile.marginsMm;
  const header = mmToTwip(profile.headerDistanceMm);
  const titlePage = options.first === true || options.restartNumbering === true;
  return {
    // Later sections inherit the headers; the first and each phụ lục name them with their titlePg.
    headers: titlePage ? pageHeaders(profile) : undefined,
    properties: {
      type: options.first ? undefined : SectionType.NEXT_PAGE,
      titlePage: titlePage || undefined,
      page: {
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: mmToTwip(m.top), right: mmToTwip(m.right), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), header, footer: header, gutter: 0 },
        pageNumbers: options.restartNumbering ? { start: 1 } : undefined,
      },
    },
    children,
  };
}
