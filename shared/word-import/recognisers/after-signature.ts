/**
 * What follows the signature: the documents sent with this one (a quy định or quy chế after its
 * quyết định, a mẫu after a thông tư, phụ lục after a báo cáo) become the report's phụ lục, each
 * titled by its tên loại and trích yếu, with all its text; a Mục lục page is written again on
 * export; a stray line or two is listed for the clerk. Nothing after the signature is dropped:
 * a quyết định's Điều lệ is not its Nơi nhận.
 */
import { docTypeOfLine } from '../../the-thuc/doc-types';
import type { SourceParagraph } from '../source';
import { restoreCase } from '../restore-case';
import type { LineLog } from './line-log';
import { APPENDIX_LABEL, APPENDIX_LABEL_WITH_NAME, APPENDIX_REFERENCE, clean, dropLeading, isUpper, NATIONAL, RULE, TOC_NOTE, TOC_TITLE } from './patterns';
import { columnsOf, type Unit } from './units';
import { startsAttachment } from './signature-block';
import { labelOf } from './outline-labels';
import { addTable } from './table-lines';

const DASH = /^([-–—•+])\s*/;
/** A line that starts with a short label and its colon ("Kính gửi: …", "Đơn vị trình: …"). */
const FIELD_LINE = /^[^\s:][^:]{0,40}:\s*\S/u;

export function readAfterSignature(all: readonly Unit[], from: number, log: LineLog): void {
  const rest = all.slice(from).filter((u) => u.kind === 'table' || u.text !== '');
  if (rest.length === 0) return;
  // A table of figures is a document sent with this one even with no title of its own (a biểu mẫu
  // whose title stands in its first rows): listed for the clerk, it would not reach the Word file.
  const figures = rest.some((u) => u.kind === 'table' && u.rows.length >= 3);
  if (rest.length <= 3 && !startsAttachment(all, from) && !figures) {
    for (const u of rest) {
      if (u.kind === 'table') log.add('unplaced', null, { source: u.rows.map((r) => r.join(' | ')).join('\n'), note: 'Bảng sau phần chữ ký' });
      else log.add('unplaced', u.p, { note: 'Dòng sau phần chữ ký' });
    }
    return;
  }

  let zone: 'appendix' | 'toc' = 'appendix';
  let open = false;
  let expectTitle = true;
  /** The line just before was "Phụ lục I": this one names it. */
  let afterLabel = false;
  /** Lines of content met before the attachment's title (a "Mẫu số 1 …" line above it). */
  let held: SourceParagraph[] = [];
  const content = (p: SourceParagraph, text: string) => {
    const dash = DASH.exec(text);
    if (dash)
      log.add('bullet', p, {
        level: dash[1] === '+' ? 2 : 1,
        text: clean(text.slice(dash[0].length)),
        runs: dropLeading(p.runs, /^\s*[-–—•+]\s*/.exec(p.text)?.[0].length ?? 0),
      });
    else log.add('paragraph', p);
  };
  const openAppendix = (title: string, p: SourceParagraph | null) => {
    log.add('appendixTitle', p, { text: title });
    open = true;
    expectTitle = false;
    for (const h of held) content(h, clean(h.text));
    held = [];
  };

  for (let at = from; at < all.length; at += 1) {
    const u = all[at]!;
    if (u.kind === 'table') {
      if (!open) openAppendix('Văn bản kèm theo', null);
      addTable(log, u, 'paragraph');
      continue;
    }
    if (u.text === '') continue;
    for (const piece of columnsOf(u)) {
      const text = piece.text;
      if (TOC_TITLE.test(text)) {
        zone = 'toc';
        log.add('layout', piece.p, { note: TOC_NOTE });
        continue;
      }
      if (zone === 'toc' && !APPENDIX_LABEL.test(text)) {
        log.add('layout', piece.p, { note: TOC_NOTE });
        continue;
      }
      const labelWithName = APPENDIX_LABEL_WITH_NAME.exec(text);
      if (labelWithName && !APPENDIX_LABEL.test(text)) {
        zone = 'appendix';
        afterLabel = false;
        const name = labelWithName[1]!;
        log.add('layout', null, { source: text.slice(0, text.length - name.length).trim(), note: 'Số phụ lục: đánh lại khi xuất', mark: 'appendixLabel' });
        openAppendix(isUpper(name) ? restoreCase(name, log.casing) : name, piece.p);
        break;
      }
      if (APPENDIX_LABEL.test(text)) {
        zone = 'appendix';
        expectTitle = true;
        afterLabel = true;
        log.add('layout', piece.p, { note: 'Số phụ lục: đánh lại khi xuất', mark: 'appendixLabel' });
        continue;
      }
      // The line under "Phụ lục I" is the phụ lục's name, whatever words it has ("SỐ LIỆU CỦA CÁC ĐƠN VỊ").
      if (afterLabel && !APPENDIX_REFERENCE.test(text) && !NATIONAL.test(text) && !RULE.test(text)) {
        afterLabel = false;
        const lines = [text];
        let k = at + 1;
        for (; k < all.length && lines.length < 3; k += 1) {
          const v = all[k]!;
          if (v.kind !== 'p' || v.text === '' || !isUpper(v.text) || APPENDIX_REFERENCE.test(v.text) || labelOf(v.text) || docTypeOfLine(v.text)) break;
          lines.push(v.text);
        }
        const typed = lines.join(' ');
        openAppendix(isUpper(typed) ? restoreCase(typed, log.casing) : typed, piece.p);
        for (let j = at + 1; j < k; j += 1) {
          const v = all[j]!;
          if (v.kind === 'p' && v.text !== '') log.add('layout', v.p, { note: 'Tên phụ lục (dòng tiếp)', mark: 'continues' });
        }
        at = k - 1;
        break;
      }
      afterLabel = false;
      if (NATIONAL.test(text)) {
        // A quốc hiệu begins another document's header: kept with it, under its title (the export
        // writes no header for a phụ lục, so "Bỏ" would lose it).
        expectTitle = true;
        held.push(piece.p);
        continue;
      }
      if (RULE.test(text)) {
        // A rule alone is only a rule: a line drawn, no words.
        log.add('layout', piece.p, { note: 'Đường kẻ' });
        continue;
      }
      const type = docTypeOfLine(text);
      const nextIsReference = (() => {
        for (let k = at + 1; k < Math.min(all.length, at + 5); k += 1) {
          const v = all[k]!;
          if (v.kind === 'p' && v.text !== '') return APPENDIX_REFERENCE.test(v.text) || (isUpper(v.text) === false && /^\(/.test(v.text));
        }
        return false;
      })();
      // A name in capitals right over its "(Kèm theo Kế hoạch số …)" line, with no tên loại ("PHÂN CÔNG NHIỆM VỤ …"): the phụ lục's title.
      if (!type && isUpper(text) && !labelOf(text) && piece.column === null && nextIsReference && (expectTitle || !open)) {
        openAppendix(restoreCase(text, log.casing), piece.p);
        break;
      }
      if (type && isUpper(text) && piece.column === null && (expectTitle || !open || nextIsReference)) {
        // The title: the tên loại, then its trích yếu on the lines below, up to the "(Ban hành kèm theo …)".
        let title = restoreCase(text, log.casing);
        const summary: string[] = [];
        let k = at + 1;
        for (; k < all.length && summary.length < 4; k += 1) {
          const v = all[k]!;
          if (v.kind !== 'p' || v.text === '' || APPENDIX_REFERENCE.test(v.text) || RULE.test(v.text) || labelOf(v.text) || /[;:]$/.test(v.text)) break;
          // "Kính gửi: …", "Đơn vị trình: …": the attached document's own lines, not its trích yếu.
          if (FIELD_LINE.test(v.text)) break;
          if (docTypeOfLine(v.text)) break;
          summary.push(v.text);
        }
        if (summary.length > 0) {
          // A trích yếu typed in capitals comes back in running-text case; one typed in sentence case keeps its words ("Hội Khuyến học").
          const typed = summary.join(' ');
          const joined = isUpper(typed) ? restoreCase(typed, log.casing) : typed;
          title = `${title} ${isUpper(typed) ? joined.charAt(0).toLowerCase() : joined.charAt(0)}${joined.slice(1)}`;
        }
        openAppendix(title, piece.p);
        for (let j = at + 1; j < k; j += 1) {
          const v = all[j]!;
          if (v.kind === 'p' && v.text !== '') log.add('layout', v.p, { note: 'Trích yếu của văn bản kèm theo: trong tên phụ lục' });
        }
        at = k - 1;
        break;
      }
      // "(Kèm theo Báo cáo số …)" under a phụ lục's name: the export writes it again.
      if (open && APPENDIX_REFERENCE.test(text) && ['appendixTitle', 'layout'].includes(log.lines[log.lines.length - 1]?.role ?? '')) {
        log.add('layout', piece.p, { note: 'Dòng “kèm theo” dưới tên phụ lục: giữ như văn bản viết', mark: 'appendixReference' });
        continue;
      }
      if (!open) {
        // Before the title: the attachment's own header (its cơ quan, its date) or a line above the
        // title — kept, under the title, for the export writes no header for a phụ lục.
        held.push(piece.p);
        continue;
      }
      content(piece.p, text);
    }
  }
  if (held.length > 0) {
    if (!open) openAppendix('Văn bản kèm theo', null);
    else for (const h of held) content(h, clean(h.text));
  }
}
