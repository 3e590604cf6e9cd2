/**
 * The content (ND30 Phụ lục I ô 6; HD 05 ô 6): its size, first-line indent, space between
 * paragraphs and line spacing — read from the paragraphs of running text the Word reader found
 * between the title and the signature (the most common value, so one odd paragraph does not
 * count). An indent typed with a tab is an indent: it is as wide as the tab stop it reaches.
 */
import type { Element } from '@xmldom/xmldom';
import { lineHeightPt } from '#shared/the-thuc/text-width';
import { twipToMm } from '#shared/the-thuc/units';
import { inRange, num, showRange, type CheckContext, type Rule, type RuleFinding } from '../check-context';
import { attr, descendants, kid, kids } from '../../word-file/ooxml';
import { paragraphLineHeightPt } from '../../word-file/run-format';
import { ancestor } from '../table-geometry';

const mode = (values: readonly number[]): number | undefined => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/** Word's default tab stops when the file sets none: every 1,27 cm. */
const WORD_DEFAULT_TAB = 720;

/**
 * The paragraphs of running text: content lines of some length, outside tables, not dash items,
 * not set in the middle (a thẩm quyền line, a phụ lục's "(Kèm theo …)" caption has no indent).
 */
function running(ctx: CheckContext, minLength: number): Element[] {
  const out = new Set<Element>();
  for (const l of ctx.map.body) {
    if (!l.para || !['paragraph', 'opening', 'closing'].includes(l.line.role)) continue;
    if (l.line.source.trim().length < minLength || /^[-+–•]/.test(l.line.source.trim()) || ancestor(l.para.el, 'tc')) continue;
    if (ctx.fmt.paragraphProps(l.para.el).align === 'center') continue;
    out.add(l.para.el);
  }
  return [...out];
}

/** Where the first line's text starts, in twips from the left indent: the first-line indent, and the tab stops a leading tab reaches. */
function firstLineStart(ctx: CheckContext, p: Element): number {
  const props = ctx.fmt.paragraphProps(p);
  let at = props.firstLine - props.hanging;
  const leadingTabs =
    /^[\t ]*/
      .exec(
        descendants(p, '*')
          // A w:tab in a run is a typed tab; the w:tab of the paragraph's w:tabs is a stop, not a character.
          .filter((n) => n.localName === 't' || (n.localName === 'tab' && (n.parentNode as Element | null)?.localName === 'r'))
          .map((n) => (n.localName === 'tab' ? '\t' : (n.textContent ?? '')))
          .join(''),
      )?.[0]
      .split('\t').length ?? 1;
  if (leadingTabs <= 1) return at;
  const stops = kids(kid(kid(p, 'pPr'), 'tabs'), 'tab')
    .map((t) => Number(attr(t, 'pos') ?? 0))
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const defaultTab = Number(attr(descendants(ctx.pkg.settings?.documentElement, 'defaultTabStop')[0], 'val') ?? WORD_DEFAULT_TAB) || WORD_DEFAULT_TAB;
  for (let tab = 1; tab < leadingTabs; tab += 1) {
    const next = stops.find((s) => s > at);
    at = next ?? (Math.floor(at / defaultTab) + 1) * defaultTab;
  }
  return at;
}

export const bodySize: Rule = (ctx) => {
  const sizes = running(ctx, 40)
    .map((p) => ctx.fmt.paragraphFormat(p).sizePt)
    .filter((s): s is number => s !== null);
  const size = mode(sizes);
  if (size === undefined || inRange(size, ctx.profile.accepted.bodyPt)) return [];
  return [
    { ruleId: 'body.size', rule: 'Cỡ chữ phần nội dung', found: `${num(size)} pt`, expected: showRange(ctx.profile.accepted.bodyPt, 'pt'), where: 'Nội dung' },
  ];
};

export const bodyLayout: Rule = (ctx) => {
  const { profile } = ctx;
  const accepted = profile.accepted;
  const paragraphs = running(ctx, 60);
  if (paragraphs.length === 0) return [];
  const props = paragraphs.map((p) => ({ p, props: ctx.fmt.paragraphProps(p), size: ctx.fmt.paragraphFormat(p).sizePt ?? profile.body.sizePt }));
  const findings: RuleFinding[] = [];
  const where = 'Nội dung';

  const indent = mode(props.map((x) => Math.round(twipToMm(firstLineStart(ctx, x.p)) * 10) / 10));
  if (indent !== undefined && (indent < accepted.bodyIndentMm[0] - 0.5 || indent > accepted.bodyIndentMm[1] + 0.5)) {
    findings.push({
      ruleId: 'body.indent',
      rule: 'Thụt đầu dòng đoạn văn',
      found: `${num(indent)} mm`,
      expected: showRange(accepted.bodyIndentMm, 'mm'),
      where,
    });
  }
  const spacing = mode(props.map((x) => (x.props.spacingBefore + x.props.spacingAfter) / 20));
  if (spacing !== undefined && spacing < accepted.bodySpacingMinPt - 0.5) {
    findings.push({
      ruleId: 'body.spacing',
      rule: 'Khoảng cách giữa các đoạn văn',
      found: `${num(spacing)} pt`,
      expected: `tối thiểu ${accepted.bodySpacingMinPt} pt`,
      where,
    });
  }
  const heights = props.map((x) => Math.round(paragraphLineHeightPt(x.props, x.size) * 10) / 10);
  const height = mode(heights);
  const size = mode(props.map((x) => x.size)) ?? profile.body.sizePt;
  if (height !== undefined) {
    const single = lineHeightPt(size);
    const line = accepted.bodyLine;
    const [min, max] = line.kind === 'exact' ? line.rangePt : [Math.min(line.exactMinPt, single * line.range[0]), single * line.range[1]];
    if (height < min - 0.3 || height > max + 0.3) {
      const wanted =
        line.kind === 'exact'
          ? `chính xác ${line.rangePt[0]}–${line.rangePt[1]} pt`
          : `từ một dòng (hoặc chính xác ${num(line.exactMinPt)} pt) đến ${num(line.range[1])} dòng`;
      findings.push({
        ruleId: 'body.line-spacing',
        rule: 'Khoảng cách giữa các dòng',
        found: `${num(height)} pt mỗi dòng`,
        expected: `${wanted} (${num(min)}–${num(max)} pt)`,
        where,
      });
    }
  }
  return findings;
};
