/**
 * The short lines under header lines. A rule is an empty, tiny paragraph with a bottom border,
 * indented so the border is exactly `widthMm` long and centred: unlike a drawn shape it renders
 * the same in Word, LibreOffice and WPS, and unlike a border on the text line it can never make
 * the text above it wrap.
 */
import type { Paragraph } from 'docx';
import type { ResolvedSeparator } from '#shared/export-view/view-model';
import { mmToTwip } from '#shared/the-thuc/units';
import { paragraph, runs } from './paragraph';

export function ruleParagraph(widthMm: number, availableMm: number): Paragraph {
  const side = mmToTwip(Math.max(0, (availableMm - widthMm) / 2));
  return paragraph({
    align: 'center',
    bottomBorder: true,
    spacing: { before: 20, after: 0, line: 40, lineRule: 'exact' },
    indent: { left: side, right: side },
  });
}

export function separatorParagraph(separator: ResolvedSeparator, availableMm: number): Paragraph {
  if (separator.kind === 'rule') return ruleParagraph(separator.widthMm, availableMm);
  return paragraph({ align: 'center' }, runs(separator.text, separator.style));
}
