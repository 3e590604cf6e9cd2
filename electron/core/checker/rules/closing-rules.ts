/** Body size, signature prefixes, Nơi nhận, Kính gửi (ND30 §1.5–1.8; HD 05 §2.5–2.7). */
import type { RuleFinding as Finding } from '../check-context';
import { inRange, showRange, type Rule } from '../check-context';
import { snippet } from '../ooxml';

export const bodySize: Rule = (ctx) => {
  // The most common size among body paragraphs (outside tables and the header) is the body size.
  const counts = new Map<number, number>();
  for (const p of ctx.paragraphs) {
    if (p.inHeader || p.text.trim().length < 40) continue;
    const size = ctx.fmt.paragraphFormat(p.el).sizePt;
    if (size !== null) counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  const [size] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (size === undefined || inRange(size, ctx.profile.accepted.bodyPt)) return [];
  return [{ ruleId: 'body.size', rule: 'Cỡ chữ phần nội dung', found: `${size} pt`, expected: showRange(ctx.profile.accepted.bodyPt, 'pt'), where: 'Nội dung' }];
};

export const signaturePrefix: Rule = (ctx) => {
  const findings: Finding[] = [];
  const party = ctx.profile.family === 'party' && ctx.profile.authorityLabels['TM.'] === 'T/M';
  for (const p of ctx.paragraphs) {
    const text = p.text.trim();
    if (p.inHeader || text.length > 80 || text !== text.toLocaleUpperCase('vi-VN')) continue;
    const where = snippet(text);
    if (party) {
      const wrong = /^(TM|KT|TL)\.\s/.exec(text);
      if (wrong) {
        const right = { TM: 'T/M', KT: 'K/T', TL: 'T/L' }[wrong[1] as 'TM' | 'KT' | 'TL'];
        findings.push({ ruleId: 'signature.prefix', rule: 'Văn bản của Đảng ký T/M, K/T, T/L (HD 05)', found: text, expected: text.replace(/^(TM|KT|TL)\./, right), where });
      }
    } else {
      const wrong = /^(T\/M|K\/T|T\/L)\s/.exec(text) ?? /^(TM|KT|TL|TUQ)\s/.exec(text);
      if (wrong) {
        const bare = (wrong[1] ?? '').replace('/', '');
        findings.push({ ruleId: 'signature.prefix', rule: 'Quyền hạn ký viết TM., KT., Q., TL., TUQ. (có dấu chấm)', found: text, expected: text.replace(wrong[1] ?? '', `${bare}.`), where });
      }
    }
  }
  return findings;
};

export const recipients: Rule = (ctx) => {
  const index = ctx.paragraphs.findIndex((p) => /^Nơi nhận\s*:?$/.test(p.text.trim()));
  const where = 'Nơi nhận';
  if (index < 0) return [{ ruleId: 'recipients.missing', rule: 'Có phần "Nơi nhận:" cuối văn bản', found: 'không có', expected: 'Nơi nhận:', where }];
  const label = ctx.paragraphs[index]!;
  const findings: Finding[] = [];
  const f = ctx.fmt.paragraphFormat(label.el);
  const party = ctx.profile.family === 'party';
  if (!label.text.trim().endsWith(':')) findings.push({ ruleId: 'recipients.colon', rule: '"Nơi nhận" có dấu hai chấm', found: label.text.trim(), expected: 'Nơi nhận:', where });
  if (party) {
    if (!f.underline || f.bold || f.italic) findings.push({ ruleId: 'recipients.label-style', rule: '"Nơi nhận:" chữ đứng, gạch chân, không đậm (HD 05)', found: describe(f), expected: 'gạch chân, chữ đứng', where });
  } else if (!f.bold || !f.italic) {
    findings.push({ ruleId: 'recipients.label-style', rule: '"Nơi nhận:" in đậm, nghiêng (Nghị định 30)', found: describe(f), expected: 'đậm, nghiêng', where });
  }
  if (f.sizePt !== null && !inRange(f.sizePt, ctx.profile.accepted.recipientsLabelPt)) {
    findings.push({ ruleId: 'recipients.label-size', rule: 'Cỡ chữ "Nơi nhận:"', found: `${f.sizePt} pt`, expected: showRange(ctx.profile.accepted.recipientsLabelPt, 'pt'), where });
  }
  const items: string[] = [];
  for (const p of ctx.paragraphs.slice(index + 1)) {
    const t = p.text.trim();
    if (!t.startsWith('-')) break;
    items.push(t);
  }
  const last = items[items.length - 1];
  if (!last) findings.push({ ruleId: 'recipients.items', rule: 'Mỗi nơi nhận một dòng, bắt đầu bằng gạch đầu dòng', found: 'không có dòng nào', expected: '- …;', where });
  else if (party ? !/^-\s*Lưu\s+(?!:)/.test(last) || /\bVT\b/.test(last) : !/^-\s*Lưu:\s*VT\b/.test(last)) {
    findings.push({ ruleId: 'recipients.file-copy', rule: party ? 'Dòng cuối: "- Lưu Văn phòng …." (không dấu hai chấm, không "VT")' : 'Dòng cuối: "- Lưu: VT, …."', found: last, expected: party ? '- Lưu Văn phòng Đảng ủy.' : '- Lưu: VT, VP.', where });
  }
  return findings;
};

function describe(f: { bold: boolean; italic: boolean; underline: boolean }): string {
  const parts = [f.bold ? 'đậm' : 'không đậm', f.italic ? 'nghiêng' : 'đứng', f.underline ? 'gạch chân' : 'không gạch chân'];
  return parts.join(', ');
}

export const kinhGuiInParty: Rule = (ctx) => {
  if (ctx.profile.family !== 'party') return [];
  const p = ctx.paragraphs.find((x) => /^Kính gửi\s*:/.test(x.text.trim()));
  return p ? [{ ruleId: 'kinh-gui.party', rule: 'Báo cáo của Đảng không có "Kính gửi" (HD 05)', found: snippet(p.text), expected: 'bỏ dòng "Kính gửi"', where: snippet(p.text) }] : [];
};
