/** Tên loại and trích yếu (ô 5a), centred, with the rule or "-----" under the trích yếu. */
import { AlignmentType, Paragraph } from 'docx';
import type { ExportView } from '../view-model';
import { separatorParagraph } from './separators';
import { styledRuns } from './text-runs';

export function titleBlock(view: ExportView): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 24 * 20, after: 0 },
      keepNext: true,
      children: styledRuns(view.docType.text, view.docType.style),
    }),
  ];
  if (view.summary.text !== '') {
    paragraphs.push(
      new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: styledRuns(view.summary.text, view.summary.style) }),
    );
  }
  paragraphs.push(separatorParagraph(view.underSummary, view.textWidthMm));
  // Breathing space between the title block and the opening paragraph.
  paragraphs.push(new Paragraph({ spacing: { before: 0, after: 6 * 20 }, children: [] }));
  return paragraphs;
}
