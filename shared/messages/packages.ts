/** What the clerk reads when a received package (.baocao) is refused: nothing of it is stored. */
import { briefQuote } from '../text/brief-quote';
import { ASK_SENDER_AGAIN, notFoundMessage } from './common';
import type { ZipProblems } from './word-files';

/** A package's zip refused before its manifest is read: package words, never Word's (a package does not open in Word). */
export const packageZipProblems: ZipProblems = {
  notZip: `Tệp này không phải gói báo cáo .baocao (hoặc bị hỏng khi chép). ${ASK_SENDER_AGAIN}`,
  tooLarge: (name) => `Gói báo cáo có phần “${briefQuote(name)}” giải nén ra quá lớn (có thể là tệp độc hại hoặc hỏng) nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  tooMany: `Gói báo cáo chứa quá nhiều thành phần (có thể là tệp độc hại hoặc hỏng) nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  badName: (name) => `Gói báo cáo có thành phần mang tên không hợp lệ (“${briefQuote(name)}”) nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  damaged: (name) => `Phần “${briefQuote(name)}” của gói báo cáo bị hỏng (tệp bị hỏng hoặc cắt cụt khi chép) nên không nhận gì. ${ASK_SENDER_AGAIN}`,
};

export const packageProblems = {
  notPackage: `Tệp này không phải gói báo cáo .baocao (hoặc bị hỏng khi chép). ${ASK_SENDER_AGAIN}`,
  badManifest: `Gói báo cáo thiếu hoặc hỏng phần mô tả (manifest.json) nên không nhận. ${ASK_SENDER_AGAIN}`,
  newer: (format: string) => `Gói báo cáo được tạo bằng phiên bản Soạn Báo Cáo mới hơn (${format}). Hãy cập nhật ứng dụng rồi nhận lại.`,
  altered: (name: string) =>
    `Phần “${briefQuote(name)}” của gói không khớp mã kiểm tra: tệp đã bị sửa hoặc hỏng khi chép, nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  missing: (name: string) => `Gói thiếu phần “${briefQuote(name)}” (tệp bị cắt cụt hoặc hỏng), nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  unlisted: (name: string) => `Gói có phần “${briefQuote(name)}” không ghi trong mô tả (có thể đã bị thêm vào), nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  badReport: (why: string) => `Báo cáo trong gói không đúng định dạng: ${why} ${ASK_SENDER_AGAIN}`,
  /** Sizes are the limits of shared/contract/file-sizes.ts. */
  tooLarge: (name: string) => `Tệp “${briefQuote(name)}” lớn quá 128 MB, không phải một gói báo cáo thông thường nên không nhận. ${ASK_SENDER_AGAIN}`,
  attachmentTooLarge: (name: string) =>
    `Tệp đính kèm “${briefQuote(name)}” lớn quá 50 MB nên không gửi kèm được. Hãy nén bớt (PDF: in lại với chất lượng thấp hơn) hoặc gửi tệp đó riêng.`,
  attachmentsTooLarge: 'Các tệp đính kèm cộng lại lớn quá 110 MB nên gói sẽ không nhận được ở nơi khác. Hãy bớt tệp đính kèm hoặc gửi một phần riêng.',
  /** A replaced version in "Các bản đã thay". */
  versionNotFound: notFoundMessage('bản này'),
};

/** What the receive screen says beside a package's differences. */
export const packageScreen = {
  made: (fileName: string, revision: number, withWord: boolean, attachments: number) =>
    `Đã tạo ${fileName} (lần gửi ${revision}${withWord ? ', kèm tệp Word' : '; chưa kèm tệp Word vì báo cáo còn lỗi cần sửa'}${attachments > 0 ? `, ${attachments} tệp đính kèm` : ''}).`,
  unrelated:
    'Bản nhận được và bản trên máy này không có lần gửi nào chung: có thể là hai báo cáo khác nhau trùng mã, hoặc một bản chép tay. Hãy xem kỹ từng phần; nếu là hai báo cáo khác nhau, chọn “Giữ cả hai”.',
};
