/**
 * The content (ND30 Phụ lục I ô 6; HD 05 ô 6): first-line indent, space between paragraphs,
 * line spacing — read from the paragraphs of running text (the most common value, so one odd
 * paragraph does not count) — and where "Kính gửi" stands (ô 9a: after the title, before the content).
 */
import { lineHeightPt } from '../../../../shared/the-thuc/text-width';
import { twipToMm } from '../../../../shared/the-thuc/units';
import { num, showRange, type Rule, type RuleFinding } from '../check-context';
import { reportParts } from '../body-paragraphs';
import { snippet } from '../ooxml';
import { paragraphLineHeightPt } from '../run-format';

const mode = (values: readonly number[]): number | undefined => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

export const bodyLayout: Rule = (ctx) => {
  const { profile } = ctx;
  const accepted = profile.accepted;
  const running = reportParts(ctx).body.filter((p) => p.text.trim().length >= 60 && !/^[-+–•]/.test(p.text.trim()));
  if (running.length === 0) return [];
  const props = running.map((p) => ({ p, props: ctx.fmt.paragraphProps(p.el), size: ctx.fmt.paragraphFormat(p.el).sizePt ?? profile.body.sizePt }));
  const findings: RuleFinding[] = [];
  const where = 'Nội dung';

  const indent = mode(props.map((x) => twipToMm(x.props.firstLine - x.props.hanging)));
  if (indent !== undefined && (indent < accepted.bodyIndentMm[0] - 0.5 || indent > accepted.bodyIndentMm[1] + 0.5)) {
    findings.push({ ruleId: 'body.indent', rule: 'Thụt đầu dòng đoạn văn', found: `${num(indent)} mm`, expected: showRange(accepted.bodyIndentMm, 'mm'), where });
  }
  const spacing = mode(props.map((x) => (x.props.spacingBefore + x.props.spacingAfter) / 20));
  if (spacing !== undefined && spacing < accepted.bodySpacingMinPt - 0.5) {
    findings.push({ ruleId: 'body.spacing', rule: 'Khoảng cách giữa các đoạn văn', found: `${num(spacing)} pt`, expected: `tối thiểu ${accepted.bodySpacingMinPt} pt`, where });
  }
  const heights = props.map((x) => Math.round(paragraphLineHeightPt(x.props, x.size) * 10) / 10);
  const height = mode(heights);
  const size = mode(props.map((x) => x.size)) ?? profile.body.sizePt;
  if (height !== undefined) {
    const single = lineHeightPt(size);
    const line = accepted.bodyLine;
    const [min, max] = line.kind === 'exact' ? line.rangePt : [Math.min(line.exactMinPt, single * line.range[0]), single * line.range[1]];
    if (height < min - 0.3 || height > max + 0.3) {
      const wanted = line.kind === 'exact' ? `chính xác ${line.rangePt[0]}–${line.rangePt[1]} pt` : `từ một dòng (hoặc chính xác ${num(line.exactMinPt)} pt) đến ${num(line.range[1])} dòng`;
      findings.push({ ruleId: 'body.line-spacing', rule: 'Khoảng cách giữa các dòng', found: `${num(height)} pt mỗi dòng`, expected: `${wanted} (${num(min)}–${num(max)} pt)`, where });
    }
  }
  return findings;
};

export const kinhGuiPlace: Rule = (ctx) => {
  if (ctx.profile.family === 'party') return [];
  const at = ctx.paragraphs.findIndex((p) => /^Kính gửi\s*:/.test(p.text.trim()));
  if (at < 0) return [];
  const parts = reportParts(ctx);
  const firstBody = parts.body.find((p) => p.text.trim().length >= 40 && !/^Kính gửi/.test(p.text.trim()));
  const kinhGui = ctx.paragraphs[at]!;
  const bodyAt = firstBody ? ctx.paragraphs.indexOf(firstBody) : Number.POSITIVE_INFINITY;
  if (!kinhGui.inHeader && parts.title >= 0 && at > parts.title && at < bodyAt) return [];
  return [{ ruleId: 'kinh-gui.place', rule: '"Kính gửi" đặt dưới tên loại và trích yếu, trước nội dung', found: kinhGui.inHeader ? 'nằm trong phần đầu văn bản' : parts.title >= 0 && at < parts.title ? 'đứng trước tên loại' : 'nằm trong nội dung', expected: 'sau trích yếu, trước đoạn nội dung đầu tiên', where: snippet(kinhGui.text) }];
};
