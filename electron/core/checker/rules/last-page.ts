/**
 * The signature block or Nơi nhận alone on the last page, without a line of the content above
 * it: a page a văn thư sends back. Seen from the document's own page breaks (a hard break just
 * before the signature), and, when LibreOffice is installed, from its layout of the pages.
 */
import type { Element } from '@xmldom/xmldom';
import type { CheckContext, Para, RuleFinding } from '../check-context';
import { topLevel } from '../../word-file/docx-package';
import { attr, descendants, kid, toggle } from '../../word-file/ooxml';

type LastPageMethod = 'page-breaks' | 'libreoffice';

const RULE = 'Chữ ký và nơi nhận không đứng riêng một trang: trang cuối còn ít nhất một đoạn nội dung';
const EXPECTED = 'đoạn cuối của nội dung cùng trang với chữ ký (giữ với đoạn sau, không ngắt trang trước chữ ký)';

const breaksPage = (p: Element) => toggle(kid(kid(p, 'pPr'), 'pageBreakBefore')) === true || descendants(p, 'br').some((br) => attr(br, 'type') === 'page');

/** The body's element holding a paragraph: the paragraph itself, or the table it stands in. */
function topLevelOf(ctx: CheckContext, p: Element): Element | null {
  const elements = topLevel(ctx.pkg);
  for (let n: Element | null = p; n; n = n.parentNode as Element | null) if (elements.includes(n)) return n;
  return null;
}

/** The content's last paragraph and the element where the signature block starts, as the Word reader found them. */
function parts(ctx: CheckContext): { lastText: Para | null; signatureStart: Element | null; signature: Para[]; body: Para[] } {
  const { map } = ctx;
  const body = map.body.flatMap((l) => (l.para ? [l.para] : []));
  const signatureLines = [...map.signature, ...(map.recipientsLabel ? [map.recipientsLabel] : []), ...map.recipients.flatMap((r) => [r.item, ...r.continued])]
    .filter((l) => l.para)
    .sort((a, b) => a.line.at! - b.line.at!);
  const first = signatureLines[0];
  const lastText = [...body].reverse().find((p) => p.text.trim() !== '') ?? null;
  return { lastText, signatureStart: first?.para ? topLevelOf(ctx, first.para.el) : null, signature: [...new Set(signatureLines.map((l) => l.para!))], body };
}

function fromPageBreaks(ctx: CheckContext): RuleFinding[] {
  const { signatureStart, lastText: last } = parts(ctx);
  if (!signatureStart) return [];
  const lastText = last;
  const elements = topLevel(ctx.pkg);
  const from = lastText ? elements.indexOf(topLevelOf(ctx, lastText.el) ?? lastText.el) : -1;
  const to = elements.indexOf(signatureStart);
  // A break after the last line of content (in an empty paragraph between, or on the signature itself).
  const between = elements.slice(from + 1, to + 1).filter((el) => el.localName === 'p' || el === signatureStart);
  const start = signatureStart.localName === 'tbl' ? descendants(signatureStart, 'p')[0] : signatureStart;
  const breaking = between.some((el) => el.localName === 'p' && breaksPage(el)) || (start ? toggle(kid(kid(start, 'pPr'), 'pageBreakBefore')) === true : false);
  // Or a page break typed inside the last paragraph of content, after its words.
  const breakInLast = lastText ? descendants(lastText.el, 'br').some((br) => attr(br, 'type') === 'page') : false;
  if (!breaking && !breakInLast) return [];
  return [
    {
      ruleId: 'last-page.alone',
      rule: RULE,
      found: 'ngắt trang ngay trước phần chữ ký (theo ngắt trang trong tệp)',
      expected: EXPECTED,
      where: 'Chữ ký, nơi nhận',
    },
  ];
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

function fromLayout(ctx: CheckContext, pages: readonly string[]): RuleFinding[] {
  const { signature, body } = parts(ctx);
  const signer = norm(ctx.map.signerName?.line.text ?? '');
  if (signature.length === 0 || body.length === 0 || signer === '') return [];
  const signatureText = norm(signature.map((p) => p.text).join(' '));
  const bodyText = norm(body.map((p) => p.text).join(' '));
  // The page the signer's name is on (a phụ lục or Mục lục may follow it on the same page).
  const at = pages.findIndex((page) => norm(page).includes(signer));
  if (at < 0) return [];
  // No line of the content on it (page numbers, the signature's own lines and what follows the signature aside).
  const lines = (pages[at] as string)
    .split('\n')
    .map(norm)
    .filter((l) => l.length > 3 && !/^\d+$/.test(l));
  if (lines.some((l) => bodyText.includes(l) && !signatureText.includes(l))) return [];
  return [
    {
      ruleId: 'last-page.alone',
      rule: RULE,
      found: `trang ${at + 1} chỉ có phần chữ ký, nơi nhận, không có dòng nội dung nào (theo bố cục trang của LibreOffice)`,
      expected: EXPECTED,
      where: 'Chữ ký, nơi nhận',
    },
  ];
}

export function lastPageAlone(ctx: CheckContext): { method: LastPageMethod; findings: RuleFinding[] } {
  const pages = ctx.pages;
  const own = fromPageBreaks(ctx);
  if (own.length > 0 || pages === null) return { method: pages === null ? 'page-breaks' : 'libreoffice', findings: own };
  return { method: 'libreoffice', findings: fromLayout(ctx, pages) };
}
