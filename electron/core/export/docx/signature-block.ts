/**
 * Nơi nhận (left) and the signature (right) side by side in a borderless table, with the
 * "Nơi nhận:" line level with the quyền hạn line (ND30 ô 9b / 7a; HD 05 ô 9 / 7).
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ExportView, StyledLine } from '../view-model';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS, ZERO_CELL_MARGINS } from './borderless';
import { styledRuns } from './text-runs';
import { mmToTwip } from './units';

const LEFT_SHARE = 0.45;

function line(l: StyledLine, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ alignment, keepNext: true, keepLines: true, children: styledRuns(l.text, l.style) });
}

export function signatureBlock(view: ExportView): (Paragraph | Table)[] {
  const leftMm = Math.round(view.textWidthMm * LEFT_SHARE);
  const rightMm = view.textWidthMm - leftMm;
  const left = [line(view.recipients.label, AlignmentType.LEFT), ...view.recipients.items.map((i) => line(i, AlignmentType.LEFT))];
  const blanks = Array.from({ length: view.blankLinesForSignature }, () => new Paragraph({ keepNext: true, children: [] }));
  const right = [
    ...view.signature.map((l) => line(l, AlignmentType.CENTER)),
    ...blanks,
    line(view.signerName, AlignmentType.CENTER),
  ];
  const cell = (mm: number, children: Paragraph[]) =>
    new TableCell({ width: { size: mmToTwip(mm), type: WidthType.DXA }, borders: NO_CELL_BORDERS, margins: ZERO_CELL_MARGINS, children });
  return [
    new Paragraph({ spacing: { before: 0, after: 6 * 20 }, keepNext: true, children: [] }),
    new Table({
      width: { size: mmToTwip(view.textWidthMm), type: WidthType.DXA },
      columnWidths: [mmToTwip(leftMm), mmToTwip(rightMm)],
      layout: TableLayoutType.FIXED,
      borders: NO_TABLE_BORDERS,
      rows: [new TableRow({ cantSplit: true, children: [cell(leftMm, left), cell(rightMm, right)] })],
    }),
  ];
}
