/**
 * Tên loại văn bản: the names a document's title line carries, with the code its ký hiệu uses.
 * The state list is Nghị định 30/2020, Phụ lục III (văn bản hành chính); the Party's is HD 05-HD/VPTW
 * (and HD 36 before it); legal normative documents (Luật 80/2015) and a few names offices use in
 * practice (đề cương, phiếu trình, bản tự kiểm điểm …) are read too, since years of old files hold them.
 * One list for the Word reader (which line is the tên loại) and the checker (what a công văn is).
 */
import { restyleWord } from '../text/syllable';
import { DEFAULT_DOC_TYPE } from '../domain/report';

interface DocType {
  /** As the title line writes it, in capitals. */
  name: string;
  /** The ký hiệu code, "" when the list gives none. */
  code: string;
  /** A person's own paper, written and signed by its writer — not issued by a body: no số, no Nơi nhận, no cơ quan. */
  personal?: true;
}

/** Nghị định 30/2020, Phụ lục III: văn bản hành chính. */
export const STATE_DOC_TYPES: readonly DocType[] = [
  { name: 'NGHỊ QUYẾT', code: 'NQ' },
  { name: 'QUYẾT ĐỊNH', code: 'QĐ' },
  { name: 'CHỈ THỊ', code: 'CT' },
  { name: 'QUY CHẾ', code: 'QC' },
  { name: 'QUY ĐỊNH', code: 'QyĐ' },
  { name: 'THÔNG CÁO', code: 'TC' },
  { name: 'THÔNG BÁO', code: 'TB' },
  { name: 'HƯỚNG DẪN', code: 'HD' },
  { name: 'CHƯƠNG TRÌNH', code: 'CTr' },
  { name: 'KẾ HOẠCH', code: 'KH' },
  { name: 'PHƯƠNG ÁN', code: 'PA' },
  { name: 'ĐỀ ÁN', code: 'ĐA' },
  { name: 'DỰ ÁN', code: 'DA' },
  { name: 'BÁO CÁO', code: 'BC' },
  { name: 'BIÊN BẢN', code: 'BB' },
  { name: 'TỜ TRÌNH', code: 'TTr' },
  { name: 'HỢP ĐỒNG', code: 'HĐ' },
  { name: 'CÔNG ĐIỆN', code: 'CĐ' },
  { name: 'BẢN GHI NHỚ', code: 'BGN' },
  { name: 'BẢN THỎA THUẬN', code: 'BTT' },
  { name: 'GIẤY ỦY QUYỀN', code: 'GUQ' },
  { name: 'GIẤY MỜI', code: 'GM' },
  { name: 'GIẤY GIỚI THIỆU', code: 'GGT' },
  { name: 'GIẤY NGHỈ PHÉP', code: 'GNP' },
  { name: 'PHIẾU GỬI', code: 'PG' },
  { name: 'PHIẾU CHUYỂN', code: 'PC' },
  { name: 'PHIẾU BÁO', code: 'PB' },
  { name: 'BẢN SAO Y', code: 'SY' },
  { name: 'BẢN TRÍCH SAO', code: 'TrS' },
  { name: 'BẢN SAO LỤC', code: 'SL' },
];

/** HD 05-HD/VPTW (2026), as HD 36 before it: the Party's tên loại and their codes. */
export const PARTY_DOC_TYPES: readonly DocType[] = [
  { name: 'NGHỊ QUYẾT', code: 'NQ' },
  { name: 'QUYẾT ĐỊNH', code: 'QĐ' },
  { name: 'CHỈ THỊ', code: 'CT' },
  { name: 'KẾT LUẬN', code: 'KL' },
  { name: 'QUY CHẾ', code: 'QC' },
  { name: 'QUY ĐỊNH', code: 'QĐ' },
  { name: 'THÔNG TRI', code: 'TT' },
  { name: 'HƯỚNG DẪN', code: 'HD' },
  { name: 'THÔNG BÁO', code: 'TB' },
  { name: 'BÁO CÁO', code: 'BC' },
  { name: 'TỜ TRÌNH', code: 'TTr' },
  { name: 'KẾ HOẠCH', code: 'KH' },
  { name: 'CHƯƠNG TRÌNH', code: 'CTr' },
  { name: 'ĐỀ ÁN', code: 'ĐA' },
  { name: 'PHƯƠNG ÁN', code: 'PA' },
  { name: 'BIÊN BẢN', code: 'BB' },
  { name: 'THÔNG CÁO', code: 'TC' },
  { name: 'GIẤY GIỚI THIỆU', code: 'GGT' },
];

/** Văn bản quy phạm pháp luật (Luật 80/2015): offices keep them in their folders too. */
export const LEGAL_DOC_TYPES: readonly DocType[] = [
  { name: 'LUẬT', code: 'QH' },
  { name: 'PHÁP LỆNH', code: 'UBTVQH' },
  { name: 'NGHỊ ĐỊNH', code: 'NĐ' },
  { name: 'THÔNG TƯ LIÊN TỊCH', code: 'TTLT' },
  { name: 'THÔNG TƯ', code: 'TT' },
];

/** Names offices write that no list above holds. */
const PRACTICE_DOC_TYPES: readonly DocType[] = [
  { name: 'ĐỀ CƯƠNG', code: 'ĐC' },
  { name: 'PHIẾU TRÌNH', code: 'PTr' },
  { name: 'ĐIỀU LỆ', code: '' },
  { name: 'LỊCH CÔNG TÁC', code: '' },
  { name: 'DANH SÁCH', code: '' },
  { name: 'BẢNG TỔNG HỢP', code: '' },
  { name: 'BẢN TỰ KIỂM ĐIỂM', code: '', personal: true },
  { name: 'BẢN KIỂM ĐIỂM', code: '', personal: true },
  { name: 'BẢN CAM KẾT', code: '', personal: true },
  // What an office answers a court or an inspection with (Ban Quản lý các KCN Bắc Giang, 2012).
  { name: 'BẢN TỰ KHAI', code: '', personal: true },
  { name: 'BẢN GIẢI TRÌNH', code: '', personal: true },
  { name: 'BẢN TƯỜNG TRÌNH', code: '', personal: true },
  // A person's request to the office's head or its union (a union member's claim on the welfare fund).
  { name: 'GIẤY ĐỀ NGHỊ', code: '', personal: true },
  { name: 'ĐƠN ĐỀ NGHỊ', code: '', personal: true },
  { name: 'ĐƠN XIN', code: '', personal: true },
  { name: 'GIẤY CHỨNG NHẬN', code: '' },
  // A permit of a sector's law (Luật Quản lý, sử dụng vũ khí, vật liệu nổ …): "Số: 371/GP-UBND".
  { name: 'GIẤY PHÉP', code: 'GP' },
  { name: 'THƯ MỜI', code: '' },
  { name: 'MẪU', code: '' },
];

/** Every name, longest first (so "THÔNG TƯ LIÊN TỊCH" is found before "THÔNG TƯ"). */
const ALL_DOC_TYPES: readonly DocType[] = [
  ...new Map([...STATE_DOC_TYPES, ...PARTY_DOC_TYPES, ...LEGAL_DOC_TYPES, ...PRACTICE_DOC_TYPES].map((t) => [t.name, t])).values(),
].sort((a, b) => b.name.length - a.name.length);

/**
 * Capitals, one space, tone marks placed one way ("UỶ" and "ỦY" are the same tên loại). Word by
 * word: restyleText would first ask the spelling vocabulary whether a capitalised word is a name
 * to leave alone — which a line in capitals never is — and decoding it cost every import a tenth
 * of a second.
 */
const HOA = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => restyleWord(word, 'new'));

/**
 * The tên loại a title line names, or null: the line is the name itself, or the name followed by a
 * few more words of the same title ("KẾ HOẠCH, NHIỆM VỤ", "BIÊN BẢN HỌP LỚP", "BÁO CÁO TÓM TẮT").
 * A line ending with ":" ("QUYẾT ĐỊNH:" before Điều 1) is the body's label, not a title.
 */
export function docTypeOfLine(line: string): DocType | null {
  const text = HOA(line);
  if (text === '' || /:$/.test(text) || text.split(' ').length > 14) return null;
  for (const type of ALL_DOC_TYPES) {
    if (text === type.name) return type;
    if (text.startsWith(`${type.name} `) || text.startsWith(`${type.name},`)) return type;
  }
  return null;
}

/**
 * The code a tên loại's ký hiệu starts with ("QĐ" in "Số: 15/QĐ-UBND"), in the family's own list
 * first (a Party QUY ĐỊNH is "QĐ", a state one "QyĐ"); null when no list gives one.
 */
export function docTypeCode(type: DocType, family: 'state' | 'party'): string | null {
  const lists = family === 'party' ? [PARTY_DOC_TYPES, LEGAL_DOC_TYPES, PRACTICE_DOC_TYPES] : [STATE_DOC_TYPES, LEGAL_DOC_TYPES, PRACTICE_DOC_TYPES];
  for (const list of lists) {
    const code = list.find((t) => t.name === type.name)?.code;
    if (code !== undefined) return code === '' ? null : code;
  }
  return null;
}

/** Every ký hiệu code a list gives ("QĐ", "GP", "TTr" …): a ký hiệu starting with another word starts with its body's name. */
export const DOC_TYPE_CODES: readonly string[] = [
  ...new Set([...STATE_DOC_TYPES, ...PARTY_DOC_TYPES, ...LEGAL_DOC_TYPES, ...PRACTICE_DOC_TYPES].map((t) => t.code).filter((code) => code !== '')),
];

/**
 * Whether the title line names a tên loại the rules list (ND30 Phụ lục III, HD 05, the law on legal
 * documents): only these have a trích yếu whose case and size a rule sets. A bản tự kiểm điểm or a
 * bảng tổng hợp follows a form of its own.
 */
export function isRegulatedDocType(line: string): boolean {
  const type = docTypeOfLine(line);
  return type !== null && [STATE_DOC_TYPES, PARTY_DOC_TYPES, LEGAL_DOC_TYPES].some((list) => list.some((t) => t.name === type.name));
}

/** Whether the title line names a person's own paper (a bản tự khai, a bản tự kiểm điểm …). */
export function isPersonalPaper(line: string): boolean {
  return docTypeOfLine(line)?.personal === true;
}

/** The Quốc hội's own documents: a luật's name is written in capitals, its number is the term's ("69/2025/QH15"), it has no Nơi nhận. */
const NAMED_BY_THE_QUOC_HOI = /^(LUẬT|PHÁP LỆNH|HIẾN PHÁP)(\s|$)/u;
/** Whether a tên loại (as the title writes it: alone, or with the law's name on its line — "LUẬT GIÁ") is one of the Quốc hội's. */
export const isQuocHoiDocType = (docType: string): boolean => NAMED_BY_THE_QUOC_HOI.test(docType.trim().toUpperCase());

/** What a công văn is called where its kind must be named (the e-office card, a phụ lục's "Kèm theo …"): it has no tên loại line. */
export const CONG_VAN_NAME = 'Công văn';

/** A công văn carries no tên loại: its trích yếu is the "V/v …" line under the số (ND30 ô 5b). */
export const CONG_VAN_SUMMARY = /^V\/v(?![\p{L}\p{M}\p{N}])/iu;

/** Whether a report's tên loại (`header.docType`) says it is a công văn: "" — none set is a báo cáo. */
export const isCongVan = (docType: string | undefined): boolean => (docType ?? DEFAULT_DOC_TYPE).trim() === '';

/** The name of a report's kind: its tên loại, BÁO CÁO when none is set, "Công văn" for a công văn. */
export const docTypeName = (docType: string | undefined): string => (isCongVan(docType) ? CONG_VAN_NAME : (docType ?? DEFAULT_DOC_TYPE).trim());

/** A trích yếu without its "V/v" and the marks after it ("V/v: mời dự họp" → "mời dự họp"). */
export const withoutVv = (summary: string): string =>
  summary
    .trim()
    .replace(CONG_VAN_SUMMARY, '')
    .replace(/^[\s:.]+/, '');
