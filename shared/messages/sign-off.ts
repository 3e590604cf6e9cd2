import { briefQuote } from '../text/brief-quote';

/** What the clerk reads about a bản trình sent to the leader, taken back, approved and published. */
export const signOffProblems = {
  notOurs:
    'Không nhận ra tệp này là bản trình của báo cáo nào (tệp không do “Xuất bản trình” tạo, hoặc đã được “Lưu thành” tệp khác mất thông tin). Hãy mở đúng tệp bản trình đã gửi lãnh đạo.',
  noReport: 'Báo cáo của bản trình này không còn trong danh sách (có thể đã xóa hẳn). Hãy khôi phục báo cáo rồi nhận lại.',
  noSubmission: (n: number) => `Không tìm thấy bản trình lần ${n} của báo cáo này.`,
  published: 'Báo cáo đã phát hành: không nhận sửa đổi vào bản đã phát hành. Hãy “Tạo phiên bản mới” rồi nhận bản đã sửa ở phiên bản mới.',
  otherReport: (title: string) =>
    `Tệp này là bản trình của một báo cáo khác: “${briefQuote(title, 80)}”. Hãy mở báo cáo đó (ở Báo cáo của tôi) rồi “Nhận bản đã sửa” ở đó; báo cáo đang mở không bị thay đổi.`,
  damagedSubmission: 'Bản trình đã lưu bị hỏng; hãy khôi phục từ bản sao lưu.',
  publishNeedsNumber: 'Phát hành cần số và ngày văn bản do văn thư cấp: hãy nhập cả hai.',
};

/** What the sign-off screens say (not refusals): counts and states in the clerk's words. */
export const signOffScreen = {
  applied: (taken: number, total: number, keptBoth: number, notPlaced: number) =>
    `Đã nhận ${taken}/${total} thay đổi của lãnh đạo vào báo cáo${keptBoth > 0 ? `; ${keptBoth} chỗ giữ cả đoạn của anh/chị và của lãnh đạo` : ''}` +
    `${notPlaced > 0 ? `; ${notPlaced} thay đổi không còn chỗ trong báo cáo (phần đó đã đổi tên hoặc xóa) nên chưa nhận` : ''}. ` +
    'Bản trước khi nhận có trong Lịch sử từng phần.',
  fromEarlierVersion: (title: string) =>
    `Tệp này là bản trình của bản đã phát hành “${title}”: các sửa đổi được so với bản đã trình và nhận vào phiên bản mới này.`,
  takenBefore: (when: string, already: number) => `Bản đã sửa này đã được nhận lúc ${when}; ${already} thay đổi đã có trong báo cáo nên không hiện lại.`,
  nothingNew: 'Mọi thay đổi trong tệp này đã có trong báo cáo; không còn gì mới để nhận.',
  exported: (number: number, fileName: string) =>
    `Đã xuất bản trình lần ${number}: ${fileName}. Lãnh đạo sửa trực tiếp hoặc bật “Theo dõi thay đổi” trong Word, rồi gửi lại tệp này.`,
};

/** The lines of "Diễn biến trình ký", one per kind of event. */
export const signOffEventLines = {
  submitted: (submission: unknown) => `Xuất bản trình lần ${String(submission)}.`,
  editsTaken: (submission: unknown, accepted: unknown, rejected: unknown) =>
    `Nhận sửa đổi của lãnh đạo (bản trình lần ${String(submission)}): nhận ${String(accepted)}, bỏ ${String(rejected)}.`,
  approved: 'Đã duyệt.',
  published: (number: unknown, isoDate: unknown) => `Đã phát hành: số ${String(number)}, ngày ${String(isoDate).split('-').reverse().join('/')}.`,
  drafting: 'Trở lại đang soạn.',
  newVersion: 'Tạo từ một báo cáo đã phát hành.',
};
