/**
 * Paragraphs and runs with the properties a báo cáo uses, built with the docx library. The
 * builders of the report's blocks speak in these few terms (twips, half-points, a bottom rule),
 * so what a thể thức rule asks for reads the same here as in the view model.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, UnderlineType, type ParagraphChild } from 'docx';

export type Align = 'left' | 'center' | 'right' | 'both';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.BOTH } as const;
const LINE_RULE = { auto: LineRuleType.AUTO, exact: LineRuleType.EXACT, atLeast: LineRuleType.AT_LEAST } as const;

export interface ParagraphProps {
  style?: string;
  align?: Align;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Starts a new page. */
  pageBreakBefore?: boolean;
  /** Twips. */
  spacing?: { before?: number; after?: number; line?: number; lineRule?: keyof typeof LINE_RULE };
  /** Twips. */
  indent?: { left?: number; right?: number; firstLine?: number };
  /** A single bottom border: the short rules under header lines. */
  bottomBorder?: boolean;
  /** Size of the paragraph mark in half-points (an empty paragraph is as tall as its mark). */
  markSize?: number;
}

export function paragraph(props: ParagraphProps, children: readonly ParagraphChild[] = []): Paragraph {
  const { spacing, markSize } = props;
  return new Paragraph({
    style: props.style,
    alignment: props.align ? ALIGNMENT[props.align] : undefined,
    keepNext: props.keepNext || undefined,
    keepLines: props.keepLines || undefined,
    pageBreakBefore: props.pageBreakBefore || undefined,
    spacing: spacing && { ...spacing, lineRule: spacing.lineRule ? LINE_RULE[spacing.lineRule] : undefined },
    indent: props.indent,
    border: props.bottomBorder ? { bottom: { style: BorderStyle.SINGLE, color: '000000', size: 6, space: 1 } } : undefined,
    run: markSize ? { size: markSize, sizeComplexScript: markSize } : undefined,
    children,
  });
}

interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Absent: the paragraph style's size. */
  sizePt?: number;
}

/** One run per line of `text`, each after the first opening with a line break; tabs read as spaces (a tab inside the text is not a tab stop). */
export function runs(text: string, props: RunProps = {}): TextRun[] {
  const half = props.sizePt === undefined ? undefined : Math.round(props.sizePt * 2);
  return text
    .replace(/\t/g, ' ')
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          // An explicit false is written (w:b w:val="false"): it overrides a bold style, as the header lines need.
          bold: props.bold,
          boldComplexScript: props.bold,
          italics: props.italic,
          italicsComplexScript: props.italic,
          underline: props.underline ? { type: UnderlineType.SINGLE } : undefined,
          size: half,
          sizeComplexScript: half,
        }),
    );
}
