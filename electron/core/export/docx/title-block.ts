/** Tên loại and trích yếu (ô 5a), centred, with the rule or "-----" under the trích yếu. */
import type { Paragraph } from 'docx';
import type { ExportView } from '#shared/export-view/view-model';
import { ptToTwip } from '#shared/the-thuc/units';
import { paragraph } from './paragraph';
import { separatorParagraph } from './separators';
import { styledParagraph } from './styled';

export function titleBlock(view: ExportView): Paragraph[] {
  // A công văn has no tên loại: its trích yếu is in the header, under the số.
  const title =
    view.docType.text === ''
      ? []
      : [
          styledParagraph(view.docType, 'center', { keepNext: true, spacing: { before: ptToTwip(view.layout.gapsPt.aboveTitle), after: 0 } }),
          ...(view.summary.text === '' ? [] : [styledParagraph(view.summary, 'center', { keepNext: true })]),
          separatorParagraph(view.underSummary, view.textWidthMm),
        ];
  return [
    ...title,
    // Breathing space between the title block and what follows.
    paragraph({ spacing: { before: 0, after: ptToTwip(view.layout.gapsPt.afterTitleBlock) } }),
  ];
}
