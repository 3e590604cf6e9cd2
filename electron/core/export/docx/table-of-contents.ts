/**
 * "Mục lục" for a long report: Word's TOC field over the report's headings (their styles carry
 * outline levels), written with its entries already filled in from those headings — each a link
 * to a bookmark on its heading with a PAGEREF — so LibreOffice and any reader that does not
 * update fields still show the report's parts; Word fills the page numbers when it opens the file.
 */
import { TableOfContents, type Paragraph } from 'docx';
import type { ExportView } from '#shared/export-view/view-model';
import { paragraph, runs } from './paragraph';
import { TOC_LEVELS } from './styles';

export function tableOfContents(view: ExportView): (Paragraph | TableOfContents)[] {
  const toc = view.tableOfContents;
  if (!toc) return [];
  return [
    paragraph({ align: 'center', pageBreakBefore: true, keepNext: true, spacing: { after: 240 } }, runs(toc.title.text, toc.title.style)),
    new TableOfContents(toc.title.text, {
      hyperlink: true,
      headingStyleRange: `1-${TOC_LEVELS}`,
      useAppliedParagraphOutlineLevel: true,
      hideTabAndPageNumbersInWebView: true,
    }),
  ];
}
