/** What the clerk reads about the office's shared library ("Thư viện dùng chung") and its server. */

export const serverMessages = {
  newerSchema: 'Máy chủ thư viện dùng chung đã được một phiên bản Soạn Báo Cáo mới hơn thiết lập. Hãy cập nhật Soạn Báo Cáo trên máy này rồi kết nối lại.',
  olderSchema: 'Máy chủ thư viện dùng chung cần được nâng cấp: nhờ văn thư hoặc cán bộ CNTT chạy "baocao server init" với phiên bản này.',
  emptySchema: 'Máy chủ chưa được thiết lập cho Soạn Báo Cáo: nhờ cán bộ CNTT chạy "baocao server init" trước.',
  unreachable: (where: string) =>
    `Không kết nối được máy chủ ${where}: máy chủ đang tắt, sai địa chỉ, hoặc mạng nội bộ không thông. Hãy kiểm tra dây mạng và địa chỉ, hoặc nhờ cán bộ CNTT bật máy chủ.`,
  wrongPassword: 'Sai tên đăng nhập hoặc mật khẩu của thư viện dùng chung. Hãy nhập lại; quên mật khẩu thì nhờ văn thư đặt lại.',
  notAllowedFromHere: 'Máy chủ không cho phép máy này kết nối (chưa được mở trong pg_hba.conf). Hãy nhờ cán bộ CNTT cho phép máy này trong mạng nội bộ.',
  noDatabase: (name: string) => `Máy chủ không có cơ sở dữ liệu "${name}". Hãy kiểm tra tên trong địa chỉ, hoặc nhờ cán bộ CNTT chạy "baocao server init".`,
  notOurServer: 'Máy chủ này không phải thư viện của Soạn Báo Cáo (không có các bảng của thư viện). Hãy kiểm tra địa chỉ.',
  badAddress: 'Địa chỉ máy chủ chưa đúng. Hãy nhập dạng postgres://tên-đăng-nhập@máy-chủ:5432/baocao.',
  lostConnection: 'Mất kết nối với máy chủ giữa chừng nên thay đổi chưa được lưu lên máy chủ. Nội dung vẫn còn trên màn hình; hãy thử lại khi mạng thông.',
  busy: 'Máy chủ đang nhận quá nhiều lần lưu cùng lúc nên lần lưu này chưa vào được. Nội dung vẫn còn trên màn hình; hãy thử lưu lại sau ít giây.',
  notAllowed: 'Tài khoản của anh/chị không có quyền làm việc này trên thư viện dùng chung.',
  notConnected: 'Máy này chưa kết nối thư viện dùng chung. Hãy kết nối ở "Thư viện dùng chung" trước.',
};

/** The database's own refusals (server/migrations: 'baocao:<rule>'), one sentence each. */
export const serverRules: Record<string, string> = {
  publish: 'Chỉ văn thư được phát hành báo cáo (cấp số, ngày). Hãy chuyển báo cáo cho văn thư.',
  approve: 'Chỉ lãnh đạo (hoặc văn thư) được duyệt báo cáo.',
  published: 'Báo cáo đã phát hành nên không sửa được nữa. Muốn sửa tiếp thì tạo một phiên bản mới.',
  'delete-forever': 'Chỉ văn thư được xóa hẳn báo cáo trước khi hết 30 ngày trong Thùng rác.',
  accounts: 'Chỉ văn thư được tạo tài khoản và đặt lại mật khẩu cho người khác.',
  'login-name': 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm hoặc gạch dưới, bắt đầu bằng chữ, dài 3–40 ký tự.',
  role: 'Vai trò phải là chuyên viên, văn thư hoặc lãnh đạo.',
  password: 'Mật khẩu cần ít nhất 8 ký tự.',
  'login-taken': 'Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.',
  'no-account': 'Không có tài khoản này trong thư viện dùng chung.',
};

/** The "Thư viện dùng chung" screen's own lines. */
export const sharedLibraryScreen = {
  connectedAs: (name: string, role: string, where: string) => `Đang dùng thư viện dùng chung ${where} với tài khoản ${name} (${role}).`,
  savedButNotConnected: (where: string, login: string) => `Máy này dùng thư viện dùng chung ${where} (tài khoản ${login}). Nhập mật khẩu để kết nối.`,
  uploaded: (uploaded: number, already: number, total: number) =>
    `Đã đưa ${uploaded} báo cáo lên máy chủ${already > 0 ? `; ${already} báo cáo đã có sẵn trên máy chủ nên giữ nguyên` : ''} (máy này có ${total} báo cáo).`,
  accountMade: (name: string) => `Đã tạo tài khoản cho ${name}.`,
};

/** Drafting while the office server cannot be reached. */
export const offlineMessages = {
  working: (queued: number) =>
    `Đang làm việc không có máy chủ — sẽ gửi khi kết nối lại${queued > 0 ? ` (${queued} thay đổi đang chờ gửi)` : ''}. Các báo cáo đã mở trên máy này vẫn soạn tiếp được.`,
  needsServer: 'Việc này cần máy chủ thư viện dùng chung, mà máy chủ đang không kết nối được. Hãy thử lại khi mạng thông; các phần đã mở vẫn soạn tiếp được.',
  notOpenedHere: 'Báo cáo này chưa từng được mở trên máy này nên không có bản để soạn khi mất kết nối. Hãy mở lại khi máy chủ kết nối được.',
};

/** The one line screens show about the shared library when it needs the clerk's attention. */
export const standingMessages = {
  notConnected: (where: string) => `Máy này dùng thư viện dùng chung ${where} nhưng chưa kết nối: các báo cáo đang thấy là của riêng máy này.`,
};
