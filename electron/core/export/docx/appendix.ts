/**
 * A phụ lục after the signature (ND30 §1.10; HD 05 §2.9): "Phụ lục I" / "Phụ lục 1" centred and
 * bold, its title IN HOA, the italic "(Kèm theo Báo cáo số …)" line, then its content.
 */
import type { Paragraph, Table } from 'docx';
import type { AppendixView, ExportView } from '#shared/export-view/view-model';
import { ptToTwip } from '#shared/the-thuc/units';
import { bodyBlocks } from './body';
import { styledParagraph } from './styled';

export function appendixBlocks(appendix: AppendixView, view: ExportView, widthMm: number): (Paragraph | Table)[] {
  return [
    styledParagraph(appendix.label, 'center', { keepNext: true }),
    styledParagraph(appendix.title, 'center', { keepNext: true }),
    styledParagraph(appendix.reference, 'center', { keepNext: true, spacing: { after: ptToTwip(view.layout.gapsPt.belowAppendixReference) } }),
    ...bodyBlocks(appendix.body, view, widthMm),
  ];
}
