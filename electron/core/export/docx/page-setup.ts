/**
 * A4 with the profile's margins, and page numbers centred in the top margin from page 2 on:
 * a different first-page header (titlePg) that is empty, and a PAGE field in the default
 * header (ND30 §1.9; HD 05 §2.8).
 */
import type { LayoutProfile } from '../../../../shared/the-thuc/layout-profile';
import { paragraph } from '../ooxml/paragraph';
import { pageField } from '../ooxml/run';
import { sectionProperties, type SectionSpec } from '../ooxml/section';
import { mmToTwip } from '../../../../shared/the-thuc/units';

export const HEADER_IDS = { default: 'header1', first: 'header2' } as const;

export interface PageOptions {
  /** A page of wide tables, turned sideways (ND30 allows it for tables not split into a phụ lục). */
  landscape?: boolean;
  /** Start numbering again at 1 (each phụ lục), and hide the number on the first page. */
  restartNumbering?: boolean;
  /** The first section: page 1 carries no number. */
  first?: boolean;
}

export function sectionXml(profile: LayoutProfile, options: PageOptions = {}): string {
  const m = profile.marginsMm;
  const header = mmToTwip(profile.headerDistanceMm);
  const spec: SectionSpec = {
    // Later sections inherit the headers; the first and each phụ lục name them with their titlePg.
    headers: options.first || options.restartNumbering ? HEADER_IDS : undefined,
    newPage: !options.first,
    landscape: options.landscape ?? false,
    margins: { top: mmToTwip(m.top), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), right: mmToTwip(m.right), header, footer: header },
    restartNumbering: options.restartNumbering ?? false,
    titlePage: options.first === true || options.restartNumbering === true,
  };
  return sectionProperties(spec);
}

export function headerParts(profile: LayoutProfile): { id: string; xml: string }[] {
  return [
    { id: HEADER_IDS.default, xml: paragraph({ align: 'center' }, pageField({ sizePt: profile.pageNumber.sizePt })) },
    { id: HEADER_IDS.first, xml: paragraph({}) },
  ];
}
