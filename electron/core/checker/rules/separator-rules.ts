/**
 * The short lines under header lines, however the author drew them: a paragraph border (on the
 * line itself or on an empty paragraph right below), a line drawn in the paragraph or anchored
 * anywhere in the header (VML v:line, a VML connector or thin shape, DrawingML lines and
 * connectors), underlined text, or a line typed of "____" or "-----". Their length is checked
 * against the profile: under the tiêu ngữ (or the Party title) as long as the line; under the cơ
 * quan ban hành and the trích yếu 1/3–1/2 of it (ND30 Phụ lục I ô 1, 2, 5a; HD 05 ô 1, 5a). A
 * drawn line whose size the file does not give (a connector some programs save without one) is a
 * line all the same: present, its length not judged. The Party's "*" and "-----" are text.
 */
import type { Element } from '@xmldom/xmldom';
import { measureTextPt } from '#shared/the-thuc/text-width';
import { emuToMm, ptToMm, twipToMm } from '#shared/the-thuc/units';
import type { Range, Separator } from '#shared/the-thuc/layout-profile';
import { num, type CheckContext, type Line, type Rule, type RuleFinding } from '../check-context';
import { attr, descendants, kid, kids, snippet } from '../../word-file/ooxml';
import { pageTextWidth } from '../../word-file/docx-package';
import { ancestor, textWidthInCell } from '../table-geometry';
import { lineFormat } from '../line-format';
import { measuredLines } from './wrap-rules';

const VML = 'urn:schemas-microsoft-com:vml';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

interface DrawnRule {
  how: 'đường viền đoạn' | 'đường kẻ vẽ' | 'gạch chân chữ' | 'dòng gõ bằng ký tự';
  /** Null when the file gives no size for a drawn line. */
  lengthMm: number | null;
}

/** A VML length ("72pt", "1in", "2.5cm", "96px", "72") in millimetres. */
function vmlLengthMm(value: string): number {
  const m = /^(-?[\d.]+)\s*(pt|in|cm|mm|px)?$/.exec(value.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'in':
      return n * 25.4;
    case 'cm':
      return n * 10;
    case 'mm':
      return n;
    case 'px':
      return ptToMm(n * 0.75);
    default:
      return ptToMm(n);
  }
}

const styleValue = (el: Element, name: string) => new RegExp(`(?:^|;)\\s*${name}:\\s*([-\\d.]+\\s*[a-z]*)`).exec(el.getAttribute('style') ?? '')?.[1] ?? null;

/** A line drawn in paragraph `p` (a rule, not a box): its length (null when not given) and where it starts across the page, in mm. */
interface DrawnLine {
  lengthMm: number | null;
  xMm: number | null;
  p: Element;
}

/** Below this a drawn "line" has no size in the file. */
const NO_SIZE_MM = 0.5;

/** Word writes a drawing twice (mc:Choice for new readers, mc:Fallback VML for old): the fallback is not another line. */
function isFallbackCopy(el: Element): boolean {
  const fallback = ancestor(el, 'Fallback');
  const alternate = fallback ? ancestor(fallback, 'AlternateContent') : null;
  return !!alternate && descendants(alternate, 'drawing').length > 0;
}

function drawnLines(p: Element): DrawnLine[] {
  const out: DrawnLine[] = [];
  for (const line of descendants(p, 'line', VML)) {
    if (isFallbackCopy(line)) continue;
    const from = (line.getAttribute('from') ?? '0,0').split(',');
    const to = (line.getAttribute('to') ?? '0,0').split(',');
    const x1 = vmlLengthMm(from[0] ?? '0');
    const length = Math.hypot(vmlLengthMm(to[0] ?? '0') - x1, vmlLengthMm(to[1] ?? '0') - vmlLengthMm(from[1] ?? '0'));
    const styled = styleValue(line, 'width');
    const mm = length > NO_SIZE_MM ? length : styled ? vmlLengthMm(styled) : 0;
    out.push({
      lengthMm: mm > NO_SIZE_MM ? Math.round(mm * 10) / 10 : null,
      xMm: Math.min(x1, vmlLengthMm(to[0] ?? '0')) + vmlLengthMm(styleValue(line, 'margin-left') ?? '0'),
      p,
    });
  }
  // Connectors (Word's AutoShape 32) and thin rectangles: a line by shape.
  for (const shape of [...descendants(p, 'shape', VML), ...descendants(p, 'rect', VML)]) {
    const type = `${shape.getAttribute('type') ?? ''} ${shape.getAttribute('o:connectortype') ?? ''}`;
    const width = vmlLengthMm(styleValue(shape, 'width') ?? '0');
    const height = vmlLengthMm(styleValue(shape, 'height') ?? '0');
    const connector = /_x0000_t32|straight/.test(type);
    const thin = width > 3 && height <= 1;
    if ((!connector && !thin) || isFallbackCopy(shape)) continue;
    out.push({ lengthMm: width > NO_SIZE_MM ? Math.round(width * 10) / 10 : null, xMm: vmlLengthMm(styleValue(shape, 'margin-left') ?? '0'), p });
  }
  for (const container of [...descendants(p, 'anchor', WP), ...descendants(p, 'inline', WP)]) {
    if (ancestor(container, 'Fallback')) continue;
    const isLine =
      descendants(container, 'prstGeom', A).some((g) => /line|connector/i.test(g.getAttribute('prst') ?? '')) ||
      (descendants(container, 'wsp', WPS).length > 0 && descendants(container, 'prstGeom', A).length === 0);
    const extent = descendants(container, 'extent', WP)[0];
    if (!isLine || !extent) continue;
    const mm = emuToMm(Number(extent.getAttribute('cx') ?? 0));
    const offset = descendants(kid(container, 'positionH', WP), 'posOffset', WP)[0];
    out.push({ lengthMm: mm > NO_SIZE_MM ? mm : null, xMm: offset ? emuToMm(Number(offset.textContent ?? 0)) : null, p });
  }
  return out;
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

/**
 * Width of a paragraph's widest line in mm, at its runs' sizes: lines broken by Shift+Enter
 * measured apart, spaces before and after the text left out, and a paragraph long enough to wrap
 * no wider than the room it wraps in.
 */
function textWidthMmOf(ctx: CheckContext, p: Element): number {
  return Math.min(ptToMm(Math.max(0, ...measuredLines(ctx, p, true).map((l) => l.widthPt))), paragraphRoomMm(ctx, p));
}

/** Width of one recognised line: its own runs, when it shares its paragraph with another (a tab-laid header). */
function lineWidthMm(ctx: CheckContext, line: Line): number {
  if (!line.para) return 0;
  const shared = ctx.map.all.some((other) => other !== line && other.para === line.para && other.line.source.trim() !== '');
  if (!shared) return textWidthMmOf(ctx, line.para.el);
  const f = lineFormat(ctx, line);
  // A name's first line carries the whole name, its lines parted by "\n": the widest of them.
  return Math.max(...line.line.source.split('\n').map((piece) => ptToMm(measureTextPt(piece.trim(), f?.sizePt ?? 13, { bold: f?.bold, italic: f?.italic }))));
}

/** The empty paragraphs right under `p`, where a rule is often drawn or bordered. */
function emptyAfter(p: Element): Element[] {
  const out: Element[] = [];
  for (
    let next = nextElement(p);
    next?.localName === 'p' && descendants(next, 't').every((t) => (t.textContent ?? '').trim() === '') && out.length < 2;
    next = nextElement(next)
  )
    out.push(next);
  return out;
}

/** A rule made on paragraph `p` or right under it without drawing: a border, or the text underlined. */
function ruleOnParagraph(ctx: CheckContext, p: Element): DrawnRule | null {
  if (border(p, 'bottom')) return { how: 'đường viền đoạn', lengthMm: paragraphRoomMm(ctx, p) };
  const bordered = emptyAfter(p)
    .slice(0, 1)
    .find((next) => border(next, 'top') || border(next, 'bottom'));
  if (bordered) return { how: 'đường viền đoạn', lengthMm: paragraphRoomMm(ctx, bordered) };
  const runs = ctx.fmt.runs(p);
  if (runs.length > 0 && runs.every((r) => r.format.underline)) return { how: 'gạch chân chữ', lengthMm: textWidthMmOf(ctx, p) };
  return null;
}

/** The header's side a paragraph is on: its table and column, or for a header laid out without a table, the half of the page. */
type Side = { table: Element; column: number } | { half: 'left' | 'right' };

/** A cell's table and its column (by grid columns spanned), so a rule drawn in the row below counts for the column. */
function cellPlace(p: Element): { table: Element; column: number } | null {
  const tc = ancestor(p, 'tc');
  const tr = tc ? ancestor(tc, 'tr') : null;
  const table = tr ? ancestor(tr, 'tbl') : null;
  if (!tc || !tr || !table) return null;
  let column = 0;
  for (const cell of kids(tr, 'tc')) {
    if (cell === tc) return { table, column };
    column += Number(attr(kid(kid(cell, 'tcPr'), 'gridSpan'), 'val') ?? 1);
  }
  return null;
}

function sideOf(ctx: CheckContext, line: Line): Side | null {
  if (!line.para) return null;
  const place = cellPlace(line.para.el);
  if (place) return place;
  // A tab-laid header: of the pieces of one paragraph the first is the left column, the others the right; a piece alone
  // that tabs push across (the paragraph starts with a tab) is in the right column.
  const pieces = ctx.map.all.filter((l) => l.para === line.para && l.line.source.trim() !== '');
  const at = pieces.indexOf(line);
  if (at > 0) return { half: 'right' };
  return { half: pieces.length === 1 && /^\t/.test(line.para.text) ? 'right' : 'left' };
}

/** Whether a drawn line is anchored on that side of the header: how files made by other programs place their rules. */
function onSideOf(ctx: CheckContext, side: Side, line: DrawnLine): boolean {
  if ('table' in side) {
    const place = cellPlace(line.p);
    return place?.table === side.table && place.column === side.column;
  }
  if (ancestor(line.p, 'tc')) return false;
  const halfMm = twipToMm(pageTextWidth(ctx.pkg)) / 2;
  return line.xMm === null || (side.half === 'left' ? line.xMm < halfMm : line.xMm >= halfMm - 10);
}

/** A rule typed as a line of its own ("______", "-------", "––––") under the lines, on their side of a tab-laid header. */
function typedRuleAfter(ctx: CheckContext, last: Line, sided: boolean): DrawnRule | null {
  const side = sided ? sideOf(ctx, last) : null;
  const sameSide = (l: Line) => {
    if (!side || !l.para) return true;
    const other = sideOf(ctx, l);
    return (
      !!other &&
      ('table' in side ? 'table' in other && other.table === side.table && other.column === side.column : 'half' in other && other.half === side.half)
    );
  };
  const next = ctx.map.all
    .slice(last.index + 1, last.index + 4)
    .filter((l) => l.line.source.trim() !== '')
    .find(sameSide);
  if (next?.line.mark !== 'rule' || !/^[_\-–—=]{3,}$/.test(next.line.source.replace(/\s+/g, ''))) return null;
  return { how: 'dòng gõ bằng ký tự', lengthMm: next.para ? lineWidthMm(ctx, next) : null };
}

/** A line typed at the end of the last line itself ("ỦY BAN NHÂN DÂN\n______"). */
function typedRuleInside(ctx: CheckContext, last: Line): DrawnRule | null {
  if (!last.para) return null;
  const tail = /\n\s*([_\-–—]{3,})\s*$/.exec(last.para.text.replace(/\r/g, ''));
  return tail ? { how: 'dòng gõ bằng ký tự', lengthMm: ptToMm(measureTextPt(tail[1]!, 12, {})) } : null;
}

function findRule(ctx: CheckContext, lines: readonly Line[], headerParas: readonly Element[], sided: boolean): DrawnRule | null {
  const last = lines[lines.length - 1]!;
  if (!last.para) return null;
  const made = ruleOnParagraph(ctx, last.para.el) ?? typedRuleAfter(ctx, last, sided) ?? typedRuleInside(ctx, last);
  if (made) return made;
  // Drawn lines: in the line's paragraph, in the empty ones under it, or anchored elsewhere on its side of the header.
  const side = sided ? sideOf(ctx, last) : null;
  const near = [last.para.el, ...emptyAfter(last.para.el)];
  const candidates = [...new Set([...near, ...headerParas])].flatMap((p) => drawnLines(p));
  const onSide = side ? candidates.filter((c) => onSideOf(ctx, side, c)) : candidates;
  if (onSide.length === 0) return null;
  // The nearest in length to the text above it is the one drawn for it.
  const width = Math.max(...lines.map((l) => lineWidthMm(ctx, l)));
  const sized = onSide.filter((a) => a.lengthMm !== null).sort((a, b) => Math.abs(a.lengthMm! - width) - Math.abs(b.lengthMm! - width));
  return { how: 'đường kẻ vẽ', lengthMm: sized[0]?.lengthMm ?? null };
}

/** A millimetre either side of a rule's range is nothing a reader sees: drawn lengths and text widths are not measured that exactly. */
const RULE_LENGTH_TOLERANCE_MM = 1;

/** Whether a rule of `lengthMm` under a line `referenceMm` wide is within the profile's share of it, give or take a millimetre. */
export function ruleLengthFits(lengthMm: number, referenceMm: number, share: readonly [number, number]): boolean {
  return lengthMm >= referenceMm * share[0] - RULE_LENGTH_TOLERANCE_MM && lengthMm <= referenceMm * share[1] + RULE_LENGTH_TOLERANCE_MM;
}

/** The finding for a missing or ill-sized rule under `lines` (measured on their widest). */
function checkRule(
  ctx: CheckContext,
  lines: readonly Line[],
  headerParas: readonly Element[],
  share: Range,
  ruleId: string,
  name: string,
  expectedLength: string,
  sided = true,
): RuleFinding[] {
  const last = lines[lines.length - 1];
  if (!last?.para) return [];
  const drawn = findRule(ctx, lines, headerParas, sided);
  const where = snippet(last.line.source);
  if (!drawn) return [{ ruleId, rule: `Đường kẻ ngang, nét liền dưới ${name}`, found: 'không có', expected: `đường kẻ dài ${expectedLength}`, where }];
  if (drawn.lengthMm === null) return [];
  const referenceMm = Math.max(...lines.map((l) => lineWidthMm(ctx, l)));
  const ratio = drawn.lengthMm / Math.max(referenceMm, 1);
  if (ruleLengthFits(drawn.lengthMm, Math.max(referenceMm, 1), share)) return [];
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

/** A measured rule under a block of lines, where the profile draws one (the Party's "*" and "-----" are text: header-text.ts). */
function underBlock(
  ctx: CheckContext,
  lines: readonly Line[],
  headerParas: readonly Element[],
  separator: Separator,
  share: Range,
  ruleId: string,
  name: string,
  expectedLength: string,
  sided = true,
): RuleFinding[] {
  if (lines.length === 0 || separator.kind !== 'rule') return [];
  return checkRule(ctx, lines, headerParas, share, ruleId, name, expectedLength, sided);
}

/** The paragraphs of the header: from the first header line to the tên loại (or the body). */
function headerParagraphs(ctx: CheckContext): Element[] {
  const { map } = ctx;
  const ats = [...map.national, ...map.parentBody, ...map.issuingBody, ...(map.number ? [map.number] : []), ...(map.placeDate ? [map.placeDate] : [])].flatMap(
    (l) => (l.line.at === undefined ? [] : [l.line.at]),
  );
  if (ats.length === 0) return [];
  const end = map.docTypeLine?.line.at ?? map.body[0]?.line.at ?? Math.max(...ats) + 3;
  return ctx.paragraphs.slice(Math.min(...ats), Math.max(end, ...ats) + 1).map((p) => p.el);
}

export const separators: Rule = (ctx) => {
  const { profile, map } = ctx;
  if (map.kind === 'fragment') return [];
  const header = headerParagraphs(ctx);
  const findings: RuleFinding[] = [];
  const motto = map.national.find((l) => /Độc lập/i.test(l.line.source));
  const title = map.national.find((l) => !/Độc lập/i.test(l.line.source));
  if (profile.nationalLines.length > 1 && motto)
    findings.push(...checkRule(ctx, [motto], header, profile.accepted.ruleShare.national, 'header.motto.rule', 'tiêu ngữ', 'bằng dòng tiêu ngữ'));
  else if (profile.nationalLines.length === 1 && title)
    findings.push(
      ...checkRule(ctx, [title], header, profile.accepted.ruleShare.national, 'header.national.rule', `"${profile.nationalLines[0]!.text}"`, 'bằng dòng chữ'),
    );
  findings.push(
    ...underBlock(
      ctx,
      map.issuingBody,
      header,
      profile.underIssuingBody,
      profile.accepted.ruleShare.issuingBody,
      'header.issuing.rule',
      'tên cơ quan ban hành',
      'bằng 1/3–1/2 dòng chữ',
    ),
  );
  // A công văn's V/v has no rule under it (ND30 ô 5b).
  if (map.docTypeLine) {
    const summary = map.summary.length > 0 ? map.summary : [map.docTypeLine];
    // The rule may stand under the "(Ban hành kèm theo …)" line of an attached quy định: the paragraphs up to the content count.
    const lastAt = summary[summary.length - 1]!.line.at ?? -1;
    const firstAt = summary[0]!.line.at ?? lastAt;
    const after = ctx.paragraphs.slice(lastAt + 1, lastAt + 5);
    const short = after.findIndex((p) => p.text.trim().length > 200);
    const around = [...ctx.paragraphs.slice(firstAt, lastAt + 1), ...(short < 0 ? after : after.slice(0, short))].map((p) => p.el);
    findings.push(
      ...underBlock(ctx, summary, around, profile.underSummary, profile.accepted.ruleShare.summary, 'title.rule', 'trích yếu', 'bằng 1/3–1/2 dòng chữ', false),
    );
  }
  return findings;
};
