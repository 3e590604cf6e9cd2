/**
 * The short lines under header lines. A rule is an empty, tiny paragraph with a bottom border,
 * indented so the border is exactly `widthMm` long and centred: unlike a drawn shape it renders
 * the same in Word, LibreOffice and WPS, and unlike a border on the text line it can never make
 * the text above it wrap.
 */
import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import type { ResolvedSeparator } from '../view-model';
import { mmToTwip } from './units';
import { styledRuns } from './text-runs';

export function ruleParagraph(widthMm: number, availableMm: number): Paragraph {
  const side = Math.max(0, (availableMm - widthMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: mmToTwip(side), right: mmToTwip(side) },
    spacing: { before: 20, after: 0, line: 40, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

export function separatorParagraph(separator: ResolvedSeparator, availableMm: number): Paragraph {
  if (separator.kind === 'rule') return ruleParagraph(separator.widthMm, availableMm);
  return new Paragraph({ alignment: AlignmentType.CENTER, children: styledRuns(separator.text, separator.style) });
}
