/**
 * The phrases many messages share, written once: the generic answers for what nobody foresaw,
 * the advice every refusal of a broken Word file ends with, the way back from a damaged data
 * file. Every message the clerk reads lives in this folder (shared/messages), one file per
 * feature, so wording stays consistent and can be reviewed in one place; a lint rule keeps
 * literal messages out of `new AppError(…)` elsewhere.
 */
import { briefQuote } from '../text/brief-quote';

export const INTERNAL_ERROR_MESSAGE = 'Đã có lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại; nếu lỗi lặp lại, hãy khởi động lại ứng dụng.';

/** The same, while the data file is damaged and open read-only: nothing about the data is promised. */
export const SALVAGE_INTERNAL_ERROR_MESSAGE =
  'Đã có lỗi không mong muốn khi đọc tệp dữ liệu bị hỏng. Hãy thử lại với báo cáo khác; những báo cáo nào không xuất được thì lấy lại từ bản sao lưu ("Khôi phục từ bản sao lưu").';

/** A page of the data file that cannot be read: said plainly, with the way back. */
export const DAMAGED_PAGE_MESSAGE =
  'Phần này của tệp dữ liệu bị hỏng nên không đọc được. Những báo cáo khác vẫn xem và xuất được; hãy "Khôi phục từ bản sao lưu" để lấy lại phần này.';

/** The list itself cannot be read (the damage is in the list's own pages): nothing "else" is promised. */
export const DAMAGED_LIST_MESSAGE =
  'Tệp dữ liệu bị hỏng ở phần danh sách báo cáo nên không đọc được danh sách. Hãy "Khôi phục từ bản sao lưu" (ở cuối màn hình danh sách).';

/**
 * The advice every refusal of a broken or hostile Word file ends with: one wording, so the clerk
 * reads the same step wherever the file was refused (reader, checker, worker).
 */
export const RESAVE_AS_NEW_DOCX = 'Hãy mở bằng Word, “Lưu thành” một tệp .docx mới rồi thử lại.';

/** How a received package's refusals end: the sender has the good copy. */
export const ASK_SENDER_AGAIN = 'Hãy xin đơn vị gửi lại tệp.';

/** A call the contract does not know, or whose arguments do not fit it: only a broken page or a crafted request sends one. */
export const requestMessages = {
  unknownMethod: (name: string | null) =>
    name === null || name.trim() === ''
      ? 'Yêu cầu gửi tới ứng dụng không hợp lệ (thiếu tên chức năng). Hãy tải lại trang rồi thử lại.'
      : `Yêu cầu không hợp lệ: ứng dụng không có chức năng "${briefQuote(name)}". Hãy tải lại trang rồi thử lại.`,
  invalidArgs: (where: string) => `Dữ liệu gửi lên không hợp lệ${where ? ` ở trường "${briefQuote(where)}"` : ''}. Hãy tải lại trang rồi thử lại.`,
};

/** "Không tìm thấy …; có thể … đã bị xóa." for anything the clerk picked from a list that is gone. */
/** The last edits could not be saved, so `what` (xuất, đóng gói, phát hành…) did not happen. */
export const notSavedYet = (what: string) => `Chưa lưu được thay đổi mới nhất nên chưa ${what}. Hãy xem thông báo lưu ở đầu trang rồi thử lại.`;

export const notFoundMessage = (what: string, then = '') => `Không tìm thấy ${what}; có thể nó đã bị xóa.${then ? ` ${then}` : ''}`;
