/** What the `baocao` command says about the data folder it works on (library add, list, search). */

export const libraryCommandMessages = {
  noData: (dataDir: string) => `Chưa có dữ liệu Soạn Báo Cáo ở "${dataDir}". Chỉ thư mục dữ liệu bằng --data-dir hoặc biến BAOCAO_DATA_DIR.`,
  /** `problem` is the data file's own sentence (damaged, foreign, empty, newer). */
  notWritable: (problem: string) => `${problem.replace(/\s+$/, '')} Lệnh "library add" không thêm gì vào tệp này.`,
  /** The file is refused (not ours, empty, newer): nothing can be listed or searched. */
  notReadable: (problem: string) => `${problem.replace(/\s+$/, '')} Không có gì để liệt kê hay tìm.`,
  internal: 'Đã có lỗi không mong muốn nên lệnh dừng lại.',
  /** The technical details of an internal error are in the log, not on the terminal. */
  seeLog: (logPath: string) => `Chi tiết kỹ thuật (cho cán bộ CNTT) đã ghi vào "${logPath}".`,
};

/** What any `baocao` command says about how it was called and about the files it reads and writes. */
export const commandLineMessages = {
  unknownCommand: (command: string) => `Không có lệnh "${command}".`,
  unknownOption: (option: string) => `Không hiểu tùy chọn "${option}".`,
  extraArgument: (argument: string) => `Thừa tham số "${argument}".`,
  optionNeedsValue: (option: string) => `Tùy chọn "${option}" cần một giá trị.`,
  optionNeedsFolder: (option: string) => `Tùy chọn "${option}" cần một thư mục.`,
  /** `code`: the system's short name of the failure (EACCES, ENOSPC…). */
  cannotWrite: (path: string, code: string) =>
    `Không ghi được tệp "${path}" (${code}). Hãy kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Word.`,
  cannotMakeFolder: (path: string, code: string) => `Không tạo được thư mục "${path}" (${code}). Hãy kiểm tra đường dẫn và quyền ghi.`,
};

/** `baocao export`. */
export const exportCommandMessages = {
  missingInput: 'Thiếu tệp báo cáo (.json) cần xuất.',
  missingOutput: 'Thiếu tệp kết quả: thêm "-o <tệp.docx>" (một tệp) hoặc "-o <thư mục>" (nhiều tệp).',
  outputNotDocx: 'Tệp kết quả phải có đuôi .docx (hoặc -o là một thư mục).',
  summary: (done: number, total: number, folder: string) => `Đã xuất ${done}/${total} tệp vào ${folder}.`,
};

/** `baocao import`. */
export const importCommandMessages = {
  missing: (what: string) => `Thiếu ${what}.`,
  missingOutput: (extension: string) => `Thiếu tệp kết quả: thêm "-o <tệp${extension}>".`,
  outputExtension: (extension: string) => `Tệp kết quả phải có đuôi ${extension}.`,
};

/** `baocao text`. */
export const textCommandMessages = {
  notText: (file: string) =>
    `"${file}" không phải tệp văn bản (.txt) — có vẻ là tệp Word, PDF hay tệp nén. Tệp Word thì dùng "baocao import", hoặc mở bằng Word rồi chép chữ ra.`,
  missingFile: 'Thiếu tệp văn bản cần xử lý.',
  toneStyle: 'Kiểu dấu phải là "new" (hòa, thủy) hoặc "old" (hoà, thuỷ): thêm --style new hoặc --style old.',
  iyStyle: 'Cách viết i/y phải là "y" (kỹ, lý, quy) hoặc "i" (kĩ, lí, qui): thêm --iy y hoặc --iy i.',
  legacySource: 'Bảng mã nguồn phải là tcvn3, vni hoặc auto.',
};

/** `baocao library`. */
export const libraryArgumentMessages = {
  missingQuery: 'Thiếu từ cần tìm: "library search <từ cần tìm>".',
  missingFiles: 'Thiếu tệp: "library add <tệp.docx|tệp.doc|báo-cáo.json> …".',
  cannotMakeDataFolder: (path: string, code: string) => `Không tạo được thư mục dữ liệu "${path}" (${code}). Hãy kiểm tra đường dẫn và quyền ghi.`,
  editedOnBothSides: 'Báo cáo này đã được sửa ở cả hai nơi: mở gói trong ứng dụng (Nhận gói .baocao) để xem khác nhau từng phần và chọn bản giữ lại.',
  unknownKind: 'Chỉ nhận tệp Word (.docx, .doc), báo cáo .json và gói .baocao.',
  summary: (done: number, total: number, folder: string) => `Đã thêm ${done}/${total} tệp vào ${folder}.`,
};

/** `baocao consolidate`. */
export const consolidateCommandMessages = {
  missingInputs: 'Thiếu báo cáo của các đơn vị (.baocao, .json, .docx, .xlsx, .xls).',
  missingOutput: 'Thiếu tệp kết quả: thêm "-o <báo-cáo.json>".',
  notIndicatorSet: 'Không phải tệp bộ chỉ tiêu (.json).',
  noIndicatorSet: 'Chưa có bộ chỉ tiêu: thêm "--indicators <bộ-chỉ-tiêu.json>" (các gói .baocao gửi lên không kèm bộ chỉ tiêu).',
};

/** `baocao check`. */
export const checkCommandMessages = {
  unknownProfile: (profile: string, known: string) => `Thể thức "${profile}" không có; chọn một trong: ${known}.`,
  missingFiles: 'Thiếu tệp Word (.docx hoặc .doc) cần kiểm tra.',
  noDefects: 'Đúng thể thức: không tìm thấy lỗi.',
  defects: (count: number) => `Tìm thấy ${count} lỗi thể thức.`,
  summary: (checked: number, total: number, withFindings: number) => `Đã kiểm tra ${checked}/${total} tệp: ${withFindings} tệp có lỗi thể thức.`,
};

/** `baocao server init` and `--server`. */
export const serverCommandMessages = {
  missingServer: 'Thiếu địa chỉ máy chủ: thêm "--server postgres://tên-quản-trị@máy-chủ:5432/baocao" (hoặc đặt biến BAOCAO_SERVER).',
  missingPassword:
    'Thiếu mật khẩu của tài khoản kết nối máy chủ: đặt biến BAOCAO_MAT_KHAU (hoặc PGPASSWORD) trước khi chạy lệnh, để mật khẩu không nằm trong lịch sử lệnh.',
  missingVanThuPassword: 'Thiếu mật khẩu cho tài khoản văn thư: đặt biến BAOCAO_MAT_KHAU_VAN_THU (ít nhất 8 ký tự) trước khi chạy lệnh.',
  vanThuNeedsName: 'Tài khoản văn thư cần họ tên: thêm --ho-ten "Họ và tên".',
  created: (where: string, steps: number) => `Đã thiết lập thư viện dùng chung trên ${where}: ${steps} bước lược đồ.`,
  current: (where: string) => `Thư viện dùng chung trên ${where} đã ở phiên bản mới nhất; không đổi gì.`,
  accountMade: (login: string, name: string) => `Đã tạo tài khoản văn thư ${login} (${name}).`,
  accountKept: (login: string) => `Tài khoản ${login} đã có; giữ nguyên.`,
  unknownServerCommand: 'Dùng "baocao server init --server <địa chỉ>".',
};
