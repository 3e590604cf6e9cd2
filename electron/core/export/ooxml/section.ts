/** Section properties (w:sectPr): page size and margins, page numbering, header references. */
import { A4_TWIPS } from '../../../../shared/the-thuc/units';
import { el } from './xml';

export interface SectionSpec {
  /** Relationship ids of the headers; absent: the section inherits the previous one's. */
  headers?: { default: string; first: string };
  /** Starts on a new page (every section but the first). */
  newPage: boolean;
  landscape: boolean;
  /** Twips. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  restartNumbering: boolean;
  /** A different (empty) first-page header: no number on the section's first page. */
  titlePage: boolean;
}

export function sectionProperties(s: SectionSpec): string {
  const size = s.landscape
    ? el('w:pgSz', { 'w:w': A4_TWIPS.height, 'w:h': A4_TWIPS.width, 'w:orient': 'landscape' })
    : el('w:pgSz', { 'w:w': A4_TWIPS.width, 'w:h': A4_TWIPS.height });
  const m = s.margins;
  return [
    '<w:sectPr>',
    s.headers ? `<w:headerReference w:type="default" r:id="${s.headers.default}"/><w:headerReference w:type="first" r:id="${s.headers.first}"/>` : '',
    s.newPage ? '<w:type w:val="nextPage"/>' : '',
    size,
    el('w:pgMar', { 'w:top': m.top, 'w:right': m.right, 'w:bottom': m.bottom, 'w:left': m.left, 'w:header': m.header, 'w:footer': m.footer, 'w:gutter': 0 }),
    s.restartNumbering ? '<w:pgNumType w:start="1"/>' : '',
    s.titlePage ? '<w:titlePg/>' : '',
    '</w:sectPr>',
  ].join('');
}
