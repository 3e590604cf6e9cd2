/**
 * How the signature block is set (ND30 Phụ lục I ô 7a–7c; HD 05 ô 7): its lines' size, the signer's name in bold,
 * and room to sign and seal between the last title line and the name — however the block is laid
 * out (a table beside Nơi nhận, tab stops, one column after the other).
 */
import { inRange, showRange, type Rule, type RuleFinding } from '../check-context';
import { lineFormat } from '../line-format';
import { paragraphLineHeightPt } from '../../word-file/run-format';
import { snippet } from '../../word-file/ooxml';

/** Room to sign and seal: about four empty 14 pt lines are usual; fewer than two is no room at all. */
const MIN_SIGNING_ROOM_PT = 30;

export const signatureFormat: Rule = (ctx) => {
  const { map } = ctx;
  const name = map.signerName;
  if (!name?.para) return [];
  const findings: RuleFinding[] = [];
  const where = 'Chữ ký';
  const range = ctx.profile.accepted.signaturePt;
  const offSize = [...map.authority, ...map.position, name]
    .map((line) => ({ line, sizePt: line.para ? (lineFormat(ctx, line)?.sizePt ?? null) : null }))
    .find(({ sizePt }) => sizePt !== null && !inRange(sizePt, range));
  if (offSize)
    findings.push({
      ruleId: 'signature.size',
      rule: 'Cỡ chữ quyền hạn, chức vụ và họ tên người ký',
      found: `${offSize.sizePt} pt`,
      expected: showRange(range, 'pt'),
      where: snippet(offSize.line.line.source),
    });
  if (lineFormat(ctx, name)?.bold === false)
    findings.push({
      ruleId: 'signature.name-bold',
      rule: 'Họ tên người ký in đậm',
      found: 'chữ thường',
      expected: 'chữ đậm',
      where: snippet(name.line.source),
    });
  // Room between the last title line and the name: the paragraphs between them, their spacing, and the spacing around.
  const titles = [...map.authority, ...map.position].filter((l) => l.para && l.line.at !== undefined && name.line.at !== undefined && l.line.at < name.line.at);
  const lastTitle = titles.sort((a, b) => a.line.at! - b.line.at!)[titles.length - 1];
  if (!lastTitle?.para || lastTitle.para === name.para) return findings;
  const from = lastTitle.line.at!;
  const to = name.line.at!;
  let room = ctx.fmt.paragraphProps(lastTitle.para.el).spacingAfter / 20 + ctx.fmt.paragraphProps(name.para.el).spacingBefore / 20;
  for (const p of ctx.paragraphs.slice(from + 1, to)) {
    const props = ctx.fmt.paragraphProps(p.el);
    const size = ctx.fmt.paragraphFormat(p.el).sizePt ?? 12;
    room += paragraphLineHeightPt(props, size) * Math.max(1, p.text.split('\n').length) + (props.spacingBefore + props.spacingAfter) / 20;
  }
  if (room < MIN_SIGNING_ROOM_PT)
    findings.push({
      ruleId: 'signature.space',
      rule: 'Đủ chỗ để ký và đóng dấu giữa chức vụ và họ tên',
      found: `khoảng ${Math.round(room)} pt`,
      expected: `khoảng 4 dòng trống (tối thiểu ${MIN_SIGNING_ROOM_PT} pt)`,
      where,
    });
  return findings;
};
