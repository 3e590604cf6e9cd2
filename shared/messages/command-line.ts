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
