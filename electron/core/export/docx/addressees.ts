/**
 * "Kính gửi" under the title of a report sent upward (ND30 ô 9a): one addressee on the same
 * line; several each on a line of their own, the dashes standing under the colon.
 */
import type { Paragraph } from 'docx';
import type { ExportView } from '#shared/export-view/view-model';
import { mmToTwip, ptToTwip } from '#shared/the-thuc/units';
import { styledParagraph } from './styled';

export function addresseeBlock(view: ExportView): Paragraph[] {
  const { label, items, inline, startMm, itemsIndentMm } = view.addressees;
  if (items.length === 0) return [];
  const gap = ptToTwip(view.layout.gapsPt.aroundAddressees);
  if (inline) {
    const line = { text: `Kính gửi: ${items[0]?.text ?? ''}`, style: label.style };
    return [styledParagraph(line, 'left', { indent: { left: mmToTwip(startMm) }, spacing: { before: gap, after: gap } })];
  }
  return [
    styledParagraph(label, 'left', { indent: { left: mmToTwip(startMm) }, spacing: { before: gap }, keepNext: true }),
    ...items.map((item, i) =>
      styledParagraph(item, 'left', {
        indent: { left: mmToTwip(startMm + itemsIndentMm) },
        spacing: { after: i === items.length - 1 ? gap : 0 },
        keepNext: i < items.length - 1,
      }),
    ),
  ];
}
