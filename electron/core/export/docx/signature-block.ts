/**
 * Nơi nhận (left) and the signature (right) side by side in a borderless table, with the
 * "Nơi nhận:" line level with the quyền hạn line (ND30 ô 9b / 7a; HD 05 ô 9 / 7).
 */
import type { Paragraph, Table } from 'docx';
import type { ExportView } from '#shared/export-view/view-model';
import { mmToTwip, ptToTwip } from '#shared/the-thuc/units';
import { paragraph } from './paragraph';
import { styledParagraph } from './styled';
import { table } from './table';

const KEEP = { keepNext: true, keepLines: true };
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

export function signatureBlock(view: ExportView): (Paragraph | Table)[] {
  const { left: leftMm, right: rightMm } = view.layout.signatureColumnsMm;
  const left = [view.recipients.label, ...view.recipients.items].map((l) => styledParagraph(l, 'left', KEEP));
  const right = [
    ...view.signature.map((l) => styledParagraph(l, 'center', KEEP)),
    ...Array.from({ length: view.blankLinesForSignature }, () => paragraph({ keepNext: true })),
    styledParagraph(view.signerName, 'center', KEEP),
  ];
  return [
    paragraph({ keepNext: true, spacing: { before: 0, after: ptToTwip(view.layout.gapsPt.aboveSignature) } }),
    table({
      columnsTwips: [mmToTwip(leftMm), mmToTwip(rightMm)],
      borders: 'none',
      rows: [
        {
          cantSplit: true,
          cells: [
            { widthTwips: mmToTwip(leftMm), content: left, margins: NO_MARGINS },
            { widthTwips: mmToTwip(rightMm), content: right, margins: NO_MARGINS },
          ],
        },
      ],
    }),
  ];
}
