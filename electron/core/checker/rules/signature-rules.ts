/**
 * The signature block (ND30 Phụ lục I ô 7a–7c; HD 05 ô 7): the quyền hạn line when someone
 * signs for the body (TM., KT. …), the chức vụ, room to sign, and the signer's name in bold.
 */
import type { Rule, RuleFinding } from '../check-context';
import { AUTHORITY, reportParts } from '../body-paragraphs';
import { paragraphLineHeightPt } from '../run-format';
import { snippet } from '../ooxml';

/** Room to sign and seal: about four empty 14 pt lines are usual; fewer than two is no room at all. */
const MIN_SIGNING_ROOM_PT = 30;

export const signatureBlock: Rule = (ctx) => {
  const { signature } = reportParts(ctx);
  // The signature's own lines: what is not Nơi nhận and its dash items.
  const recipients = signature.findIndex((p) => /^Nơi nhận/.test(p.text.trim()));
  const lines = signature.filter((p, i) => {
    const t = p.text.trim();
    return !(i >= recipients && recipients >= 0 && (/^Nơi nhận/.test(t) || /^[-–+]/.test(t)));
  });
  const filled = lines.filter((p) => p.text.trim() !== '');
  const where = 'Chữ ký';
  if (filled.length === 0) return [{ ruleId: 'signature.missing', rule: 'Phần ký: quyền hạn, chức vụ, chữ ký, họ tên người ký', found: 'không có', expected: 'ví dụ "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / chỗ ký / họ tên', where }];
  const findings: RuleFinding[] = [];
  const titles = filled.filter((p) => p.text.trim() === p.text.trim().toLocaleUpperCase('vi-VN'));
  const name = filled[filled.length - 1]!;
  const positionLines = titles.filter((p) => !AUTHORITY.test(p.text.trim()));
  if (positionLines.length === 0) findings.push({ ruleId: 'signature.position', rule: 'Chức vụ của người ký (in hoa) dưới dòng quyền hạn', found: 'không có', expected: 'ví dụ "CHỦ TỊCH", "BÍ THƯ"', where });
  if (name === titles[titles.length - 1] || name.text.trim() === name.text.trim().toLocaleUpperCase('vi-VN')) {
    findings.push({ ruleId: 'signature.name', rule: 'Họ tên người ký dưới chỗ ký', found: 'không có họ tên', expected: 'ví dụ "Nguyễn Văn An"', where });
    return findings;
  }
  if (!ctx.fmt.paragraphFormat(name.el).bold) findings.push({ ruleId: 'signature.name-bold', rule: 'Họ tên người ký in đậm', found: 'chữ thường', expected: 'chữ đậm', where: snippet(name.text) });
  // Room between the last title line and the name: empty lines, their spacing, and the spacing around.
  const lastTitle = titles[titles.length - 1];
  if (lastTitle) {
    const from = lines.indexOf(lastTitle);
    const to = lines.indexOf(name);
    let room = ctx.fmt.paragraphProps(lastTitle.el).spacingAfter / 20 + ctx.fmt.paragraphProps(name.el).spacingBefore / 20;
    for (const p of lines.slice(from + 1, to)) {
      const props = ctx.fmt.paragraphProps(p.el);
      const size = ctx.fmt.paragraphFormat(p.el).sizePt ?? 12;
      room += paragraphLineHeightPt(props, size) + (props.spacingBefore + props.spacingAfter) / 20;
    }
    if (room < MIN_SIGNING_ROOM_PT) findings.push({ ruleId: 'signature.space', rule: 'Đủ chỗ để ký và đóng dấu giữa chức vụ và họ tên', found: `khoảng ${Math.round(room)} pt`, expected: `khoảng 4 dòng trống (tối thiểu ${MIN_SIGNING_ROOM_PT} pt)`, where });
  }
  return findings;
};
