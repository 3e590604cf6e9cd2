/** The numbered parts and their content, in the body style the profile declares. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BodyItem } from '../view-model';
import { bodyRuns, styledRuns } from './text-runs';
import { mmToTwip, ptToHalfPoints } from './units';

const BODY_STYLE = 'BaoCaoBody';
const TABLE_TEXT_PT = 13;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function tableCellParagraph(text: string, header: boolean, align: 'left' | 'right'): Paragraph {
  return new Paragraph({
    alignment: header ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: text.split('\n').map(
      (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: header || undefined, size: ptToHalfPoints(TABLE_TEXT_PT) }),
    ),
  });
}

function dataTable(item: Extract<BodyItem, { kind: 'table' }>, widthMm: number): (Paragraph | Table)[] {
  const columns = Math.max(item.header.length, ...item.rows.map((r) => r.length));
  const pad = (cells: readonly string[]) => Array.from({ length: columns }, (_, i) => cells[i] ?? '');
  // Columns share the width by how much they hold (bounded), so a name column is not squeezed
  // to the width of a column of numbers.
  const weights = Array.from({ length: columns }, (_, c) =>
    Math.min(40, Math.max(5, ...[item.header, ...item.rows].map((r) => (r[c] ?? '').length))),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((mmToTwip(widthMm) * w) / total));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: pad(cells).map(
        (text, c) =>
          new TableCell({
            width: { size: widths[c] ?? 0, type: WidthType.DXA },
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: [tableCellParagraph(text, header, item.align[c] ?? 'left')],
          }),
      ),
    });
  const out: (Paragraph | Table)[] = [];
  if (item.caption && item.caption.trim() !== '') {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 6 * 20, after: 3 * 20 },
        children: styledRuns(item.caption, { sizePt: TABLE_TEXT_PT + 1, bold: true }),
      }),
    );
  }
  out.push(
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID,
      rows: [row(item.header, true), ...item.rows.map((r) => row(r, false))],
    }),
  );
  return out;
}

function part(item: Extract<BodyItem, { kind: 'part' }>): Paragraph[] {
  // "Phần thứ nhất" centred and bold, its title IN HOA bold on the next line (ND30; HD 05).
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 12 * 20 }, children: [new TextRun({ text: item.label, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 6 * 20 }, children: [new TextRun({ text: item.title, bold: true })] }),
  ];
}

/** Word elements for body items; `widthMm` is the text width of the page they sit on. */
export function bodyBlocks(items: readonly BodyItem[], widthMm: number): (Paragraph | Table)[] {
  return items.flatMap((item): (Paragraph | Table)[] => {
    switch (item.kind) {
      case 'part':
        return part(item);
      case 'heading':
        return [new Paragraph({ style: BODY_STYLE, keepNext: true, children: [new TextRun({ text: item.text, bold: item.bold || undefined })] })];
      case 'paragraph':
        return [new Paragraph({ style: BODY_STYLE, children: bodyRuns(item.runs) })];
      case 'bullet':
        return [new Paragraph({ style: BODY_STYLE, children: bodyRuns([{ text: `- ${item.text}` }]) })];
      case 'table':
        return dataTable(item, widthMm);
    }
  });
}
