/** Paragraphs (w:p) with the properties a báo cáo uses. */
import { el } from './xml';

export type Align = 'left' | 'center' | 'right' | 'both';

export interface ParagraphProps {
  style?: string;
  align?: Align;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Starts a new page. */
  pageBreakBefore?: boolean;
  /** Twips. */
  spacing?: { before?: number; after?: number; line?: number; lineRule?: 'auto' | 'exact' | 'atLeast' };
  /** Twips. */
  indent?: { left?: number; right?: number; firstLine?: number };
  /** A single bottom border: the short rules under header lines. */
  bottomBorder?: boolean;
  /** Size of the paragraph mark in half-points (an empty paragraph is as tall as its mark). */
  markSize?: number;
  /** The section properties when this paragraph ends a section. */
  sectPr?: string;
}

export function paragraphProperties(p: ParagraphProps): string {
  const parts: string[] = [];
  if (p.style) parts.push(el('w:pStyle', { 'w:val': p.style }));
  if (p.keepNext) parts.push('<w:keepNext/>');
  if (p.keepLines) parts.push('<w:keepLines/>');
  if (p.pageBreakBefore) parts.push('<w:pageBreakBefore/>');
  if (p.bottomBorder) parts.push('<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>');
  if (p.spacing)
    parts.push(el('w:spacing', { 'w:before': p.spacing.before, 'w:after': p.spacing.after, 'w:line': p.spacing.line, 'w:lineRule': p.spacing.lineRule }));
  if (p.indent) parts.push(el('w:ind', { 'w:left': p.indent.left, 'w:right': p.indent.right, 'w:firstLine': p.indent.firstLine }));
  if (p.align) parts.push(el('w:jc', { 'w:val': p.align }));
  if (p.markSize) parts.push(`<w:rPr>${el('w:sz', { 'w:val': p.markSize })}${el('w:szCs', { 'w:val': p.markSize })}</w:rPr>`);
  if (p.sectPr) parts.push(p.sectPr);
  return parts.length === 0 ? '' : `<w:pPr>${parts.join('')}</w:pPr>`;
}

export function paragraph(props: ParagraphProps, content = ''): string {
  return `<w:p>${paragraphProperties(props)}${content}</w:p>`;
}
