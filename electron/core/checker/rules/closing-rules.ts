/** How Nơi nhận is set (ND30 Phụ lục I ô 9b; HD 05 ô 9): "Nơi nhận:" in its style and size, the list at its size (11 pt for the state). */
import { inRange, showRange, type Rule, type RuleFinding } from '../check-context';
import { lineFormat, type LineFormat } from '../line-format';

function describe(f: LineFormat): string {
  return [f.bold ? 'đậm' : 'không đậm', f.italic ? 'nghiêng' : 'đứng', f.underline ? 'gạch chân' : 'không gạch chân'].join(', ');
}

export const recipientsFormat: Rule = (ctx) => {
  const { map, profile } = ctx;
  const where = 'Nơi nhận';
  const findings: RuleFinding[] = [];
  const label = map.recipientsLabel;
  const f = label ? lineFormat(ctx, label) : null;
  if (f) {
    if (profile.family === 'party') {
      if (!f.underline || f.bold || f.italic)
        findings.push({
          ruleId: 'recipients.label-style',
          rule: '"Nơi nhận:" chữ đứng, gạch chân, không đậm (HD 05)',
          found: describe(f),
          expected: 'gạch chân, chữ đứng',
          where,
        });
    } else if (!f.bold || !f.italic) {
      findings.push({
        ruleId: 'recipients.label-style',
        rule: '"Nơi nhận:" in đậm, nghiêng (Nghị định 30)',
        found: describe(f),
        expected: 'đậm, nghiêng',
        where,
      });
    }
    if (f.sizePt !== null && !inRange(f.sizePt, profile.accepted.recipientsLabelPt)) {
      findings.push({
        ruleId: 'recipients.label-size',
        rule: 'Cỡ chữ "Nơi nhận:"',
        found: `${f.sizePt} pt`,
        expected: showRange(profile.accepted.recipientsLabelPt, 'pt'),
        where,
      });
    }
  }
  // The list's size: what most of its items are set in.
  const sizes = new Map<number, number>();
  for (const it of map.recipients) {
    const size = lineFormat(ctx, it.item)?.sizePt;
    if (size != null) sizes.set(size, (sizes.get(size) ?? 0) + 1);
  }
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (size !== undefined && !inRange(size, profile.accepted.recipientsItemPt, 0.25)) {
    findings.push({
      ruleId: 'recipients.size',
      rule: 'Cỡ chữ các dòng nơi nhận',
      found: `${size} pt`,
      expected: showRange(profile.accepted.recipientsItemPt, 'pt'),
      where,
    });
  }
  return findings;
};
