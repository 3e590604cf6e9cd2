/**
 * The two-column header (ô 1–4): issuing body and number on the left, quốc hiệu / Party title
 * and the date on the right. Two rows so that "Số" and the date always sit on one line, as
 * both rules ask, however many lines the body names take. The table is wider than the text
 * area (practice: 7 + 10 cm columns), so the quốc hiệu never wraps; its widths and place come
 * from the view model, which widens the left column for a long place name.
 */
import type { Paragraph, Table } from 'docx';
import type { ExportView } from '#shared/export-view/view-model';
import { mmToTwip, ptToTwip } from '#shared/the-thuc/units';
import { ruleParagraph, separatorParagraph } from './separators';
import { styledParagraph } from './styled';
import { table } from './table';

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

export function headerBlock(view: ExportView): Table {
  const { left: leftMm, right: rightMm } = view.header.columnsMm;
  const h = view.header;
  const cell = (mm: number, content: Paragraph[]) => ({ widthTwips: mmToTwip(mm), content, margins: NO_MARGINS, vAlign: 'top' as const });
  const leftTop = [...h.left.map((l) => styledParagraph(l, 'center')), separatorParagraph(h.underIssuingBody, leftMm)];
  const rightTop = [...h.national.map((l) => styledParagraph(l, 'center')), ruleParagraph(h.nationalRuleMm, rightMm)];
  const below = { spacing: { before: ptToTwip(view.layout.gapsPt.belowHeaderNames), after: 0 } };
  return table({
    columnsTwips: [mmToTwip(leftMm), mmToTwip(rightMm)],
    indentTwips: mmToTwip(h.indentMm),
    borders: 'none',
    rows: [
      { cells: [cell(leftMm, leftTop), cell(rightMm, rightTop)] },
      {
        cells: [
          cell(leftMm, [
            styledParagraph(h.numberLine, 'center', below),
            // A công văn's "V/v …" under the số (ND30 ô 5b).
            ...(h.congVanSummary
              ? [styledParagraph(h.congVanSummary, 'center', { spacing: { before: ptToTwip(view.layout.gapsPt.aboveCongVanSummary), after: 0 } })]
              : []),
          ]),
          cell(rightMm, [styledParagraph(h.dateLine, 'center', below)]),
        ],
      },
    ],
  });
}
