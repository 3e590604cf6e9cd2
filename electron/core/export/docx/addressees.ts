/**
 * "Kính gửi" under the title of a report sent upward (ND30 ô 9a): one addressee on the same
 * line; several each on a line of their own, the dashes standing under the colon.
 */
import { Paragraph } from 'docx';
import { estimateTextWidthMm } from '../../../../shared/the-thuc/text-width';
import type { ExportView } from '../view-model';
import { styledRuns } from './text-runs';
import { mmToTwip } from './units';

export function addresseeBlock(view: ExportView): Paragraph[] {
  const { label, items, inline } = view.addressees;
  if (items.length === 0) return [];
  const size = label.style.sizePt;
  const labelMm = estimateTextWidthMm('Kính gửi: ', size);
  const widest = Math.max(...items.map((i) => estimateTextWidthMm(i.text, size)));
  // Centre the block as a whole; never start left of the margin.
  const startMm = Math.max(0, (view.textWidthMm - labelMm - widest) / 2);
  if (inline) {
    return [new Paragraph({ indent: { left: mmToTwip(startMm) }, spacing: { before: 6 * 20, after: 6 * 20 }, children: styledRuns(`Kính gửi: ${items[0]?.text ?? ''}`, label.style) })];
  }
  const colonMm = estimateTextWidthMm('Kính gửi', size);
  return [
    new Paragraph({ indent: { left: mmToTwip(startMm) }, spacing: { before: 6 * 20 }, keepNext: true, children: styledRuns(label.text, label.style) }),
    ...items.map(
      (item, i) =>
        new Paragraph({
          indent: { left: mmToTwip(startMm + colonMm) },
          spacing: { after: i === items.length - 1 ? 6 * 20 : 0 },
          keepNext: i < items.length - 1,
          children: styledRuns(item.text, item.style),
        }),
    ),
  ];
}
