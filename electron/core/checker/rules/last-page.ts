/**
 * The signature block or Nơi nhận alone on the last page, without a line of the content above
 * it: a page a văn thư sends back. Seen from the document's own page breaks (a hard break just
 * before the signature), and, when LibreOffice is installed, from its layout of the pages.
 */
import type { Element } from '@xmldom/xmldom';
import type { CheckContext, RuleFinding } from '../check-context';
import { reportParts } from '../body-paragraphs';
import { topLevel } from '../docx-package';
import { attr, descendants, kid, toggle } from '../ooxml';

export type LastPageMethod = 'page-breaks' | 'libreoffice';

const RULE = 'Chữ ký và nơi nhận không đứng riêng một trang: trang cuối còn ít nhất một đoạn nội dung';
const EXPECTED = 'đoạn cuối của nội dung cùng trang với chữ ký (giữ với đoạn sau, không ngắt trang trước chữ ký)';

const breaksPage = (p: Element) => toggle(kid(kid(p, 'pPr'), 'pageBreakBefore')) === true || descendants(p, 'br').some((br) => attr(br, 'type') === 'page');

function fromPageBreaks(ctx: CheckContext): RuleFinding[] {
  const { signatureStart, body } = reportParts(ctx);
  if (!signatureStart) return [];
  const lastText = [...body].reverse().find((p) => p.text.trim() !== '');
  const elements = topLevel(ctx.pkg);
  const from = lastText ? elements.indexOf(lastText.el) : -1;
  const to = elements.indexOf(signatureStart);
  // A break after the last line of content (in an empty paragraph between, or on the signature itself).
  const between = elements.slice(from + 1, to + 1).filter((el) => el.localName === 'p' || el === signatureStart);
  const start = signatureStart.localName === 'tbl' ? descendants(signatureStart, 'p')[0] : signatureStart;
  const breaking = between.some((el) => el.localName === 'p' && breaksPage(el)) || (start ? toggle(kid(kid(start, 'pPr'), 'pageBreakBefore')) === true : false);
  // Or a page break typed inside the last paragraph of content, after its words.
  const breakInLast = lastText ? descendants(lastText.el, 'br').some((br) => attr(br, 'type') === 'page') : false;
  if (!breaking && !breakInLast) return [];
  return [{ ruleId: 'last-page.alone', rule: RULE, found: 'ngắt trang ngay trước phần chữ ký (theo ngắt trang trong tệp)', expected: EXPECTED, where: 'Chữ ký, nơi nhận' }];
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

function fromLayout(ctx: CheckContext, pages: readonly string[]): RuleFinding[] {
  const { signature, body } = reportParts(ctx);
  if (signature.length === 0 || body.length === 0) return [];
  const signatureText = norm(signature.map((p) => p.text).join(' '));
  const signer = norm([...signature].reverse().find((p) => p.text.trim() !== '')?.text ?? '');
  // The page the signature ends on (phụ lục or Mục lục may follow it).
  const at = pages.findIndex((page) => signer !== '' && norm(page).includes(signer));
  if (at < 0) return [];
  // Every line of that page belongs to the signature block (a lone page number aside).
  const lines = (pages[at] as string).split('\n').map(norm).filter((l) => l !== '' && !/^\d+$/.test(l));
  if (lines.length === 0 || !lines.every((l) => signatureText.includes(l))) return [];
  return [{ ruleId: 'last-page.alone', rule: RULE, found: `trang ${at + 1} chỉ có chữ ký và nơi nhận (theo bố cục trang của LibreOffice)`, expected: EXPECTED, where: 'Chữ ký, nơi nhận' }];
}

export function lastPageAlone(ctx: CheckContext, pages: readonly string[] | null): { method: LastPageMethod; findings: RuleFinding[] } {
  const own = fromPageBreaks(ctx);
  if (own.length > 0 || pages === null) return { method: pages === null ? 'page-breaks' : 'libreoffice', findings: own };
  return { method: 'libreoffice', findings: fromLayout(ctx, pages) };
}
