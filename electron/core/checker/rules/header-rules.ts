/**
 * How the header's lines are set (ND30 Phụ lục I ô 1–5; HD 05 ô 1–5): the size and weight of the
 * quốc hiệu (or the Party title), the tiêu ngữ, the cơ quan chủ quản and ban hành, the số, the date
 * (italic), the tên loại and the trích yếu; the cơ quan and the quốc hiệu side by side. Each line is judged on its own
 * runs (line-format.ts), so a date laid out with a tab beside the số keeps its own italics.
 */
import { inRange, showRange, type CheckContext, type Line, type Rule, type RuleFinding } from '../check-context';
import { lineFormat } from '../line-format';
import { snippet } from '../../word-file/ooxml';
import { ancestor } from '../table-geometry';
import type { Range } from '#shared/the-thuc/layout-profile';
import { isRegulatedDocType } from '#shared/the-thuc/doc-types';

function styleFindings(
  ctx: CheckContext,
  line: Line | null | undefined,
  ruleId: string,
  name: string,
  range: Range | undefined,
  want: { bold?: boolean; italic?: boolean },
): RuleFinding[] {
  if (!line) return [];
  const f = lineFormat(ctx, line);
  if (!f) return [];
  const where = snippet(line.line.source);
  const out: RuleFinding[] = [];
  if (range && f.sizePt !== null && !inRange(f.sizePt, range))
    out.push({ ruleId: `${ruleId}.size`, rule: `Cỡ chữ ${name}`, found: `${f.sizePt} pt`, expected: showRange(range, 'pt'), where });
  if (want.bold !== undefined && f.bold !== want.bold)
    out.push({
      ruleId: `${ruleId}.bold`,
      rule: `${name} ${want.bold ? 'in đậm' : 'không in đậm'}`,
      found: f.bold ? 'in đậm' : 'không đậm',
      expected: want.bold ? 'in đậm' : 'không đậm',
      where,
    });
  if (want.italic !== undefined && f.italic !== want.italic)
    out.push({
      ruleId: `${ruleId}.italic`,
      rule: `${name} viết ${want.italic ? 'nghiêng' : 'đứng'}`,
      found: f.italic ? 'chữ nghiêng' : 'chữ đứng',
      expected: want.italic ? 'chữ nghiêng' : 'chữ đứng',
      where,
    });
  return out;
}

export const headerFormat: Rule = (ctx) => {
  const { map, profile } = ctx;
  const accepted = profile.accepted;
  const motto = map.national.find((l) => /Độc lập/i.test(l.line.source));
  const title = map.national.find((l) => !/Độc lập/i.test(l.line.source));
  const first = profile.nationalLines[0]?.text ?? '';
  return [
    ...styleFindings(ctx, title, 'header.national', `"${first}"`, accepted.nationalPt, { bold: true }),
    ...(accepted.mottoPt ? styleFindings(ctx, motto, 'header.motto', 'tiêu ngữ', accepted.mottoPt, { bold: true }) : []),
    ...styleFindings(ctx, map.parentBody[0], 'header.parent', 'tên cơ quan chủ quản', accepted.parentBodyPt, {}),
    ...map.issuingBody.slice(0, 1).flatMap((l) => styleFindings(ctx, l, 'header.issuing', 'tên cơ quan ban hành', accepted.issuingBodyPt, { bold: true })),
    ...styleFindings(ctx, map.number, 'number', 'dòng số, ký hiệu', accepted.numberLinePt, {}),
    ...styleFindings(ctx, map.placeDate, 'date', 'dòng địa danh, ngày tháng', accepted.dateLinePt, { italic: true }),
    ...styleFindings(ctx, map.docTypeLine, 'title.doctype', 'tên loại văn bản', accepted.docTypePt, { bold: true }),
    // Under a tên loại a rule lists only: a công văn's "V/v …" line has a size of its own (ND30 ô 5b), a bản tự kiểm điểm its form's.
    ...(map.docTypeLine && isRegulatedDocType(map.docTypeLine.line.source)
      ? styleFindings(ctx, map.summary[0], 'title.summary', 'trích yếu nội dung', accepted.summaryPt, {})
      : []),
  ];
};

/**
 * The cơ quan on the left and the quốc hiệu on the right, on the same rows (ND30 ô 1, 2): in a
 * table's two cells, or one paragraph parted by tab stops. A quốc hiệu on a row of its own above
 * the cơ quan is a header a văn thư lays out again.
 */
export const headerColumns: Rule = (ctx) => {
  const { map } = ctx;
  const national = map.national[0];
  const issuing = map.issuingBody[0];
  if (!national?.para || !issuing?.para) return [];
  const nationalCell = ancestor(national.para.el, 'tc');
  const sideBySide =
    (nationalCell !== null && nationalCell !== ancestor(issuing.para.el, 'tc')) ||
    national.para === issuing.para ||
    ancestor(national.para.el, 'txbxContent') !== null ||
    /\t/.test(national.para.text);
  if (sideBySide) return [];
  return [
    {
      ruleId: 'header.table',
      rule: 'Phần đầu văn bản trình bày thành hai cột: tên cơ quan bên trái, quốc hiệu/tiêu đề bên phải',
      found: 'quốc hiệu và tên cơ quan nằm trên các dòng riêng, không cùng hàng',
      expected: 'bảng không viền hai cột (hoặc điểm dừng tab) ở đầu trang 1',
      where: 'Đầu văn bản',
    },
  ];
};
