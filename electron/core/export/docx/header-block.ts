/**
 * The two-column header (ô 1–4): issuing body and number on the left, quốc hiệu / Party title
 * and the date on the right. Two rows so that "Số" and the date always sit on one line, as
 * both rules ask, however many lines the body names take. The table is wider than the text
 * area and centred on it, so the quốc hiệu never wraps (practice: 7 + 10 cm columns).
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { ExportView, StyledLine } from '../view-model';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS, ZERO_CELL_MARGINS } from './borderless';
import { ruleParagraph, separatorParagraph } from './separators';
import { styledRuns } from './text-runs';
import { mmToTwip } from './units';

function centred(line: StyledLine, spacingBeforePt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBeforePt * 20, after: 0 },
    children: styledRuns(line.text, line.style),
  });
}

function cell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    margins: ZERO_CELL_MARGINS,
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

export function headerBlock(view: ExportView): Table {
  const { left: leftMm, right: rightMm } = view.profile.headerColumnsMm;
  const tableMm = leftMm + rightMm;
  const h = view.header;

  const leftTop = [...h.left.map((line) => centred(line)), separatorParagraph(h.underIssuingBody, leftMm)];
  const rightTop = [...h.national.map((line) => centred(line)), ruleParagraph(h.nationalRuleMm, rightMm)];

  return new Table({
    width: { size: mmToTwip(tableMm), type: WidthType.DXA },
    columnWidths: [mmToTwip(leftMm), mmToTwip(rightMm)],
    layout: TableLayoutType.FIXED,
    indent: { size: -mmToTwip((tableMm - view.textWidthMm) / 2), type: WidthType.DXA },
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({ children: [cell(leftMm, leftTop), cell(rightMm, rightTop)] }),
      new TableRow({
        children: [cell(leftMm, [centred(h.numberLine, 6)]), cell(rightMm, [centred(h.dateLine, 6)])],
      }),
    ],
  });
}
