/**
 * The short lines under header lines, however the author drew them: a paragraph border (on the
 * line itself or on an empty paragraph right below), a drawn line (DrawingML or VML), or
 * underlined text. Their length is checked against the profile: under the tiêu ngữ (or the
 * Party title) as long as the line; under the cơ quan ban hành and the trích yếu 1/3–1/2 of it
 * (ND30 Phụ lục I ô 1, 2, 5a; HD 05 ô 1, 5a). The Party's "*" and "-----" are text.
 */
import type { Element } from '@xmldom/xmldom';
import { measureTextPt } from '../../../../shared/the-thuc/text-width';
import { emuToMm, ptToMm, twipToMm } from '../../../../shared/the-thuc/units';
import type { Range, Separator } from '../../../../shared/the-thuc/layout-profile';
import { num, type CheckContext, type Para, type Rule, type RuleFinding } from '../check-context';
import { attr, descendants, kid, snippet } from '../ooxml';
import { pageTextWidth } from '../docx-package';
import { textWidthInCell } from '../table-geometry';

const VML = 'urn:schemas-microsoft-com:vml';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export interface DrawnRule {
  how: 'đường viền đoạn' | 'đường kẻ vẽ' | 'gạch chân chữ';
  lengthMm: number;
}

/** A VML length ("72pt", "1in", "2.5cm", "96px", "72") in millimetres. */
function vmlLengthMm(value: string): number {
  const m = /^(-?[\d.]+)\s*(pt|in|cm|mm|px)?$/.exec(value.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'in': return n * 25.4;
    case 'cm': return n * 10;
    case 'mm': return n;
    case 'px': return ptToMm(n * 0.75);
    default: return ptToMm(n);
  }
}

/** A line drawn in paragraph `p`: its length in mm, or null. */
function drawnLineMm(p: Element): number | null {
  for (const line of descendants(p, 'line', VML)) {
    const from = (line.getAttribute('from') ?? '0,0').split(',');
    const to = (line.getAttribute('to') ?? '0,0').split(',');
    const dx = vmlLengthMm(to[0] ?? '0') - vmlLengthMm(from[0] ?? '0');
    const dy = vmlLengthMm(to[1] ?? '0') - vmlLengthMm(from[1] ?? '0');
    const fromStyle = /width:\s*([\d.]+\s*[a-z]*)/.exec(line.getAttribute('style') ?? '');
    return Math.round(Math.hypot(dx, dy) * 10) / 10 || (fromStyle ? vmlLengthMm(fromStyle[1] ?? '0') : 0);
  }
  for (const container of [...descendants(p, 'anchor', WP), ...descendants(p, 'inline', WP)]) {
    const isLine = descendants(container, 'wsp', WPS).length > 0 || descendants(container, 'prstGeom', A).some((g) => /line/i.test(g.getAttribute('prst') ?? ''));
    const extent = descendants(container, 'extent', WP)[0];
    if (isLine && extent) return emuToMm(Number(extent.getAttribute('cx') ?? 0));
  }
  return null;
}

function border(p: Element, side: 'top' | 'bottom'): boolean {
  const b = kid(kid(kid(p, 'pPr'), 'pBdr'), side);
  return !!b && !['none', 'nil'].includes(attr(b, 'val') ?? 'none');
}

function nextElement(el: Element): Element | null {
  let next = el.nextSibling;
  while (next && next.nodeType !== 1) next = next.nextSibling;
  return next as Element | null;
}

/** Room for text in paragraph `p` (the border's length), in mm. */
function paragraphRoomMm(ctx: CheckContext, p: Element): number {
  const props = ctx.fmt.paragraphProps(p);
  return twipToMm((textWidthInCell(p, ctx.fmt) ?? pageTextWidth(ctx.pkg)) - props.indentLeft - props.indentRight);
}

/** Width of a paragraph's text in mm, at its runs' sizes. */
export function textWidthMmOf(ctx: CheckContext, p: Element): number {
  return ptToMm(ctx.fmt.runs(p).reduce((sum, r) => sum + measureTextPt(r.text, r.format.sizePt ?? 10, r.format), 0));
}

/** The rule under paragraph `p`, however it was made; null when there is none. */
export function ruleUnder(ctx: CheckContext, p: Element): DrawnRule | null {
  if (border(p, 'bottom')) return { how: 'đường viền đoạn', lengthMm: paragraphRoomMm(ctx, p) };
  const own = drawnLineMm(p);
  if (own !== null) return { how: 'đường kẻ vẽ', lengthMm: own };
  const next = nextElement(p);
  if (next?.localName === 'p' && descendants(next, 't').every((t) => (t.textContent ?? '').trim() === '')) {
    if (border(next, 'top') || border(next, 'bottom')) return { how: 'đường viền đoạn', lengthMm: paragraphRoomMm(ctx, next) };
    const drawn = drawnLineMm(next);
    if (drawn !== null) return { how: 'đường kẻ vẽ', lengthMm: drawn };
  }
  const runs = ctx.fmt.runs(p);
  if (runs.length > 0 && runs.every((r) => r.format.underline)) return { how: 'gạch chân chữ', lengthMm: textWidthMmOf(ctx, p) };
  return null;
}

/** The finding for a missing or ill-sized rule under `line` (measured on `referenceMm`). */
export function checkRule(ctx: CheckContext, line: Para, referenceMm: number, share: Range, ruleId: string, name: string, expectedLength: string): RuleFinding[] {
  const drawn = ruleUnder(ctx, line.el);
  const where = snippet(line.text);
  if (!drawn) return [{ ruleId, rule: `Đường kẻ ngang, nét liền dưới ${name}`, found: 'không có', expected: `đường kẻ dài ${expectedLength}`, where }];
  const ratio = drawn.lengthMm / Math.max(referenceMm, 1);
  if (ratio >= share[0] && ratio <= share[1]) return [];
  return [
    {
      ruleId: `${ruleId}-length`,
      rule: `Độ dài đường kẻ dưới ${name}`,
      found: `${drawn.how} dài ${num(drawn.lengthMm)} mm (${Math.round(ratio * 100)}% dòng chữ rộng ${num(referenceMm)} mm)`,
      expected: `${expectedLength}: ${num(referenceMm * share[0], 0)}–${num(referenceMm * share[1], 0)} mm`,
      where,
    },
  ];
}

const TITLE = /^BÁO CÁO$/;

/** The issuing body's lines: bold lines of the header's first cell, above the number line. */
function issuingLines(ctx: CheckContext): Para[] {
  const firstCell = ctx.headerTable ? descendants(ctx.headerTable, 'tc')[0] : undefined;
  if (!firstCell) return [];
  const inCell = new Set(descendants(firstCell, 'p'));
  const lines = ctx.paragraphs.filter((p) => inCell.has(p.el) && p.text.trim() !== '' && !/^Số[\s:]/.test(p.text.trim()));
  return lines.filter((p) => ctx.fmt.paragraphFormat(p.el).bold && !/^\*+$/.test(p.text.trim()));
}

/** The trích yếu: the lines after "BÁO CÁO" up to the first empty line. */
function summaryLines(ctx: CheckContext): Para[] {
  const at = ctx.paragraphs.findIndex((p) => !p.inHeader && TITLE.test(p.text.trim()));
  if (at < 0) return [];
  const out: Para[] = [];
  for (const p of ctx.paragraphs.slice(at + 1)) {
    if (p.text.trim() === '' || /^-{3,}$/.test(p.text.trim())) break;
    out.push(p);
  }
  return out;
}

const widest = (ctx: CheckContext, lines: readonly Para[]) => Math.max(0, ...lines.map((l) => textWidthMmOf(ctx, l.el)));

/** What stands under a block of lines: a measured rule, or the profile's mark ("*", "-----") on the next line. */
function underBlock(ctx: CheckContext, lines: readonly Para[], separator: Separator, share: Range, ids: { rule: string; mark: string }, name: string): RuleFinding[] {
  const last = lines[lines.length - 1];
  if (!last) return [];
  if (separator.kind === 'rule') return checkRule(ctx, last, widest(ctx, lines), share, ids.rule, name, 'bằng 1/3–1/2 dòng chữ');
  const next = ctx.paragraphs[ctx.paragraphs.indexOf(last) + 1];
  if (next?.text.trim() === separator.text) return [];
  return [{ ruleId: ids.mark, rule: `Dấu "${separator.text}" dưới ${name}`, found: next?.text.trim() ? snippet(next.text) : 'không có', expected: separator.text, where: snippet(last.text) }];
}

export const separators: Rule = (ctx) => {
  const { profile } = ctx;
  return [
    ...underBlock(ctx, issuingLines(ctx), profile.underIssuingBody, profile.accepted.ruleShare.issuingBody, { rule: 'header.issuing.rule', mark: 'header.issuing.mark' }, 'tên cơ quan ban hành'),
    ...underBlock(ctx, summaryLines(ctx), profile.underSummary, profile.accepted.ruleShare.summary, { rule: 'title.rule', mark: 'title.mark' }, 'trích yếu'),
  ];
};
