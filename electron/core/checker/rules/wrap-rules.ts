/**
 * Header lines a reader sees wrapped (ND30 Phụ lục I ô 1–4; HD 05): the quốc hiệu, the tiêu
 * ngữ, the Party title, the date line, the number line and each line of the cơ quan names must
 * stand on one line. Measured with Times New Roman's advance widths (text-width.ts) at each
 * run's size and boldness, against the cell width less its margins and the paragraph's indents.
 */
import type { Element } from '@xmldom/xmldom';
import { measureTextPt } from '../../../../shared/the-thuc/text-width';
import { twipToMm } from '../../../../shared/the-thuc/units';
import { num, type CheckContext, type RuleFinding, type Rule } from '../check-context';
import { descendants, snippet } from '../ooxml';
import { pageTextWidth } from '../docx-package';
import { textWidthInCell } from '../table-geometry';
import type { RunFormat } from '../run-format';

/** Measuring and Word's layout round differently: a line this much wider is still taken as fitting. */
const TOLERANCE_PT = 1;

/** The lines of a paragraph (split at typed line breaks), each with its width in points; spaces at a line's end do not count. */
function measuredLines(ctx: CheckContext, p: Element): { text: string; widthPt: number }[] {
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
      const widthPt = [...pieces].reverse().reduce((sum, piece) => {
        const cut = Math.min(trailing, piece.text.length);
        trailing -= cut;
        return sum + measureTextPt(piece.text.slice(0, piece.text.length - cut), piece.format.sizePt ?? 10, piece.format);
      }, 0);
      return { text, widthPt };
    })
    .filter((l) => l.text.trim() !== '');
}

const HEADER_LINE = /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)$|ngày\s.*tháng\s.*năm\s+\d{4}$/iu;

export const headerWrap: Rule = (ctx) => {
  const findings: RuleFinding[] = [];
  const inHeader = ctx.paragraphs.filter((p) => p.inHeader);
  // Without a header table, the known header lines at the top of the document, on the page's width.
  const candidates = inHeader.length > 0 ? inHeader : ctx.paragraphs.slice(0, 15).filter((p) => HEADER_LINE.test(p.text.trim()));
  for (const p of candidates) {
    const available = textWidthInCell(p.el, ctx.fmt) ?? pageTextWidth(ctx.pkg);
    const props = ctx.fmt.paragraphProps(p.el);
    const room = available - props.indentLeft - props.indentRight - Math.max(0, props.firstLine - props.hanging);
    for (const line of measuredLines(ctx, p.el)) {
      const widthTwips = line.widthPt * 20;
      if (widthTwips <= room + TOLERANCE_PT * 20) continue;
      findings.push({
        ruleId: 'header.wrap',
        rule: 'Mỗi dòng của phần đầu văn bản (quốc hiệu, tiêu ngữ, tên cơ quan, số, ngày tháng) nằm gọn trên một dòng',
        found: `xuống dòng: chữ rộng ${num(twipToMm(widthTwips))} mm, chỗ cho chữ chỉ ${num(twipToMm(room))} mm`,
        expected: `rộng không quá ${num(twipToMm(room))} mm (mở rộng cột, bỏ thụt lề, hoặc ngắt dòng tên cơ quan trước cấp hành chính)`,
        where: snippet(line.text),
      });
    }
  }
  return findings;
};
