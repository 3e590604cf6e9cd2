/** Page setup and page numbers (ND30 §1.1, §1.9; HD 05 §2.1, §2.8). */
import type { RuleFinding as Finding } from '../check-context';
import { inRange, num, showRange, type CheckContext, type Rule } from '../check-context';
import { sectionProperties, topLevel } from '../../word-file/docx-package';
import { A4_MM, A4_TWIPS as A4, twipToMm } from '#shared/the-thuc/units';
import type { Document, Element } from '@xmldom/xmldom';
import { attr, descendants, kid, kids, paragraphText } from '../../word-file/ooxml';
import { ancestor } from '../table-geometry';

export const pageSetup: Rule = (ctx) => {
  const findings = new Map<string, Finding>();
  for (const sect of sectionProperties(ctx.pkg)) {
    const size = kid(sect, 'pgSz');
    const w = Number(attr(size, 'w') ?? 0);
    const h = Number(attr(size, 'h') ?? 0);
    const portrait = Math.abs(w - A4.width) <= 20 && Math.abs(h - A4.height) <= 20;
    // Pages of wide tables may be landscape (ND30 §1.1; HD 05 §2.1).
    const landscape = attr(size, 'orient') === 'landscape' && Math.abs(h - A4.width) <= 20 && Math.abs(w - A4.height) <= 20;
    if (!portrait && !landscape && !findings.has('page.size')) {
      findings.set('page.size', {
        ruleId: 'page.size',
        rule: `Khổ giấy A4 (${A4_MM.width} × ${A4_MM.height} mm), đặt dọc (trang bảng biểu rộng có thể đặt ngang)`,
        found: size ? `${num(twipToMm(w))} × ${num(twipToMm(h))} mm` : 'không khai báo khổ giấy',
        expected: `${A4_MM.width} × ${A4_MM.height} mm`,
        where: 'Bố cục trang',
      });
    }
    const margin = kid(sect, 'pgMar');
    const sides = [
      ['top', 'trên'],
      ['bottom', 'dưới'],
      ['left', 'trái'],
      ['right', 'phải'],
    ] as const;
    for (const [side, name] of sides) {
      // A margin the file does not give is the reader's own default (LibreOffice 25,4 mm, Word its template's): never what the thể thức asks, and not "0 mm".
      const declared = attr(margin, side);
      const mm = declared === null ? null : twipToMm(Number(declared));
      const range = ctx.profile.accepted.marginsMm[side];
      const id = `page.margin-${side}`;
      if ((mm === null || !inRange(mm, range, 0.3)) && !findings.has(id)) {
        findings.set(id, {
          ruleId: id,
          rule: `Lề ${name} theo ${ctx.profile.source}`,
          found: mm === null ? 'không khai báo (mỗi máy tự đặt lề mặc định của mình)' : `${num(mm)} mm`,
          expected: showRange(range, 'mm'),
          where: 'Bố cục trang',
        });
      }
    }
  }
  return [...findings.values()];
};

const PAGE_FIELD = /\bPAGE\b/;
const fieldsOf = (el: Element) =>
  [...descendants(el, 'instrText'), ...descendants(el, 'fldSimple')].map((f) => `${f.textContent ?? ''} ${attr(f, 'instr') ?? ''}`).join(' ');

/** The paragraph holding the PAGE field in a header or footer part, or null. */
function pageParagraph(doc: Document | undefined): Element | null {
  if (!doc) return null;
  // The innermost: a frame's paragraph, not the paragraph it is anchored in.
  return descendants(doc.documentElement, 'p').find((p) => PAGE_FIELD.test(fieldsOf(p)) && descendants(p, 'p').length === 0) ?? null;
}

/**
 * The format the page number is shown in: its cached result's run when the file has one; else,
 * as Word shows a field result it has not written yet, the format of the run holding the field's
 * instruction (a field written without a result, as the docx library writes PAGE).
 */
function pageNumberFormat(ctx: CheckContext, p: Element) {
  const shown = ctx.fmt.paragraphFormat(p);
  if (descendants(p, 't').some((t) => (t.textContent ?? '').trim() !== '')) return shown;
  const instruction = descendants(p, 'instrText').find((t) => PAGE_FIELD.test(t.textContent ?? ''));
  const run = instruction?.parentNode as Element | null | undefined;
  return run && run.localName === 'r' ? ctx.fmt.resolve(p, run) : shown;
}

/** Where the page number stands across the page: a frame or text box's own alignment first, then a centre tab before it, then the paragraph's. */
function horizontalPlace(ctx: CheckContext, p: Element): 'center' | 'left' | 'right' {
  const frame = attr(kid(kid(p, 'pPr'), 'framePr'), 'xAlign');
  if (frame === 'center' || frame === 'right' || frame === 'left') return frame;
  const anchor = ancestor(p, 'anchor');
  const aligned = anchor ? descendants(anchor, 'align', anchor.namespaceURI ?? undefined)[0]?.textContent : null;
  if (aligned === 'center' || aligned === 'right' || aligned === 'left') return aligned;
  const align = ctx.fmt.paragraphProps(p).align;
  if (align === 'center') return 'center';
  if (align === 'right' || align === 'end') return 'right';
  // A tab before the field to a centre tab stop (Word's Header style has one in the middle), or an absolute tab set to centre.
  for (const node of descendants(p, '*')) {
    if (node.localName === 'instrText' || node.localName === 'fldSimple' || (node.localName === 't' && (node.textContent ?? '').trim() !== '')) break;
    if (node.localName === 'ptab') {
      const to = attr(node, 'alignment');
      if (to === 'center' || to === 'right') return to;
    }
    if (node.localName === 'tab' && node.parentNode && (node.parentNode as Element).localName === 'r') {
      const stops = [
        ...kids(kid(kid(p, 'pPr'), 'tabs'), 'tab'),
        ...ctx.fmt.styleElement(attr(kid(kid(p, 'pPr'), 'pStyle'), 'val')).flatMap((st) => kids(kid(kid(st, 'pPr'), 'tabs'), 'tab')),
      ];
      const first = stops.find((t) => attr(t, 'val') !== 'clear');
      if (attr(first, 'val') === 'center') return 'center';
      if (attr(first, 'val') === 'right' || attr(first, 'val') === 'end') return 'right';
      break;
    }
  }
  return 'left';
}

/** Lines of text an A4 page holds, and letters a line of the body holds at 13–14 pt: a rough page count when the file gives none. */
const LINES_PER_PAGE = 40;
const LETTERS_PER_LINE = 85;

/** How many pages the document has: as laid out, as last saved, or else estimated from its lines (only "one page or more" is used). */
function pageCount(ctx: CheckContext): number {
  if (ctx.pages) return ctx.pages.length;
  if (ctx.pkg.savedPages !== null) return ctx.pkg.savedPages;
  const linesOf = (text: string, letters: number) => Math.max(1, Math.ceil(text.trim().length / letters));
  // A table's row is as tall as its fullest cell, whose lines hold as many letters as its share of the width.
  const lines = topLevel(ctx.pkg).reduce((n, el) => {
    if (el.localName === 'p') return n + linesOf(paragraphText(el), LETTERS_PER_LINE);
    return (
      n +
      kids(el, 'tr').reduce((rows, tr) => {
        const cells = kids(tr, 'tc');
        return (
          rows +
          Math.max(1, ...cells.map((tc) => kids(tc, 'p').reduce((sum, p) => sum + linesOf(paragraphText(p), Math.max(8, LETTERS_PER_LINE / cells.length)), 0)))
        );
      }, 0)
    );
  }, 0);
  const breaks = ctx.paragraphs.filter(
    (p) => ctx.fmt.paragraphProps(p.el).pageBreakBefore || descendants(p.el, 'br').some((br) => attr(br, 'type') === 'page'),
  ).length;
  return Math.max(breaks + 1, Math.ceil(lines / LINES_PER_PAGE));
}

export const pageNumbers: Rule = (ctx) => {
  // A one-page document has no page to number but the first, which is never numbered.
  if (pageCount(ctx) === 1) return [];
  // Page 1 belongs to the first section.
  const sect = sectionProperties(ctx.pkg)[0] ?? null;
  const refsOf = (kind: 'headerReference' | 'footerReference') =>
    new Map(
      kids(sect, kind).map((r) => [
        attr(r, 'type') ?? 'default',
        r.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? r.getAttribute('r:id') ?? '',
      ]),
    );
  const headers = refsOf('headerReference');
  const footers = refsOf('footerReference');
  const inHeader = pageParagraph(ctx.pkg.headers.get(headers.get('default') ?? ''));
  const inFooter = pageParagraph(ctx.pkg.footers.get(footers.get('default') ?? ''));
  const titlePage = kid(sect, 'titlePg') !== null && attr(kid(sect, 'titlePg'), 'val') !== '0' && attr(kid(sect, 'titlePg'), 'val') !== 'false';
  const where = inFooter && !inHeader ? 'Chân trang (footer)' : 'Đầu trang (header)';
  const rule = 'Số trang bằng chữ số Ả Rập, canh giữa ở lề trên, không hiện ở trang 1';
  const findings: Finding[] = [];
  const field = inHeader ?? inFooter;
  if (!field) {
    findings.push({ ruleId: 'page-number.missing', rule, found: 'không có số trang', expected: 'số trang canh giữa ở lề trên, từ trang 2', where });
    return findings;
  }
  const onFirst = titlePage
    ? (pageParagraph(ctx.pkg.headers.get(headers.get('first') ?? '')) ?? pageParagraph(ctx.pkg.footers.get(footers.get('first') ?? '')))
    : field;
  if (onFirst)
    findings.push({
      ruleId: 'page-number.on-first-page',
      rule,
      found: 'trang 1 có số trang',
      expected: 'trang 1 không đánh số (chọn "Different First Page")',
      where,
    });
  const place = horizontalPlace(ctx, field);
  const across = { center: 'canh giữa', left: 'canh trái', right: 'canh phải' }[place];
  if (!inHeader || place !== 'center')
    findings.push({
      ruleId: 'page-number.position',
      rule: 'Số trang canh giữa theo chiều ngang trong phần lề trên',
      found: `${inHeader ? 'ở lề trên' : 'ở lề dưới'}, ${across}`,
      expected: 'ở lề trên, canh giữa',
      where,
    });
  const size = pageNumberFormat(ctx, field).sizePt;
  if (size !== null && !inRange(size, ctx.profile.accepted.pageNumberPt))
    findings.push({
      ruleId: 'page-number.size',
      rule: 'Cỡ chữ số trang',
      found: `${num(size)} pt`,
      expected: showRange(ctx.profile.accepted.pageNumberPt, 'pt'),
      where,
    });
  return findings;
};
