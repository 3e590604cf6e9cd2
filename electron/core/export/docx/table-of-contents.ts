/**
 * "Mục lục" for a long report: a TOC field Word fills with page numbers (it asks to update the
 * fields on opening), with the entries already written in its result, so LibreOffice and any
 * reader that does not update fields still show the report's parts.
 */
import { paragraph } from '../ooxml/paragraph';
import { runs } from '../ooxml/run';
import type { ExportView } from '../../../../shared/export-view/view-model';
import { mmToTwip } from '../../../../shared/the-thuc/units';

/** Word's TOC switches: outline levels 1–3, entries as links, no page numbers in web view, levels from styles. */
const TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u ';
const INDENT_PER_LEVEL_MM = 5;

export function tableOfContents(view: ExportView): string {
  const toc = view.tableOfContents;
  if (!toc) return '';
  const rightTab = mmToTwip(view.textWidthMm);
  const entry = (text: string, level: number, first: boolean, last: boolean) =>
    `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${rightTab}"/></w:tabs><w:spacing w:before="60" w:after="0"/><w:ind w:left="${mmToTwip(level * INDENT_PER_LEVEL_MM)}"/></w:pPr>` +
    (first
      ? `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${TOC_INSTRUCTION}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
      : '') +
    runs(text, { sizePt: view.profile.body.sizePt, bold: level === 0 || undefined }) +
    (last ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : '') +
    '</w:p>';
  return (
    paragraph({ align: 'center', pageBreakBefore: true, keepNext: true, spacing: { after: 240 } }, runs(toc.title.text, toc.title.style)) +
    toc.entries.map((e, i) => entry(e.text, e.level, i === 0, i === toc.entries.length - 1)).join('')
  );
}
