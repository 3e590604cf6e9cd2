/**
 * The opening and closing sentences of a report, drafted from its header: "Thực hiện …, [đơn
 * vị] báo cáo … như sau:" and "Trên đây là báo cáo … của …". The clerk fills the bracketed
 * request document and edits freely.
 */
import type { ReportHeader } from '../report-format/schema';

const PLACE_WORDS = /^(tỉnh|thành phố|phường|xã|thị trấn|đặc khu|quận|thị xã)$/;
/** A name that starts with one of these capitalises the word after it (Sở Nội vụ, Ban Tuyên giáo). */
const BODY_WORDS = /^(sở|ban|bộ|phòng|văn phòng|cục|chi cục|trung tâm)$/;
const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi-VN') + w.slice(1);

/**
 * A body's name in running text, from the capitals of the header (ND30 Phụ lục II, roughly):
 * "ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ" → "Ủy ban nhân dân phường Nghĩa Lộ", "SỞ NỘI VỤ" → "Sở Nội vụ".
 * A name typed in mixed case is kept as typed.
 */
export function bodyName(issuingBody: string): string {
  const name = issuingBody.trim().replace(/\s+/g, ' ');
  if (name === '') return '[đơn vị]';
  if (name !== name.toLocaleUpperCase('vi-VN')) return name;
  const words = name.toLocaleLowerCase('vi-VN').split(' ');
  const out: string[] = [];
  let properName = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const two = `${word} ${words[i + 1] ?? ''}`;
    if (properName) out.push(cap(word));
    else if (PLACE_WORDS.test(two)) {
      out.push(word, words[i + 1] as string);
      i += 1;
      properName = true;
      continue;
    } else if (PLACE_WORDS.test(word)) {
      out.push(word);
      properName = true;
    } else if ((out.length === 1 && BODY_WORDS.test(out[0] as string)) || (out.length === 2 && BODY_WORDS.test(out.join(' ')))) out.push(cap(word));
    else out.push(word);
  }
  return cap(out.join(' '));
}

function subject(summary: string): string {
  const s = summary.trim().replace(/[.;:]+$/, '');
  if (s === '') return '[nội dung báo cáo]';
  return s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
}

export function openingSentence(header: Pick<ReportHeader, 'issuingBody' | 'summary'>): string {
  return `Thực hiện [số, ngày, tên văn bản yêu cầu báo cáo], ${bodyName(header.issuingBody)} báo cáo ${subject(header.summary)} như sau:`;
}

export function closingSentence(header: Pick<ReportHeader, 'issuingBody' | 'summary'>): string {
  return `Trên đây là báo cáo ${subject(header.summary)} của ${bodyName(header.issuingBody)}.`;
}
