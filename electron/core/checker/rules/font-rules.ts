/** Times New Roman everywhere, as resolved through run → style → defaults → theme (ND30 §1.1; HD 05 §2.1). */
import type { RuleFinding as Finding } from '../check-context';
import type { Rule } from '../check-context';
import { snippet } from '../ooxml';

const isTimes = (font: string | null) => (font ?? '').trim().toLowerCase() === 'times new roman';

export const fonts: Rule = (ctx) => {
  let wrong = 0;
  let first: { text: string; font: string } | null = null;
  for (const p of ctx.paragraphs) {
    for (const run of ctx.fmt.runs(p.el)) {
      const bad = [run.format.ascii, run.format.hAnsi].find((f) => !isTimes(f));
      if (bad === undefined) continue;
      wrong += 1;
      first ??= { text: p.text, font: bad ?? '(không khai báo)' };
    }
  }
  if (!first) return [];
  const finding: Finding = {
    ruleId: 'font.family',
    rule: 'Phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001)',
    found: `${first.font} (${wrong} đoạn chữ)`,
    expected: 'Times New Roman',
    where: snippet(first.text),
  };
  return [finding];
};
