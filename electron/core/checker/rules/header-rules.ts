/** The header block: quốc hiệu / Party title, issuing body, separators, Số, date (ND30 §1.2–1.3; HD 05 §2.2–2.3). */
import type { RuleFinding as Finding } from '../check-context';
import { inRange, showRange, type CheckContext, type Para, type Rule } from '../check-context';
import { snippet } from '../ooxml';
import { checkRule, textWidthMmOf } from './separator-rules';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

function find(ctx: CheckContext, test: (p: Para) => boolean): Para | undefined {
  return ctx.paragraphs.find(test);
}

function sizeFinding(ctx: CheckContext, p: Para, ruleId: string, name: string, range: readonly [number, number], wantBold: boolean | null): Finding[] {
  const f = ctx.fmt.paragraphFormat(p.el);
  const out: Finding[] = [];
  if (f.sizePt !== null && !inRange(f.sizePt, range)) {
    out.push({ ruleId: `${ruleId}.size`, rule: `Cỡ chữ ${name}`, found: `${f.sizePt} pt`, expected: showRange(range, 'pt'), where: snippet(p.text) });
  }
  if (wantBold !== null && f.bold !== wantBold) {
    out.push({ ruleId: `${ruleId}.bold`, rule: `${name} ${wantBold ? 'in đậm' : 'không in đậm'}`, found: f.bold ? 'in đậm' : 'không đậm', expected: wantBold ? 'in đậm' : 'không đậm', where: snippet(p.text) });
  }
  return out;
}

export const headerBlock: Rule = (ctx) => {
  const findings: Finding[] = [];
  const profile = ctx.profile;
  if (!ctx.headerTable) {
    findings.push({
      ruleId: 'header.table',
      rule: 'Phần đầu văn bản trình bày thành hai cột: tên cơ quan bên trái, quốc hiệu/tiêu đề bên phải',
      found: 'không thấy bảng hai cột ở đầu văn bản',
      expected: 'bảng không viền hai cột ở đầu trang 1',
      where: 'Đầu văn bản',
    });
  }
  const first = profile.nationalLines[0];
  if (first) {
    const national = find(ctx, (p) => p.text.trim().toLocaleUpperCase('vi-VN') === first.text);
    if (!national) {
      findings.push({ ruleId: 'header.national', rule: `Dòng "${first.text}" ở cột phải`, found: 'không có hoặc viết sai', expected: first.text, where: 'Đầu văn bản' });
    } else {
      if (national.text.trim() !== first.text) findings.push({ ruleId: 'header.national.case', rule: `"${first.text}" viết in hoa`, found: national.text.trim(), expected: first.text, where: 'Đầu văn bản' });
      findings.push(...sizeFinding(ctx, national, 'header.national', `"${first.text}"`, profile.accepted.nationalPt, true));
      if (profile.nationalLines.length === 1) {
        findings.push(...checkRule(ctx, national, textWidthMmOf(ctx, national.el), profile.accepted.ruleShare.national, 'header.national.rule', `"${first.text}"`, 'bằng dòng chữ'));
      }
    }
  }
  if (profile.accepted.mottoPt) {
    const motto = find(ctx, (p) => p.text.replace(/\s+/g, ' ').trim().replace(/[–—]/g, '-').toLocaleLowerCase('vi-VN') === MOTTO.toLocaleLowerCase('vi-VN'));
    if (!motto) {
      findings.push({ ruleId: 'header.motto', rule: 'Tiêu ngữ dưới quốc hiệu', found: 'không có hoặc viết sai', expected: MOTTO, where: 'Đầu văn bản' });
    } else {
      if (motto.text.trim() !== MOTTO) findings.push({ ruleId: 'header.motto.form', rule: 'Tiêu ngữ viết hoa chữ đầu mỗi cụm, gạch nối ngắn có cách hai bên', found: motto.text.trim(), expected: MOTTO, where: 'Đầu văn bản' });
      findings.push(...sizeFinding(ctx, motto, 'header.motto', 'tiêu ngữ', profile.accepted.mottoPt, true));
      findings.push(...checkRule(ctx, motto, textWidthMmOf(ctx, motto.el), profile.accepted.ruleShare.national, 'header.motto.rule', 'tiêu ngữ', 'bằng dòng tiêu ngữ'));
    }
  }
  return findings;
};

const STATE_NUMBER = /^Số:\s*(\S*?)\s*\/\s*(\S*)$/;
const PARTY_NUMBER = /^Số:?\s*(\S*?)\s*-\s*(\S*)$/;

export const numberLine: Rule = (ctx) => {
  const line = find(ctx, (p) => p.inHeader && /^Số[\s:]/.test(p.text.trim()));
  const where = 'Số, ký hiệu';
  if (!line) return [{ ruleId: 'number.missing', rule: 'Dòng số, ký hiệu dưới tên cơ quan ban hành', found: 'không có', expected: ctx.profile.numberStyle === 'party' ? 'Số 05-BC/ĐU' : 'Số: 05/BC-UBND', where }];
  const text = line.text.trim();
  const findings: Finding[] = [];
  if (ctx.profile.numberStyle === 'party') {
    if (text.startsWith('Số:')) findings.push({ ruleId: 'number.party-colon', rule: 'Văn bản của Đảng: không có dấu hai chấm sau "Số" (HD 05)', found: text, expected: 'Số 05-BC/ĐU', where });
    const m = PARTY_NUMBER.exec(text);
    if (!m || !m[2]?.includes('/')) findings.push({ ruleId: 'number.form', rule: 'Số và ký hiệu nối bằng gạch ngang, ký hiệu loại và cơ quan nối bằng gạch chéo', found: text, expected: 'Số 05-BC/ĐU', where });
    else if (/^\d$/.test(m[1] ?? '')) findings.push({ ruleId: 'number.zero-pad', rule: 'Số nhỏ hơn 10 viết thêm số 0 phía trước', found: text, expected: `Số 0${m[1]}-${m[2]}`, where });
  } else {
    const m = STATE_NUMBER.exec(text);
    if (!m || !text.startsWith('Số:')) findings.push({ ruleId: 'number.form', rule: 'Dạng "Số: số/ký hiệu" (Nghị định 30)', found: text, expected: 'Số: 05/BC-UBND', where });
    else if (/^\d$/.test(m[1] ?? '')) findings.push({ ruleId: 'number.zero-pad', rule: 'Số nhỏ hơn 10 viết thêm số 0 phía trước', found: text, expected: `Số: 0${m[1]}/${m[2]}`, where });
  }
  findings.push(...sizeFinding(ctx, line, 'number', 'dòng số, ký hiệu', ctx.profile.accepted.numberLinePt, null));
  return findings;
};

const DATE = /ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})?\s*năm\s+\d{4}/;

export const dateLine: Rule = (ctx) => {
  const line = find(ctx, (p) => DATE.test(p.text) && p.text.includes(','));
  const where = 'Địa danh, ngày tháng';
  if (!line) return [{ ruleId: 'date.missing', rule: 'Dòng địa danh, ngày tháng năm', found: 'không có', expected: 'Hà Nội, ngày 05 tháng 01 năm 2026', where }];
  const findings: Finding[] = [];
  const f = ctx.fmt.paragraphFormat(line.el);
  if (!f.italic) findings.push({ ruleId: 'date.italic', rule: 'Địa danh, ngày tháng viết nghiêng', found: 'chữ đứng', expected: 'chữ nghiêng', where: snippet(line.text) });
  if (f.sizePt !== null && !inRange(f.sizePt, ctx.profile.accepted.dateLinePt)) {
    findings.push({ ruleId: 'date.size', rule: 'Cỡ chữ dòng ngày tháng', found: `${f.sizePt} pt`, expected: showRange(ctx.profile.accepted.dateLinePt, 'pt'), where: snippet(line.text) });
  }
  const m = DATE.exec(line.text);
  const day = m?.[1];
  const month = m?.[2];
  if (day && Number(day) < 10 && day.length === 1) findings.push({ ruleId: 'date.day-pad', rule: 'Ngày nhỏ hơn 10 viết thêm số 0', found: `ngày ${day}`, expected: `ngày 0${day}`, where: snippet(line.text) });
  if (month && Number(month) <= 2 && month.length === 1) findings.push({ ruleId: 'date.month-pad', rule: 'Tháng 1 và 2 viết thêm số 0', found: `tháng ${month}`, expected: `tháng 0${month}`, where: snippet(line.text) });
  if (month && Number(month) >= 3 && month.startsWith('0')) findings.push({ ruleId: 'date.month-pad', rule: 'Tháng từ 3 trở đi không thêm số 0', found: `tháng ${month}`, expected: `tháng ${Number(month)}`, where: snippet(line.text) });
  return findings;
};
