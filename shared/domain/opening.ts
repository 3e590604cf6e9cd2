/**
 * The opening and closing sentences of a report, drafted from its header: "Thực hiện …, [đơn
 * vị] báo cáo … như sau:" and "Trên đây là báo cáo … của …". The clerk fills the bracketed
 * request document and edits freely.
 */
import type { ReportHeader } from '../report-format/schema';
import { inSentenceName } from '../text/organization-names';

/**
 * The body's name in running text: the unit's own in-sentence form when "Đơn vị của tôi" has one
 * for this body, otherwise the header's capitals turned into it (ND30 Phụ lục II).
 */
export function bodyName(issuingBody: string, inSentence?: string): string {
  return inSentence?.trim() || inSentenceName(issuingBody) || '[đơn vị]';
}

function subject(summary: string): string {
  const s = summary.trim().replace(/[.;:]+$/, '');
  if (s === '') return '[nội dung báo cáo]';
  return s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
}

export function openingSentence(header: Pick<ReportHeader, 'issuingBody' | 'summary'>, inSentence?: string): string {
  return `Thực hiện [số, ngày, tên văn bản yêu cầu báo cáo], ${bodyName(header.issuingBody, inSentence)} báo cáo ${subject(header.summary)} như sau:`;
}

export function closingSentence(header: Pick<ReportHeader, 'issuingBody' | 'summary'>, inSentence?: string): string {
  return `Trên đây là báo cáo ${subject(header.summary)} của ${bodyName(header.issuingBody, inSentence)}.`;
}
