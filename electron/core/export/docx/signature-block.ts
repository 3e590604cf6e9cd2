/**
 * Nơi nhận (left) and the signature (right) side by side in a borderless table, with the
 * "Nơi nhận:" line level with the quyền hạn line (ND30 ô 9b / 7a; HD 05 ô 9 / 7). With người ký
 * cùng (a văn bản liên tịch, a biên bản's members) the signatures take the table two by two, the
 * signer on the right of the first row, and Nơi nhận follows under them on the left.
 */
import type { Paragraph, Table } from 'docx';
import { leadSigner, signingCellMm, signingRows, type ExportView, type SignerView } from '#shared/export-view/view-model';
import { mmToTwip, ptToTwip } from '#shared/the-thuc/units';
import { paragraph } from './paragraph';
import { styledParagraph } from './styled';
import { table } from './table';

const KEEP = { keepNext: true, keepLines: true };
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function signerParagraphs(signer: SignerView, blankLines: number): Paragraph[] {
  return [
    ...signer.lines.map((l) => styledParagraph(l, 'center', KEEP)),
    ...Array.from({ length: blankLines }, () => paragraph({ keepNext: true })),
    styledParagraph(signer.name, 'center', KEEP),
  ];
}

export function signatureBlock(view: ExportView): (Paragraph | Table)[] {
  const { left: leftMm, right: rightMm } = view.layout.signatureColumnsMm;
  const recipients = [view.recipients.label, ...view.recipients.items];
  const gapAbove = paragraph({ keepNext: true, spacing: { before: 0, after: ptToTwip(view.layout.gapsPt.aboveSignature) } });
  const rows = signingRows(view);
  if (rows.length > 0) {
    const halfMm = signingCellMm(view);
    const signers = table({
      columnsTwips: [mmToTwip(halfMm), mmToTwip(halfMm)],
      borders: 'none',
      rows: rows.map((pair, i) => ({
        cantSplit: true,
        cells: pair.map((cell) => ({
          widthTwips: mmToTwip(halfMm),
          // A line between the rows of signatures, as between the signature and what is above it.
          content: [...(i > 0 ? [paragraph({ keepNext: true })] : []), ...(cell ? signerParagraphs(cell.signer, cell.blankLines) : [])],
          margins: NO_MARGINS,
        })),
      })),
    });
    const list =
      view.recipients.items.length > 0
        ? [paragraph({ keepNext: true }), ...recipients.map((l, i) => styledParagraph(l, 'left', i < recipients.length - 1 ? KEEP : { keepLines: true }))]
        : [];
    return [gapAbove, signers, ...list];
  }
  const right = signerParagraphs(leadSigner(view), view.blankLinesForSignature);
  return [
    gapAbove,
    table({
      columnsTwips: [mmToTwip(leftMm), mmToTwip(rightMm)],
      borders: 'none',
      rows: [
        {
          cantSplit: true,
          cells: [
            { widthTwips: mmToTwip(leftMm), content: recipients.map((l) => styledParagraph(l, 'left', KEEP)), margins: NO_MARGINS },
            { widthTwips: mmToTwip(rightMm), content: right, margins: NO_MARGINS },
          ],
        },
      ],
    }),
  ];
}
