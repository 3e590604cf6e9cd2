/**
 * Tables of figures in the content: borders a reader sees (set on the table, by its style, or
 * on every cell), a bold header row, the header row repeated on each page (tblHeader), and
 * figures aligned right so their digits line up. The header table and the signature table are
 * layout, not data, and are left alone.
 */
import type { Element } from '@xmldom/xmldom';
import type { CheckContext, Rule, RuleFinding } from '../check-context';
import { topLevel } from '../docx-package';
import { attr, descendants, kid, kids, paragraphText, snippet, toggle } from '../ooxml';

const SIDES = ['top', 'bottom', 'left', 'right', 'start', 'end', 'insideH', 'insideV'];
const visible = (borders: Element | null) => SIDES.some((side) => !['none', 'nil', ''].includes(attr(kid(borders, side), 'val') ?? 'none'));

/** A figure: digits with Vietnamese grouping and decimals, a sign, a percent or "lần". */
const FIGURE = /^[+\-−–]?\d{1,3}(\.\d{3})*(,\d+)?\s*(%|lần)?$|^[+\-−–]?\d+(,\d+)?\s*(%|lần)?$/;

function dataTables(ctx: CheckContext): Element[] {
  const all = [...topLevel(ctx.pkg).filter((el) => el.localName === 'tbl')];
  return all.filter((t) => t !== ctx.headerTable && !/Nơi nhận/.test(descendants(t, 'p').map(paragraphText).join('\n')) && kids(t, 'tr').length >= 2);
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
    if (!hasBorders(ctx, tbl)) findings.push({ ruleId: 'table.borders', rule: 'Bảng số liệu có đường kẻ (viền) để đọc được hàng, cột', found: 'bảng không có viền', expected: 'viền đơn, nét liền cho cả bảng', where });
    const headRuns = descendants(head, 'p').flatMap((p) => ctx.fmt.runs(p));
    if (headRuns.length > 0 && !headRuns.every((r) => r.format.bold)) findings.push({ ruleId: 'table.header-bold', rule: 'Hàng tiêu đề của bảng in đậm', found: 'hàng đầu không đậm', expected: 'chữ đậm ở hàng tiêu đề', where });
    if (!toggle(kid(kid(head, 'trPr'), 'tblHeader'))) {
      findings.push({ ruleId: 'table.header-repeat', rule: 'Hàng tiêu đề lặp lại ở đầu mỗi trang khi bảng sang trang', found: 'không đặt lặp lại', expected: 'hàng đầu đặt "Repeat as header row" (tblHeader)', where });
    }
    const leftFigures = rows.slice(1).flatMap((tr) =>
      kids(tr, 'tc').flatMap((tc) =>
        kids(tc, 'p').filter((p) => {
          const text = paragraphText(p).trim();
          return FIGURE.test(text) && !['right', 'end', 'decimal'].includes(ctx.fmt.paragraphProps(p).align);
        }),
      ),
    );
    if (leftFigures.length > 0) {
      findings.push({ ruleId: 'table.figures-align', rule: 'Số liệu trong bảng canh phải để các chữ số thẳng hàng', found: `${leftFigures.length} ô số liệu không canh phải (ví dụ "${paragraphText(leftFigures[0] as Element).trim()}")`, expected: 'canh phải', where });
    }
  });
  return findings;
};
