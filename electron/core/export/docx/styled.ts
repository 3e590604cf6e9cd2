/** A line of text in a profile style, as a paragraph. */
import { paragraph, type Align, type ParagraphProps } from '../ooxml/paragraph';
import { runs } from '../ooxml/run';
import type { StyledLine } from '../../../../shared/export-view/view-model';

export function styledParagraph(line: StyledLine, align: Align, extra: ParagraphProps = {}): string {
  const s = line.style;
  return paragraph({ align, ...extra }, runs(line.text, { sizePt: s.sizePt, bold: s.bold ?? false, italic: s.italic ?? false, underline: s.underline }));
}
