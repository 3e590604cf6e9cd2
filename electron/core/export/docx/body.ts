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
import type { BodyItem, ExportView } from '../view-model';
import { bodyRuns, styledRuns } from './text-runs';
import { mmToTwip, ptToHalfPoints } from './units';

const BODY_STYLE = 'BaoCaoBody';
const TABLE_TEXT_PT = 13;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function tableCellParagraph(text: string, header: boolean): Paragraph {
  return new Paragraph({
    alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: text.split('\n').map(
      (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: header || undefined, size: ptToHalfPoints(TABLE_TEXT_PT) }),
    ),
  });
}

function dataTable(item: Extract<BodyItem, { kind: 'table' }>, textWidthMm: number): (Paragraph | Table)[] {
  const columns = Math.max(item.header.length, ...item.rows.map((r) => r.length));
  const colTwips = Math.floor(mmToTwip(textWidthMm) / columns);
  const pad = (cells: readonly string[]) => Array.from({ length: columns }, (_, i) => cells[i] ?? '');
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: pad(cells).map(
        (text) =>
          new TableCell({
            width: { size: colTwips, type: WidthType.DXA },
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: [tableCellParagraph(text, header)],
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
      width: { size: colTwips * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => colTwips),
      layout: TableLayoutType.FIXED,
      borders: GRID,
      rows: [row(item.header, true), ...item.rows.map((r) => row(r, false))],
    }),
  );
  return out;
}

export function bodyBlocks(view: ExportView): (Paragraph | Table)[] {
  return view.body.flatMap((item): (Paragraph | Table)[] => {
    switch (item.kind) {
      case 'heading':
        return [
          new Paragraph({
            style: BODY_STYLE,
            keepNext: true,
            children: [new TextRun({ text: item.text, bold: item.bold || undefined })],
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ style: BODY_STYLE, children: bodyRuns(item.runs) })];
      case 'bullet':
        return [new Paragraph({ style: BODY_STYLE, children: bodyRuns([{ text: `- ${item.text}` }]) })];
      case 'table':
        return dataTable(item, view.textWidthMm);
    }
  });
}
