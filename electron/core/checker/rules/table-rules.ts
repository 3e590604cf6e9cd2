/**
 * Tables of figures in the content: borders a reader sees (set on the table, by its style, or
 * on every cell), a bold header row, the header row repeated on each page (tblHeader), and
 * figures columns aligned right so their digits line up (figure-columns.ts, the exporter's rule).
 * Neither ND30 nor HD 05 rules on tables: these findings are advice (basis "practice"). A table
 * the Word reader read as the header or the signature block is layout, not data, and is left alone.
 */
import type { Element } from '@xmldom/xmldom';
import type { CheckContext, Rule, RuleFinding } from '../check-context';
import { topLevel } from '../../word-file/docx-package';
import { attr, descendants, kid, kids, paragraphText, snippet, toggle } from '../../word-file/ooxml';
import { figureColumns } from '#shared/the-thuc/figure-columns';

const SIDES = ['top', 'bottom', 'left', 'right', 'start', 'end', 'insideH', 'insideV'];
const visible = (borders: Element | null) => SIDES.some((side) => !['none', 'nil', ''].includes(attr(kid(borders, side), 'val') ?? 'none'));

/** Tables of data: none of their paragraphs is a line the Word reader placed (header, signature, Nơi nhận). */
function dataTables(ctx: CheckContext): Element[] {
  const placed = new Set(ctx.map.all.flatMap((l) => (l.para ? [l.para.el] : [])));
  return topLevel(ctx.pkg).filter((el) => el.localName === 'tbl' && kids(el, 'tr').length >= 2 && !descendants(el, 'p').some((p) => placed.has(p)));
}

function hasBorders(ctx: CheckContext, tbl: Element): boolean {
  const tblPr = kid(tbl, 'tblPr');
  if (visible(kid(tblPr, 'tblBorders'))) return true;
  if (ctx.fmt.styleElement(attr(kid(tblPr, 'tblStyle'), 'val')).some((style) => visible(kid(kid(style, 'tblPr'), 'tblBorders')))) return true;
  const cells = descendants(tbl, 'tc');
  return cells.length > 0 && cells.every((tc) => visible(kid(kid(tc, 'tcPr'), 'tcBorders')));
}

export const dataTableRules: Rule = (ctx) => {
  const findings: RuleFinding[] = [];
  dataTables(ctx).forEach((tbl, n) => {
    const rows = kids(tbl, 'tr');
    const head = rows[0] as Element;
    const headText = descendants(head, 'p').map(paragraphText).join(' | ');
    const where = `Bảng ${n + 1}: ${snippet(headText, 50)}`;
    if (!hasBorders(ctx, tbl))
      findings.push({
        ruleId: 'table.borders',
        rule: 'Bảng số liệu có đường kẻ (viền) để đọc được hàng, cột',
        found: 'bảng không có viền',
        expected: 'viền đơn, nét liền cho cả bảng',
        where,
      });
    const headRuns = descendants(head, 'p').flatMap((p) => ctx.fmt.runs(p));
    if (headRuns.length > 0 && !headRuns.every((r) => r.format.bold))
      findings.push({
        ruleId: 'table.header-bold',
        rule: 'Hàng tiêu đề của bảng in đậm',
        found: 'hàng đầu không đậm',
        expected: 'chữ đậm ở hàng tiêu đề',
        where,
      });
    if (!toggle(kid(kid(head, 'trPr'), 'tblHeader'))) {
      findings.push({
        ruleId: 'table.header-repeat',
        rule: 'Hàng tiêu đề lặp lại ở đầu mỗi trang khi bảng sang trang',
        found: 'không đặt lặp lại',
        expected: 'hàng đầu đặt "Repeat as header row" (tblHeader)',
        where,
      });
    }
    // By column, as the exporter aligns them: a figures column's "-" is aligned with its figures.
    const cells = rows.map((tr) => kids(tr, 'tc').map((tc) => kids(tc, 'p')));
    const texts = cells.map((row) => row.map((ps) => ps.map(paragraphText).join(' ').trim()));
    const columns = Math.max(...texts.map((r) => r.length));
    const figures = figureColumns(texts[0] ?? [], texts.slice(1), columns);
    const leftFigures = cells
      .slice(1)
      .flatMap((row) =>
        row.flatMap((ps, c) =>
          figures[c] ? ps.filter((p) => paragraphText(p).trim() !== '' && !['right', 'end', 'decimal'].includes(ctx.fmt.paragraphProps(p).align)) : [],
        ),
      );
    if (leftFigures.length > 0) {
      findings.push({
        ruleId: 'table.figures-align',
        rule: 'Cột số liệu trong bảng canh phải để các chữ số thẳng hàng',
        found: `${leftFigures.length} ô số liệu không canh phải (ví dụ "${paragraphText(leftFigures[0] as Element).trim()}")`,
        expected: 'canh phải cả cột số liệu',
        where,
      });
    }
  });
  return findings;
};
