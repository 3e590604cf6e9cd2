/**
 * "Kính gửi" under the title of a report sent upward (ND30 ô 9a): one addressee on the same
 * line; several each on a line of their own, the dashes standing under the colon.
 */
import { estimateTextWidthMm } from '../../../../shared/the-thuc/text-width';
import type { ExportView } from '../../../../shared/export-view/view-model';
import { styledParagraph } from './styled';
import { mmToTwip } from './units';

export function addresseeBlock(view: ExportView): string {
  const { label, items, inline } = view.addressees;
  if (items.length === 0) return '';
  const size = label.style.sizePt;
  const labelMm = estimateTextWidthMm('Kính gửi: ', size);
  const widest = Math.max(...items.map((i) => estimateTextWidthMm(i.text, size)));
  // Centre the block as a whole; never start left of the margin.
  const startMm = Math.max(0, (view.textWidthMm - labelMm - widest) / 2);
  if (inline) {
    const line = { text: `Kính gửi: ${items[0]?.text ?? ''}`, style: label.style };
    return styledParagraph(line, 'left', { indent: { left: mmToTwip(startMm) }, spacing: { before: 120, after: 120 } });
  }
  const colonMm = estimateTextWidthMm('Kính gửi', size);
  return [
    styledParagraph(label, 'left', { indent: { left: mmToTwip(startMm) }, spacing: { before: 120 }, keepNext: true }),
    ...items.map((item, i) =>
      styledParagraph(item, 'left', {
        indent: { left: mmToTwip(startMm + colonMm) },
        spacing: { after: i === items.length - 1 ? 120 : 0 },
        keepNext: i < items.length - 1,
      }),
    ),
  ].join('');
}
