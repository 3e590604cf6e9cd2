/** A line of text in a profile style, as a paragraph. */
import type { Paragraph } from 'docx';
import type { StyledLine } from '#shared/export-view/view-model';
import { paragraph, runs, type Align, type ParagraphProps } from './paragraph';

export function styledParagraph(line: StyledLine, align: Align, extra: ParagraphProps = {}): Paragraph {
  const s = line.style;
  return paragraph({ align, ...extra }, runs(line.text, { sizePt: s.sizePt, bold: s.bold ?? false, italic: s.italic ?? false, underline: s.underline }));
}
