/**
 * "Thông tin văn bản": what the văn thư types into the e-office system (hệ thống quản lý văn bản
 * và điều hành) to register the report as an outgoing document — the metadata list of Nghị định
 * 30, Phụ lục VI (thông tin đầu vào của văn bản đi), with its field names (TypeName, CodeNumber…)
 * so the JSON sidecar maps one to one.
 */
import type { ReportFile } from '../report-format/schema';
import { getLayoutProfile } from '../the-thuc/profiles';
import { docTypeName } from '../the-thuc/doc-types';
import { padDocumentNumber } from '../the-thuc/header-lines';
import { authorityLines } from '../the-thuc/authority-labels';
import { buildExportView } from '../export-view/view-model';
import { estimatePageCount } from '../export-view/page-count';

export const URGENCIES = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;
export const SECRECIES = ['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'] as const;

export interface DocumentCardChoices {
  urgency: (typeof URGENCIES)[number];
  secrecy: (typeof SECRECIES)[number];
  /** Số lượng bản phát hành. */
  copies: number;
}

interface DocumentCard {
  /** Field name of Phụ lục VI → its Vietnamese label and value. */
  fields: { key: string; label: string; value: string }[];
  /** The sidecar: the same fields under Phụ lục VI's names. */
  json: Record<string, unknown>;
}

/** A standing body that names no cơ quan alone: "BAN THƯỜNG TRỰC" is the Ban Thường trực of the Ủy ban MTTQ above it. */
const PART_OF_A_BODY = /^(BAN THƯỜNG TRỰC|THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN CHỈ ĐẠO|BAN CHỦ NHIỆM|THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN)$/u;

/** The cơ quan ban hành as the e-office system registers it: the whole name, on one line. */
function organName(issuing: string, parent: string): string {
  const one = (text: string) => text.replace(/\s+/g, ' ').trim();
  return PART_OF_A_BODY.test(one(issuing).toLocaleUpperCase('vi-VN')) && one(parent) !== '' ? `${one(issuing)} ${one(parent)}` : one(issuing);
}

/**
 * The card of a report. The page count is the Word file's, worked out from the export view as
 * Word lays pages out (export-view/page-count.ts) — not the print preview's, which keeps a
 * paragraph whole on a page and so counts more — and the card says it is an estimate.
 */
export function documentCard(report: ReportFile, choices: DocumentCardChoices, today: Date = new Date()): DocumentCard {
  const pageCount = estimatePageCount(buildExportView(report, today));
  const h = report.header;
  const profile = getLayoutProfile(report.profile);
  const position = [...authorityLines(report.signature, profile), report.signature.position.trim()]
    .filter((x) => x !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
  // Who it goes to: Kính gửi's bodies ("Như trên" names them) and Nơi nhận's others, not the file copy.
  const clean = (r: string) =>
    r
      .replace(/^[-–]\s*/, '')
      .replace(/[;.,]+$/, '')
      .trim();
  const recipients = [
    ...new Set(
      [...(h.addressees ?? []).map(clean), ...report.recipients.map(clean).filter((r) => !/^Lưu(?![\p{L}\p{M}])/iu.test(r) && !/^Như trên$/i.test(r))].filter(
        (r) => r !== '',
      ),
    ),
  ];
  // Độ khẩn and độ mật are one field in Phụ lục VI (Priority): the first marked wins, "Thường" is 0.
  const priority = Math.max(URGENCIES.indexOf(choices.urgency), 0) || Math.max(SECRECIES.indexOf(choices.secrecy), 0);
  const json = {
    // A công văn has no tên loại line ("" in the file): its kind is still named.
    TypeName: docTypeName(h.docType),
    CodeNumber: padDocumentNumber(h.number),
    CodeNotation: h.symbol.trim(),
    IssuedDate: h.date ?? '',
    OrganName: organName(h.issuingBody, h.parentBody ?? ''),
    Subject: h.summary.trim(),
    Language: 'Tiếng Việt',
    PageAmount: pageCount,
    SignerInfo: { Position: position, FullName: report.signature.name.trim() },
    To: recipients.map((name) => ({ OrganName: name })),
    Priority: priority,
    Urgency: choices.urgency,
    Secrecy: choices.secrecy,
    IssuedAmount: choices.copies,
  };
  const fields = [
    { key: 'CodeNumber', label: 'Số', value: json.CodeNumber || '(văn thư cấp)' },
    { key: 'CodeNotation', label: 'Ký hiệu', value: json.CodeNotation },
    { key: 'IssuedDate', label: 'Ngày ban hành', value: json.IssuedDate ? json.IssuedDate.split('-').reverse().join('/') : '(văn thư ghi)' },
    { key: 'TypeName', label: 'Tên loại', value: json.TypeName },
    { key: 'Subject', label: 'Trích yếu', value: json.Subject },
    { key: 'OrganName', label: 'Cơ quan ban hành', value: json.OrganName },
    { key: 'Position', label: 'Người ký — chức vụ', value: position },
    { key: 'FullName', label: 'Người ký — họ tên', value: json.SignerInfo.FullName },
    { key: 'To', label: 'Nơi nhận', value: recipients.join('; ') },
    { key: 'PageAmount', label: 'Số trang', value: `${pageCount} (ước tính theo cách Word dàn trang)` },
    { key: 'IssuedAmount', label: 'Số bản', value: String(choices.copies) },
    { key: 'Urgency', label: 'Độ khẩn', value: choices.urgency },
    { key: 'Secrecy', label: 'Độ mật', value: choices.secrecy },
  ];
  return { fields, json };
}
