/** What the clerk reads when a Word file cannot be read or checked: each ends with the one step to take. */
import { briefQuote } from '../text/brief-quote';
import { RESAVE_AS_NEW_DOCX } from './common';

/** A .docx the checker or reader cannot open as one (an old .doc, a PDF renamed, a damaged zip). */
const NOT_DOCX = 'Tệp này không phải tệp Word .docx (có thể là .doc cũ, PDF, hoặc tệp bị hỏng). Hãy mở bằng Word và “Lưu thành” .docx rồi kiểm tra lại.';

/** What a zip's refusals say; each kind of file (Word, package) has its own words. */
export interface ZipProblems {
  notZip: string;
  tooLarge: (name: string) => string;
  tooMany: string;
  badName: (name: string) => string;
  damaged: (name: string) => string;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export const zipProblems: ZipProblems = {
  notZip: NOT_DOCX,
  tooLarge: (name: string) => `Tệp có phần "${briefQuote(name)}" giải nén ra quá lớn (có thể là tệp độc hại hoặc hỏng) nên không đọc. ${RESAVE_AS_NEW_DOCX}`,
  tooMany: `Tệp chứa quá nhiều thành phần (có thể là tệp độc hại hoặc hỏng) nên không đọc. ${RESAVE_AS_NEW_DOCX}`,
  badName: (name: string) => `Tệp có thành phần mang tên không hợp lệ ("${briefQuote(name)}") nên không đọc. ${RESAVE_AS_NEW_DOCX}`,
  damaged: (name: string) => `Phần "${briefQuote(name)}" của tệp bị hỏng, không giải nén được. ${RESAVE_AS_NEW_DOCX}`,
};

export const xmlProblems = {
  empty: (name: string) => `Phần "${name}" của tệp Word trống, không có nội dung. ${RESAVE_AS_NEW_DOCX}`,
  notXml: (name: string) => `Phần "${name}" của tệp Word không đọc được (không phải XML hợp lệ). ${RESAVE_AS_NEW_DOCX}`,
  tooDeep: (name: string, limit: number) =>
    `Phần "${name}" của tệp Word lồng nhau quá ${limit} cấp (có thể là tệp độc hại hoặc hỏng) nên không đọc. ${RESAVE_AS_NEW_DOCX}`,
};

export const wordFileProblems = {
  tooLarge: 'Tệp lớn quá 64 MB, không phải một báo cáo thông thường nên không đọc. Hãy mở bằng Word, xóa ảnh lớn rồi “Lưu thành” tệp mới.',
  encrypted: 'Tệp Word này được đặt mật khẩu nên không đọc được. Hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi nhập.',
  notWord: 'Tệp này không phải tệp Word (.docx, .doc) hay PDF. Nếu là ảnh chụp, hãy xin đơn vị gửi bản Word hoặc PDF có chữ rồi nhập.',
  /** A real Word file whose text is longer than the reader holds (sizes in bytes, inflated). */
  textTooLong: (bytes: number, limit: number) =>
    `Phần chữ của tệp dài quá mức đọc được một lần (${megabytes(bytes)} MB sau khi giải nén; ứng dụng đọc được đến ${megabytes(limit)} MB, ` +
    'cỡ 2.000 trang). Hãy mở bằng Word, tách thành vài tệp nhỏ hơn rồi nhập hoặc kiểm tra từng tệp.',
  damagedDoc: 'Tệp .doc này bị hỏng hoặc là loại Word quá cũ nên không đọc được. Hãy mở bằng Word và “Lưu thành” .docx rồi nhập.',
  /** A web page (or a single-file web archive) named .doc, as web systems "export to Word". */
  webPageAsDoc:
    'Tệp này là trang web (HTML) mang đuôi .doc — phần mềm “xuất ra Word” thường tạo ra như vậy — chứ không phải tệp Word thật. Hãy mở bằng Word, chọn “Lưu thành” kiểu Word Document (.docx) rồi nhập.',
  /** A file of no bytes: a download or a copy cut short. */
  emptyFile: 'Tệp này trống (0 byte) — có thể việc tải về hoặc sao chép chưa xong. Hãy lấy lại tệp từ nơi gửi (hoặc xin gửi lại) rồi nhập.',
  /** Bytes all zero: what a save or copy cut off by a power cut (or a pulled USB stick) leaves on the disk. */
  zeroFilled:
    'Tệp này chỉ toàn byte 0, nội dung không còn trong tệp — thường do mất điện hoặc rút USB khi đang lưu, sao chép. Hãy lấy lại tệp từ nơi gửi, thư điện tử hoặc bản sao lưu rồi nhập.',
  rtfAsDoc: 'Tệp này ở định dạng RTF chứ không phải tệp Word thật. Hãy mở bằng Word, chọn “Lưu thành” kiểu Word Document (.docx) rồi nhập.',
};

/** A PDF a unit sent: read like a Word file when it has text. */
export const pdfProblems = {
  scan: 'Tệp PDF này là bản quét, không có lớp chữ — cần bản Word hoặc PDF có chữ (bản xuất từ Word hay từ hệ thống văn bản điện tử) để đọc.',
  /** A scan with a machine's reading of its picture as an invisible text layer; `sample`: a piece of it as read. */
  ocr: (sample: string) =>
    `Tệp PDF này là bản quét: chữ trong đó do máy nhận dạng từ ảnh nên có thể sai (như “${briefQuote(sample)}”). ` +
    'Hãy xin đơn vị bản Word, hoặc bản PDF có chữ (bản xuất từ Word hay từ hệ thống văn bản điện tử), rồi nhập.',
  /** A text layer of glyph numbers, not letters (shared/pdf-import/text-layer.ts); `examples`: words as read. */
  glyphNumbers: (examples: string) =>
    `Chữ trong tệp PDF này đọc ra thành ký tự lạ (như “${briefQuote(examples)}”): tệp được chuyển sang PDF theo cách không giữ bảng mã chữ nên không đọc được. ` +
    'Hãy xin đơn vị bản Word, hoặc bản PDF lưu thẳng từ Word (Tệp → Lưu thành → PDF), rồi nhập.',
  encrypted: 'Tệp PDF này được đặt mật khẩu nên không đọc được. Hãy xin bản không đặt mật khẩu, hoặc bản Word, rồi nhập.',
  damaged: 'Tệp PDF này bị hỏng, không đọc được. Hãy xin đơn vị gửi lại, hoặc gửi bản Word, rồi nhập.',
  tooLarge: 'Tệp PDF lớn quá 64 MB, không phải một báo cáo thông thường nên không đọc. Hãy xin bản Word hoặc bản PDF không kèm ảnh lớn.',
  tooManyPages: (limit: number) => `Tệp PDF dài quá ${limit} trang, không phải một báo cáo thông thường nên không đọc. Hãy tách riêng phần báo cáo rồi nhập.`,
};

export const checkerFileProblems = {
  notDocx: NOT_DOCX,
  /** Neither Word nor anything the checker reads. */
  notWord: 'Tệp này không phải tệp Word (.docx hoặc .doc). Nếu có bản Word, hãy mở bằng Word và “Lưu thành” .docx rồi kiểm tra lại.',
  /** A PDF keeps no page settings, fonts or styles of the Word file it was printed from. */
  pdf: 'Tệp PDF không giữ khổ giấy, lề, phông chữ và kiểu đoạn của văn bản Word nên không kiểm tra thể thức được. Hãy kiểm tra bản Word (.docx hoặc .doc) của văn bản.',
  tooOdd: (fileName: string) => `Tệp "${fileName}" quá lớn hoặc có cấu trúc bất thường nên không kiểm tra được. ${RESAVE_AS_NEW_DOCX}`,
};

/** What the clerk reads when a worker task had to be stopped. */
export const workerMessages = {
  /** `doing`: "Đọc", "Kiểm tra"; `what`: `tệp "x.docx"` or "tệp Word này". */
  tooSlow: (doing: string, what: string, deadlineMs: number) =>
    `${doing} ${what} mất quá lâu (hơn ${Math.round(deadlineMs / 1000)} giây) nên ứng dụng đã dừng lại; tệp có thể bị hỏng hoặc có cấu trúc bất thường. ${RESAVE_AS_NEW_DOCX}`,
  /** The reader's worker ran out of memory or crashed on the file. */
  tooOddToRead: (fileName?: string) =>
    `${fileName ? `Tệp "${fileName}"` : 'Tệp Word này'} quá lớn hoặc có cấu trúc bất thường nên không đọc được. ${RESAVE_AS_NEW_DOCX}`,
};
