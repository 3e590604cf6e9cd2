/**
 * Header lines a reader sees wrapped (ND30 Phụ lục I ô 1–4; HD 05): the quốc hiệu, the tiêu
 * ngữ, the Party title, the date line and the number line must stand on one line. Measured with Times New Roman's advance widths (text-width.ts) at each
 * run's size and boldness, with its character spacing (a line condensed to fit), against the cell width less its margins and the paragraph's indents.
 * No tolerance: LibreOffice breaks a line half a point over (a synthetic series of quốc hiệu in cells narrowed
 * 20 twips at a time, condensed and not, agrees line by line); the 2 pt once allowed stood in for the 0,3 pt a
 * letter that UBND tỉnh Lào Cai's style "Normal + 13 pt" condenses by, now counted.
 */
import type { Element } from '@xmldom/xmldom';
import { measureTextPt } from '#shared/the-thuc/text-width';
import { twipToMm } from '#shared/the-thuc/units';
import { num, type CheckContext, type RuleFinding, type Rule } from '../check-context';
import { descendants, snippet } from '../../word-file/ooxml';
import { pageTextWidth } from '../../word-file/docx-package';
import { textWidthInCell } from '../table-geometry';
import type { RunFormat } from '../../word-file/run-format';

/**
 * The lines of a paragraph (split at typed line breaks), each with its width in points; spaces at a
 * line's end do not count, and with `inkOnly` neither do those before its first letter (how long
 * the text looks, for the rule under it — where it fits is another matter).
 */
export function measuredLines(ctx: CheckContext, p: Element, inkOnly = false): { text: string; widthPt: number }[] {
  type Piece = { text: string; format: RunFormat };
  const lines: Piece[][] = [[]];
  for (const r of descendants(p, 'r')) {
    const format = ctx.fmt.resolve(p, r);
    for (const node of descendants(r, '*')) {
      if (node.localName === 'br' && (node.getAttribute('w:type') ?? 'textWrapping') === 'textWrapping') lines.push([]);
      const text = node.localName === 't' ? (node.textContent ?? '') : node.localName === 'tab' ? ' ' : '';
      if (text !== '') lines[lines.length - 1]!.push({ text, format });
    }
  }
  return lines
    .map((pieces) => {
      const text = pieces.map((x) => x.text).join('');
      let trailing = text.length - text.trimEnd().length;
      let leading = inkOnly ? text.length - text.trimStart().length : 0;
      const trimmed = [...pieces]
        .reverse()
        .map((piece) => {
          const cut = Math.min(trailing, piece.text.length);
          trailing -= cut;
          return { ...piece, text: piece.text.slice(0, piece.text.length - cut) };
        })
        .reverse()
        .map((piece) => {
          const cut = Math.min(leading, piece.text.length);
          leading -= cut;
          return { ...piece, text: piece.text.slice(cut) };
        });
      // Where the line fits counts its character spacing (LibreOffice keeps a quốc hiệu condensed by 0,3 pt a letter on
      // one line exactly when these widths say so). How long it looks, for the rule under it, is judged as before: the
      // judged pages of the field corpus do not bear out counting it there.
      const spacingPt = (piece: Piece) => (inkOnly ? 0 : [...piece.text].length * piece.format.letterSpacingPt);
      const widthPt = trimmed.reduce((sum, piece) => sum + measureTextPt(piece.text, piece.format.sizePt ?? 10, piece.format) + spacingPt(piece), 0);
      return { text, widthPt };
    })
    .filter((l) => l.text.trim() !== '');
}

export const headerWrap: Rule = (ctx) => {
  const findings: RuleFinding[] = [];
  const { map } = ctx;
  // The lines ND30 keeps on one line: the quốc hiệu, the tiêu ngữ, the Party title, the số and the date. A cơ quan's
  // long name may wrap (ô 2), and so may a công văn's V/v. A line sharing its paragraph with another (tab-laid) is
  // placed by tab stops, not by the cell: it is not measured here.
  const lines = [...map.national, ...(map.number ? [map.number] : []), ...(map.placeDate ? [map.placeDate] : [])];
  const paragraphs = new Set<Element>();
  for (const line of lines) {
    if (!line.para || map.all.some((other) => other !== line && other.para === line.para && other.line.source.trim() !== '')) continue;
    paragraphs.add(line.para.el);
  }
  for (const p of paragraphs) {
    const available = textWidthInCell(p, ctx.fmt) ?? pageTextWidth(ctx.pkg);
    const props = ctx.fmt.paragraphProps(p);
    const room = available - props.indentLeft - props.indentRight - Math.max(0, props.firstLine - props.hanging);
    for (const line of measuredLines(ctx, p)) {
      const widthTwips = line.widthPt * 20;
      if (widthTwips <= room) continue;
      findings.push({
        ruleId: 'header.wrap',
        rule: 'Mỗi dòng của phần đầu văn bản (quốc hiệu, tiêu ngữ, số, ngày tháng) nằm gọn trên một dòng',
        found: `xuống dòng: chữ rộng ${num(twipToMm(widthTwips))} mm, chỗ cho chữ chỉ ${num(twipToMm(room))} mm`,
        expected: `rộng không quá ${num(twipToMm(room))} mm (mở rộng cột, bỏ thụt lề, hoặc giảm cỡ chữ trong khoảng cho phép)`,
        where: snippet(line.text),
      });
    }
  }
  return findings;
};
