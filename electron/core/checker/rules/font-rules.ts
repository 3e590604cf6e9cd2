/** Times New Roman everywhere, as resolved through run → style → defaults → theme (ND30 §1.1; HD 05 §2.1). */
import type { RuleFinding as Finding } from '../check-context';
import type { Rule } from '../check-context';
import { snippet } from '../../word-file/ooxml';
import { encodingOfFont } from '#shared/text/legacy-encodings';

/**
 * A run whose font nothing declares — not the run, its styles, the defaults nor a theme — is shown
 * in Times New Roman by Word and by LibreOffice alike (a legal site's Word files name no font at all).
 */
const isTimes = (font: string | null) => font === null || font.trim().toLowerCase() === 'times new roman';
/** Fonts of signs, not letters (a form's check boxes, arrows): no text is set in them. */
const SIGNS = /^(symbol|wingdings( \d)?|webdings|ms outlook|marlett|segoe ui symbol)$/i;

export const fonts: Rule = (ctx) => {
  let wrong = 0;
  let first: { text: string; font: string } | null = null;
  for (const p of ctx.paragraphs) {
    for (const run of ctx.fmt.runs(p.el)) {
      const bad = [run.format.ascii, run.format.hAnsi].find((f): f is string => !isTimes(f) && !SIGNS.test((f ?? '').trim()));
      if (bad === undefined) continue;
      wrong += 1;
      first ??= { text: p.text, font: bad };
    }
  }
  if (!first) return [];
  // A .VnTime or VNI font holds its text in an old code: the clerk converts it (Unikey's "Chuyển mã", or importing the file here) rather than only changing the font.
  const legacy = encodingOfFont(first.font);
  const finding: Finding = {
    ruleId: 'font.family',
    rule: 'Phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001)',
    found: `${first.font}${legacy ? ` — chữ mã ${legacy === 'tcvn3' ? 'TCVN3' : 'VNI'} cũ` : ''} (${wrong} đoạn chữ)`,
    expected: legacy ? 'Times New Roman, chữ Unicode (chuyển mã rồi đổi phông)' : 'Times New Roman',
    where: snippet(first.text),
  };
  return [finding];
};
