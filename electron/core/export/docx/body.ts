/** The numbered parts and their content, in the body style the profile declares. */
import { FootnoteReferenceRun, type Paragraph, type Table } from 'docx';
import type { BodyItem, ExportView } from '#shared/export-view/view-model';
import type { Run } from '#shared/report-format/schema';
import { tableColumnsPt } from '#shared/export-view/table-columns';
import { mmToPt, ptToTwip } from '#shared/the-thuc/units';
import { paragraph, runs } from './paragraph';
import { BODY_STYLE, headingStyle, PART_STYLE } from './styles';
import { table } from './table';

function dataTable(item: Extract<BodyItem, { kind: 'table' }>, view: ExportView, widthMm: number): (Paragraph | Table)[] {
  const { tableTextPt, gapsPt } = view.layout;
  const cellParagraph = (text: string, header: boolean, align: 'left' | 'right', keepNext: boolean) =>
    paragraph({ align: header ? 'center' : align, keepNext: keepNext || undefined }, runs(text, { sizePt: tableTextPt, bold: header || undefined }));
  const columns = Math.max(item.header.length, ...item.rows.map((r) => r.length));
  const pad = (cells: readonly string[]) => Array.from({ length: columns }, (_, i) => cells[i] ?? '');
  const widths = tableColumnsPt([item.header, ...item.rows], mmToPt(widthMm), tableTextPt).map((pt) => Math.floor(ptToTwip(pt)));
  // A table kept with what follows: its last row's paragraphs keep with the next (Word and LibreOffice both honour it).
  const row = (cells: readonly string[], header: boolean, keepNext = false) => ({
    header,
    cantSplit: true,
    cells: pad(cells).map((text, c) => ({
      widthTwips: widths[c] ?? 0,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      content: [cellParagraph(text, header, item.align[c] ?? 'left', keepNext)],
    })),
  });
  const caption =
    item.caption && item.caption.trim() !== ''
      ? [
          paragraph(
            { align: 'center', keepNext: true, spacing: { before: ptToTwip(gapsPt.aboveCaption), after: ptToTwip(gapsPt.belowCaption) } },
            runs(item.caption, { sizePt: tableTextPt + 1, bold: true }),
          ),
        ]
      : [];
  const lastRow = item.rows.length - 1;
  return [
    ...caption,
    table({
      columnsTwips: widths,
      borders: 'grid',
      rows: [row(item.header, true), ...item.rows.map((r, i) => row(r, false, item.keepNext === true && i === lastRow))],
    }),
  ];
}

/** A footnote's own text, at the size of practice (LAYOUT.footnoteTextPt), justified and single-spaced. */
const footnoteText = (text: string, view: ExportView) =>
  paragraph({ align: 'both', spacing: { before: 0, after: 0 } }, runs(text, { sizePt: view.layout.footnoteTextPt }));

/** Runs with their marks; a footnote's number (Word numbers them 1, 2, 3 in order) right after the run it belongs to. */
function markedRuns(list: readonly Run[], view: ExportView) {
  return list.flatMap((r) => [
    ...runs(r.text, { bold: r.bold || undefined, italic: r.italic || undefined, underline: r.underline }),
    ...(r.footnote ? [new FootnoteReferenceRun({ children: [footnoteText(r.footnote, view)] })] : []),
  ]);
}

/** Word blocks for body items; `widthMm` is the text width of the page they sit on. */
export function bodyBlocks(items: readonly BodyItem[], view: ExportView, widthMm: number): (Paragraph | Table)[] {
  const { gapsPt } = view.layout;
  // With a Phần level, the phần is outline level 1 and mục are level 2; without, mục are level 1.
  const hasParts = items.some((i) => i.kind === 'part');
  return items.flatMap((item): (Paragraph | Table)[] => {
    switch (item.kind) {
      case 'part':
        // "Phần thứ nhất" centred and bold, its title IN HOA bold on the next line (ND30; HD 05).
        return [
          // The title carries the outline level; the label above it is its number, not an entry of its own.
          paragraph({ align: 'center', keepNext: true, spacing: { before: ptToTwip(gapsPt.abovePart) } }, runs(item.label, { bold: true })),
          paragraph({ style: PART_STYLE, align: 'center', keepNext: true, spacing: { after: ptToTwip(gapsPt.belowPart) } }, runs(item.title, { bold: true })),
        ];
      case 'heading':
        return [
          paragraph(
            { style: headingStyle(Math.min(item.depth - 1 + (hasParts ? 1 : 0), 4)), keepNext: true },
            runs(item.text, { bold: item.bold || undefined }),
          ),
        ];
      case 'paragraph':
        // A centred line (a quyết định's thẩm quyền line, "QUYẾT ĐỊNH:") has no first-line indent.
        return [
          paragraph(
            { style: BODY_STYLE, keepNext: item.keepNext, ...(item.align ? { align: item.align, indent: { firstLine: 0 } } : {}) },
            markedRuns(item.runs, view),
          ),
        ];
      case 'bullet':
        // The dash is typed text, not a Word list: it survives every reader (LibreOffice drops
        // some docx lists) and is what the văn thư expects to see: "-" then "+" one level in.
        return [paragraph({ style: BODY_STYLE, keepNext: item.keepNext }, [...runs(item.level === 2 ? '+ ' : '- '), ...markedRuns(item.runs, view)])];
      case 'table':
        return dataTable(item, view, widthMm);
    }
  });
}
