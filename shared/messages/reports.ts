/** What the clerk reads when a report or one of its parts cannot be read or changed. */
import { notFoundMessage } from './common';

export const reportMessages = {
  notFound: notFoundMessage('báo cáo hoặc phần này', 'Hãy quay lại danh sách.'),
  /** `problems`: what the report format found wrong, already in sentences. */
  badReportFile: (problems: string) => `${problems}\nHãy sửa tệp rồi nhập lại.`,
  noTitles: 'Chưa có tên mục nào. Hãy nhập mỗi nhiệm vụ một dòng.',
  noTables: 'Báo cáo chưa có bảng số liệu nào. Hãy thêm bảng chỉ tiêu hoặc bảng vào một phần rồi xuất lại.',
  damagedColumn: (what: string) => `Dữ liệu ${what} trong tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu.`,
  /** Shown in the list in place of a title that cannot be read, so the row is not hidden. */
  unreadableTitle: '(không đọc được trích yếu)',
  publishedLocked: 'Báo cáo đã phát hành (đã có số, ngày): bản này không sửa được nữa. Bấm “Tạo phiên bản mới” để sửa tiếp trên một bản sao.',
  tooDeep: (levels: number) => `Chỉ chia tối đa ${levels} cấp (mục, khoản, điểm, ý). Hãy viết nội dung này thành đoạn văn hoặc gạch đầu dòng.`,
  conflict: {
    section: (title: string) =>
      `Phần "${title || 'không tên'}" vừa được sửa ở một cửa sổ khác. Bản của bạn chưa ghi đè lên bản đó: hãy so sánh hai bản và chọn bản giữ lại.`,
    meta: 'Thông tin của báo cáo vừa được sửa ở một cửa sổ khác. Bản của bạn chưa ghi đè lên bản đó: hãy chọn giữ bản nào.',
    structure:
      'Các phần của báo cáo vừa được thêm, bớt hoặc sắp xếp lại ở một cửa sổ khác. Màn hình đã cập nhật theo; hãy làm lại thao tác vừa rồi nếu vẫn cần.',
  },
};

export const templateMessages = {
  noName: 'Hãy đặt tên cho mẫu, ví dụ "Báo cáo tháng của Văn phòng".',
  unknown: 'Không có mẫu báo cáo này. Hãy chọn một mẫu trong danh sách.',
  notFound: notFoundMessage('mẫu này', 'Hãy chọn mẫu khác.'),
  saved: (name: string) => `Đã lưu mẫu “${name}”. Lần sau chọn mẫu này khi tạo báo cáo mới.`,
};

/** What the editor says after a paste. */
export const pasteMessages = {
  /** `encoding`: the old font's name as clerks know it ("TCVN3 (.VnTime)", "VNI"). */
  converted: (encoding: string) => `Đã chuyển chữ từ phông ${encoding} sang Unicode.`,
  pasted: (blocks: number) => `Đã dán ${blocks} khối nội dung.`,
};

/** The history of a part ("Lịch sử"). */
export const historyMessages = {
  notFound: 'Không tìm thấy bản lưu này; có thể nó đã bị xóa cùng phần của nó.',
  otherPart: 'Bản lưu này thuộc một phần khác của báo cáo.',
};

/** The lines a report's screen shows about its versions (Tạo phiên bản mới) and its lock once published. */
export const versionScreen = {
  locked: (issued: string) =>
    `Báo cáo đã phát hành (${issued}) nên không sửa được nữa; vẫn xem, in, gửi, xuất Word và PDF được. Muốn sửa tiếp thì tạo một phiên bản mới.`,
  newerExists: (version: number) => `Đã có phiên bản ${version} của báo cáo này.`,
  isVersion: (version: number, issued: string) => `Phiên bản ${version} của báo cáo ${issued}.`,
};

/** The export checklist's own sentences. */
export const checklistMessages = {
  toneStyle: (count: number, style: 'new' | 'old') =>
    `Có ${count} chỗ bỏ dấu khác kiểu đơn vị đã chọn (${style === 'new' ? 'hòa, không hoà' : 'hoà, không hòa'}) — không phải lỗi, nên viết thống nhất.`,
  previousFigures: (part: string, count: number) =>
    `Phần “${part}”: ${count} đoạn vẫn y nguyên như kỳ trước, kể cả số liệu. Hãy cập nhật số liệu của kỳ này (số của kỳ trước được đánh dấu trong phần soạn thảo).`,
};

/** "Báo cáo của tôi": what the list says. */
export const libraryScreen = {
  notOurFile: (name: string) => `“${name}” không phải gói .baocao, tệp Word, PDF có chữ hay tệp báo cáo .json. Hãy kéo thả một trong các loại tệp đó.`,
  backedUp: (reports: number, size: string, count: number) =>
    `Đã sao lưu ${reports} báo cáo (${size}, đã kiểm tra đọc lại được). Hiện có ${count} bản sao lưu.`,
  emptyShelf: {
    active: 'Chưa có báo cáo nào. Bấm “Tạo báo cáo mới” để bắt đầu.',
    archived: 'Chưa lưu trữ báo cáo nào. Báo cáo cũ không cần thấy hằng ngày thì bấm “Lưu trữ”: vẫn tìm thấy khi tìm kiếm.',
    trash: 'Thùng rác trống. Báo cáo bị xóa nằm ở đây 30 ngày, khôi phục được, rồi mới bị xóa hẳn.',
  },
};
