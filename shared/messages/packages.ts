/** What the clerk reads when a received package (.baocao) is refused: nothing of it is stored. */
import { briefQuote } from '../text/brief-quote';
import { ASK_SENDER_AGAIN, notFoundMessage } from './common';

export const packageProblems = {
  notPackage: `Tệp này không phải gói báo cáo .baocao (hoặc bị hỏng khi chép). ${ASK_SENDER_AGAIN}`,
  badManifest: `Gói báo cáo thiếu hoặc hỏng phần mô tả (manifest.json) nên không nhận. ${ASK_SENDER_AGAIN}`,
  newer: (format: string) => `Gói báo cáo được tạo bằng phiên bản Soạn Báo Cáo mới hơn (${format}). Hãy cập nhật ứng dụng rồi nhận lại.`,
  altered: (name: string) =>
    `Phần “${briefQuote(name)}” của gói không khớp mã kiểm tra: tệp đã bị sửa hoặc hỏng khi chép, nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  missing: (name: string) => `Gói thiếu phần “${briefQuote(name)}” (tệp bị cắt cụt hoặc hỏng), nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  unlisted: (name: string) => `Gói có phần “${briefQuote(name)}” không ghi trong mô tả (có thể đã bị thêm vào), nên không nhận gì. ${ASK_SENDER_AGAIN}`,
  badReport: (why: string) => `Báo cáo trong gói không đúng định dạng: ${why} ${ASK_SENDER_AGAIN}`,
  /** A replaced version in "Các bản đã thay". */
  versionNotFound: notFoundMessage('bản này'),
};
