/**
 * What the recogniser looks for, by the words văn thư practice puts on each line (Nghị định 30,
 * HD 05), as real files write them: with or without a space after "Số:", a blank day for the văn
 * thư, "TM." glued to the name, a quốc hiệu spaced oddly, rules typed as "____" or "=====o0o=====".
 */
import type { Run } from '../../report-format/schema';
import type { SourceParagraph } from '../source';

export const NATIONAL =
  /^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$|^ĐẢNG CỘNG SẢN VIỆT NAM$|^ĐOÀN TNCS HỒ CHÍ MINH$|^ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH$/i;
/** A rule typed or drawn as characters: "-----", "____", "––––" (en dashes), "*", "=====o0o=====", "*****o0o*****". */
export const RULE = /^(?:[-–—_=*.…~\s]{1,}|[-–—_=*~\s]*o0o[-–—_=*~\s]*)$/i;
/** "Số: 05/BC-UBND", "Số 05-BC/ĐU", "Số:09/2010/QĐ-UBND", "Số:     /KH-STTTT", "Luật số: 56/2010/QH12", "Số: 66.18/2026/NQ-CP" (the Chính phủ numbers a series so); a draft leaves the số to the văn thư with spaces or dots ("Số: …/BC-UBND"). */
export const NUMBER = /^(?:(?:Luật|Pháp lệnh)\s+)?[Ss]ố\s*:?\s*(\d*(?:\.\d+)?)\s*(?:[.…]+\s*)?([/-])\s*(\S.*)$/;
/**
 * "Cần Thơ, ngày 21 tháng 01 năm 2010"; a draft leaves the day (and the month) blank: "ngày    tháng 12 năm 2011";
 * a blank form leaves all of it: "……, ngày … tháng … năm ……", or the year's last figures: "năm 20...".
 * A sentence that dates an act is no place and date, its end mark left out or not: "Luật này được Quốc hội …
 * thông qua ngày 10 tháng 12 năm 2025", "… có hiệu lực từ ngày 01 tháng 7 năm 2026".
 */
export const PLACE_DATE =
  /^(.*?)(?<!(?:^|\s)(?:thông qua|ký|ban hành|từ|đến|vào|trước|sau)\s*),?\s*ngày\s*([\d\s.…]*?)\s*tháng\s*([\d\s.…]*?)\s*năm\s*(\d{4}|\d{0,3}[.…]+)\s*$/i;
export const ADDRESSEE = /^Kính (?:gửi|trình)\s*:?\s*(.*)$/i;
export const RECIPIENTS_LABEL = /^Nơi nhận\s*:?\s*$/i;
export const APPENDIX_LABEL = /^Phụ lục(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+[a-z]?))?\s*[.:]?$/i;
/** "Phụ lục 1: Danh sách các đơn vị …": the label and the phụ lục's name on one line (the name is group 1). */
export const APPENDIX_LABEL_WITH_NAME = /^Phụ lục(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+[a-z]?))?\s*[.:]\s*(\S.*)$/iu;
export const APPENDIX_REFERENCE = /^\((?:Ban hành\s+)?[Kk]èm theo(?![\p{L}\p{M}\p{N}])/u;
export const TOC_TITLE = /^MỤC LỤC$/i;
/** What the review says of a line of the file's mục lục (the export makes one from the parts on request). */
export const TOC_NOTE = 'Mục lục: tạo lại khi xuất (chọn “Thêm trang Mục lục” ở bước Xuất)';
/** "(Ký, ghi rõ họ tên)", "(đã ký)", "Đã ký", "( ký tên, đóng dấu)". */
export const SIGN_NOTE = /^\(?\s*(Ký|Chữ ký|đã ký|Đã ký)(?![\p{L}\p{M}\p{N}])[^)]*\)?$/iu;
export const ENDING = /\s*\.\/\.\s*$/;

/**
 * A person's name as a signature prints it: two to seven words, each starting with a capital —
 * Kinh names ("Ngô Thị Thanh Hằng"), names of the ethnic minorities ("Y Bih Niê", "Ka Ngọc"), an
 * apostrophe ("K' Điểu", "H’Hen Niê"), a single-letter placeholder ("Nguyễn Văn A").
 */
// Apostrophes as keyboards and Word's AutoCorrect type them: ' ’ ‘ ʼ.
const NAME_WORD = "\\p{Lu}(?:[\\p{Ll}\\p{M}]*|['’‘ʼ]\\s?\\p{Lu}[\\p{Ll}\\p{M}]*|['’‘ʼ])";
const PERSON_NAME = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,6}$`, 'u');

/** Titles a signature's chức vụ line carries (the line names a post, not a body). */
export const POSITION_WORDS =
  /(?<![\p{L}\p{M}\p{N}])(CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TỔNG THANH TRA|CHÁNH THANH TRA|CHÁNH VĂN PHÒNG|TRƯỞNG|PHÓ TRƯỞNG|BÍ THƯ|PHÓ BÍ THƯ|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|CHỦ NHIỆM|THỦ TRƯỞNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|TỔNG GIÁM ĐỐC|CHÁNH ÁN|KẾ TOÁN TRƯỞNG|THƯ KÝ|CHỦ TỌA|NGƯỜI KÊ KHAI)(?![\p{L}\p{M}\p{N}])/u;

/** A level word that begins the second line of a cơ quan's name ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ CẦN THƠ"). */
export const NAME_CONTINUES = /^(PHƯỜNG|XÃ|TỈNH|THÀNH PHỐ|TP\.?|THỊ XÃ|THỊ TRẤN|HUYỆN|QUẬN|ĐẶC KHU|KHU PHỐ|THÔN)(?![\p{L}\p{M}\p{N}])/u;

export const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
export const isUpper = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
export const allBold = (p: SourceParagraph) => p.runs.some((r) => r.text.trim() !== '') && p.runs.every((r) => r.bold || r.text.trim() === '');

/** Runs without their first `count` letters (a label or a dash), trimmed, marks and footnotes kept. */
export function dropLeading(runs: readonly Run[], count: number): Run[] {
  let left = count;
  const out: Run[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      // A footnote's number after the label stays, at the start of what is left.
      if (run.footnote) out.push({ text: '', footnote: run.footnote });
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return out.filter((r) => r.text !== '' || r.footnote);
}

/** The runs of `p` from letter `from` to letter `to`, trimmed. */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const start = at;
    const end = at + run.text.length;
    at = end;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    // A run's footnote stands at its end: kept when the slice reaches that end.
    const { footnote, ...marks } = run;
    const keepsNote = footnote !== undefined && end >= from && end <= to;
    if (a < b || keepsNote) out.push({ ...marks, text: run.text.slice(a - start, Math.max(a, b) - start), ...(keepsNote ? { footnote } : {}) });
  }
  return dropLeading(out, 0);
}

/**
 * What may stand before the signer's name (ND30 Phụ lục I ô 7b): a quân hàm in the armed forces'
 * documents ("Thượng tướng Nguyễn Văn Hiền" signs for the Bộ Quốc phòng), a học hàm or học vị in a
 * school's, a hospital's or an institute's ("PGS.TS. Lê Văn Minh"). Kept as part of the name: the
 * export writes it back as printed.
 */
const NAME_PREFIX =
  /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|(?:Phó\s+|Chuẩn\s+)?Đô\s+đốc|(?:(?:GS|PGS|TSKH|TS|ThS|BSCKII|BSCKI|BS|DS|KS|NGND|NGƯT|TTND|TTƯT)\.\s*)+)\s*(?=\p{Lu})/u;

/** A name as the signature prints it, with what a copy adds after it taken off ("Trần Văn Truyền - Đã ký"). */
export function signerName(text: string): string | null {
  const bare = clean(text.replace(/\s*[-–(]?\s*(?:đã ký|Đã ký)\s*\)?\s*$/i, '').replace(/^\(?\s*(?:đã ký|Đã ký)\s*\)?\s*/i, ''));
  return PERSON_NAME.test(bare.replace(NAME_PREFIX, '')) ? bare : null;
}
