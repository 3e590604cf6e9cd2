/** Page setup and page numbers (ND30 §1.1, §1.9; HD 05 §2.1, §2.8). */
import type { RuleFinding as Finding } from '../check-context';
import { inRange, num, showRange, type Rule } from '../check-context';
import { sectionProperties } from '../docx-package';
import { A4_MM, A4_TWIPS as A4, twipToMm } from '../../../../shared/the-thuc/units';
import { attr, descendants, kid, kids } from '../ooxml';

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
      const mm = twipToMm(Number(attr(margin, side) ?? 0));
      const range = ctx.profile.accepted.marginsMm[side];
      const id = `page.margin-${side}`;
      if (!inRange(mm, range, 0.3) && !findings.has(id)) {
        findings.set(id, { ruleId: id, rule: `Lề ${name} theo ${ctx.profile.source}`, found: `${num(mm)} mm`, expected: showRange(range, 'mm'), where: 'Bố cục trang' });
      }
    }
  }
  return [...findings.values()];
};

export const pageNumbers: Rule = (ctx) => {
  // Page 1 belongs to the first section.
  const sect = sectionProperties(ctx.pkg)[0] ?? null;
  const refs = new Map(kids(sect, 'headerReference').map((r) => [attr(r, 'type') ?? 'default', r.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? r.getAttribute('r:id') ?? '']));
  const hasPage = (id: string | undefined) => {
    const doc = id ? ctx.pkg.headers.get(id) : undefined;
    if (!doc) return false;
    const fields = [...descendants(doc.documentElement, 'instrText'), ...descendants(doc.documentElement, 'fldSimple')];
    return fields.some((f) => /\bPAGE\b/.test(f.textContent ?? '') || /\bPAGE\b/.test(attr(f, 'instr') ?? ''));
  };
  const titlePage = kid(sect, 'titlePg') !== null && attr(kid(sect, 'titlePg'), 'val') !== '0' && attr(kid(sect, 'titlePg'), 'val') !== 'false';
  const where = 'Đầu trang (header)';
  const rule = 'Số trang bằng chữ số Ả Rập, canh giữa ở lề trên, không hiện ở trang 1';
  const findings: Finding[] = [];
  if (!hasPage(refs.get('default'))) {
    findings.push({ ruleId: 'page-number.missing', rule, found: 'không có trường số trang (PAGE) ở đầu trang', expected: 'số trang canh giữa từ trang 2', where });
    return findings;
  }
  if (!titlePage || hasPage(refs.get('first'))) {
    findings.push({ ruleId: 'page-number.on-first-page', rule, found: 'trang 1 có số trang', expected: 'trang 1 không đánh số (chọn "Different First Page")', where });
  }
  // The paragraph holding the PAGE field: centred, at the profile's size.
  const header = ctx.pkg.headers.get(refs.get('default') ?? '');
  const field = header ? descendants(header.documentElement, 'p').find((p) => /\bPAGE\b/.test([...descendants(p, 'instrText'), ...descendants(p, 'fldSimple')].map((f) => `${f.textContent ?? ''} ${attr(f, 'instr') ?? ''}`).join(' '))) : undefined;
  if (field) {
    const align = ctx.fmt.paragraphProps(field).align;
    if (align !== 'center') findings.push({ ruleId: 'page-number.position', rule: 'Số trang canh giữa theo chiều ngang trong phần lề trên', found: align === 'right' || align === 'end' ? 'canh phải' : 'canh trái', expected: 'canh giữa', where });
    const size = ctx.fmt.paragraphFormat(field).sizePt;
    if (size !== null && !inRange(size, ctx.profile.accepted.pageNumberPt)) findings.push({ ruleId: 'page-number.size', rule: 'Cỡ chữ số trang', found: `${num(size)} pt`, expected: showRange(ctx.profile.accepted.pageNumberPt, 'pt'), where });
  }
  return findings;
};
