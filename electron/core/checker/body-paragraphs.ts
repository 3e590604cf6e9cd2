/**
 * Where the parts of a report are in any .docx: the title ("BÁO CÁO"), the body between it and
 * the signature, the signature block with Nơi nhận. Found by their words and shape, whatever
 * program wrote the file.
 */
import type { Element } from '@xmldom/xmldom';
import type { CheckContext, Para } from './check-context';
import { topLevel } from './docx-package';
import { descendants, paragraphText } from './ooxml';
import { AUTHORITY_START } from '../../../shared/the-thuc/authority-labels';

export const TITLE = /^BÁO CÁO$/;
/** A quyền hạn line: TM., KT., Q., TL., TUQ. (state) or T/M, K/T, T/L (Party). */
export const AUTHORITY = AUTHORITY_START;

export interface ReportParts {
  /** Index (in ctx.paragraphs) of "BÁO CÁO", or -1. */
  title: number;
  /** Body paragraphs: after the title block, before the signature, outside tables. */
  body: Para[];
  /** The signature block's paragraphs (the table holding Nơi nhận and the signature, or the paragraphs from the authority line on). */
  signature: Para[];
  /** The top-level element where the signature block starts, or null. */
  signatureStart: Element | null;
}

// Several rules read the parts of one file: they are found once per check.
const found = new WeakMap<CheckContext, ReportParts>();

export function reportParts(ctx: CheckContext): ReportParts {
  let parts = found.get(ctx);
  if (!parts) {
    parts = findReportParts(ctx);
    found.set(ctx, parts);
  }
  return parts;
}

function findReportParts(ctx: CheckContext): ReportParts {
  const title = ctx.paragraphs.findIndex((p) => !p.inHeader && TITLE.test(p.text.trim()));
  const elements = topLevel(ctx.pkg);
  const signatureStart =
    elements.find((el) => el.localName === 'tbl' && el !== ctx.headerTable && /Nơi nhận|^(TM\.|KT\.|T\/M)/m.test(descendants(el, 'p').map(paragraphText).join('\n'))) ??
    elements.find((el) => el.localName === 'p' && (AUTHORITY.test(paragraphText(el).trim()) || /^Nơi nhận\s*:?$/.test(paragraphText(el).trim()))) ??
    null;
  // The block: the table holding it, or the paragraphs from its first line up to a phụ lục or a new page.
  const inSignature = new Set<Element>();
  if (signatureStart?.localName === 'tbl') for (const p of descendants(signatureStart, 'p')) inSignature.add(p);
  else if (signatureStart) {
    for (const el of elements.slice(elements.indexOf(signatureStart))) {
      if (el !== signatureStart && el.localName === 'p' && (/^Phụ lục\b/.test(paragraphText(el).trim()) || descendants(el, 'br').some((br) => br.getAttribute('w:type') === 'page'))) break;
      for (const p of el.localName === 'p' ? [el] : descendants(el, 'p')) inSignature.add(p);
    }
  }
  const signatureEnd = signatureStart ? elements.indexOf(signatureStart) : elements.length;
  // Content stops at the signature: what follows (phụ lục) is not the body.
  const topParagraphs = new Set(elements.slice(0, signatureEnd).filter((el) => el.localName === 'p'));
  // The title block: "BÁO CÁO", the trích yếu lines, then a rule, "-----" or an empty line.
  let bodyFrom = title + 1;
  if (title >= 0) while (bodyFrom < ctx.paragraphs.length && ctx.paragraphs[bodyFrom]!.text.trim() !== '' && !/^-{3,}$/.test(ctx.paragraphs[bodyFrom]!.text.trim())) bodyFrom += 1;
  const afterTitle = title < 0 ? ctx.paragraphs : ctx.paragraphs.slice(bodyFrom);
  const body = afterTitle.filter((p) => topParagraphs.has(p.el) && !inSignature.has(p.el));
  return { title, body, signature: ctx.paragraphs.filter((p) => inSignature.has(p.el)), signatureStart };
}
