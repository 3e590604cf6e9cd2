/** What the consolidation says about a unit's Excel biểu mẫu: each sentence names the cell or the file and what to do. */

export const sheetProblems = {
  hiddenRow: 'Dòng bị ẩn trong Excel: không đọc (bỏ ẩn trong tệp nếu cần cộng dòng này).',
  noIndicator: 'Không khớp chỉ tiêu nào của bộ chỉ tiêu (theo mã hoặc tên).',
  noFigures: 'Dòng không có số liệu (tiêu đề nhóm hoặc ghi chú).',
  readBefore: (indicator: string, row: number) => `Chỉ tiêu “${indicator}” đã đọc ở dòng ${row}.`,
  notANumber: (cell: string, indicator: string, text: string) =>
    `Ô ${cell} (chỉ tiêu “${indicator}”) ghi “${text}”, không phải con số: sửa trong tệp Excel rồi thêm lại.`,
  uncomputed: (cell: string, indicator: string) =>
    `Ô ${cell} (chỉ tiêu “${indicator}”) là công thức chưa được tính: mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi thêm lại.`,
  formulaError: (cell: string, indicator: string, error: string) =>
    `Ô ${cell} (chỉ tiêu “${indicator}”) báo lỗi công thức ${error}: sửa trong tệp Excel rồi thêm lại.`,
};

export const workbookProblems = {
  noSet: 'Chọn bộ chỉ tiêu trước khi thêm tệp Excel: số liệu trong tệp được đọc vào các chỉ tiêu của bộ.',
  noTable: (file: string) =>
    `Tệp ${file} không có bảng số liệu (không thấy cột “Chỉ tiêu”/“Nội dung” cùng cột STT, mã hoặc đơn vị tính): kiểm tra có đúng biểu mẫu không.`,
  noMatchingRows: (file: string, set: string) =>
    `Không dòng nào trong tệp ${file} khớp chỉ tiêu của bộ “${set}”: kiểm tra tệp có đúng biểu mẫu, hoặc chọn đúng bộ chỉ tiêu.`,
  noFigures: (file: string) => `Tệp ${file} chưa có số liệu nào ở các chỉ tiêu (có thể là biểu mẫu trống): kiểm tra lại tệp đơn vị gửi.`,
  /** `names`: the sheets, quoted and joined ("“Bản lưu”, “Biểu 01”"). */
  chooseSheet: (file: string, count: number, names: string) => `Tệp ${file} có ${count} trang tính có số liệu (${names}): chọn trang cần đọc.`,
  noSuchSheet: (file: string, sheet: string) => `Tệp ${file} không có trang tính “${sheet}” có bảng số liệu.`,
  notCounted: (file: string, count: number) => `Tệp ${file} chưa được cộng: ${count} ô cần sửa.`,
  damaged: (file: string) => `Không đọc được tệp ${file}: tệp Excel bị hỏng hoặc không phải tệp Excel. Hãy mở bằng Excel, lưu lại rồi thêm lại.`,
  encrypted: (file: string) => `Tệp ${file} có mật khẩu: hãy gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi thêm lại.`,
  tooLarge: (file: string) => `Tệp ${file} quá lớn để là một biểu mẫu số liệu (quá nhiều dòng hoặc dung lượng): hãy gửi riêng trang tính số liệu.`,
  noCurrentColumn: (file: string) => `Biểu mẫu ${file} không có cột kỳ này để điền số liệu: kiểm tra tiêu đề các cột của biểu mẫu.`,
  /** LibreOffice ran and wrote nothing: installed without Calc (it alone reads .xls), or the file defeated it. */
  xlsNotConverted: (file: string) =>
    `LibreOffice trên máy này không chuyển được tệp ${file} (định dạng Excel cũ .xls): có thể LibreOffice được cài thiếu phần bảng tính (Calc), hoặc tệp bị hỏng. Hãy mở bằng Excel, chọn Lưu thành → “Sổ làm việc Excel (.xlsx)” rồi thêm lại.`,
  xlsNeedsResave: (file: string) =>
    `Tệp ${file} là định dạng Excel cũ (.xls) và máy này chưa có LibreOffice để đọc: hãy mở bằng Excel, chọn Lưu thành → “Sổ làm việc Excel (.xlsx)” rồi thêm lại.`,
};

/** What "Điền vào biểu mẫu" says when the file is made. */
export const templateMessages = {
  filled: (count: number, sheet: string) => `Đã điền số liệu ${count} chỉ tiêu vào trang “${sheet}” của biểu mẫu; định dạng, ô gộp và công thức giữ nguyên.`,
  /** `cells`: the cells, joined ("G12, G15"). */
  formulas: (cells: string) => `Các ô có công thức được giữ để Excel tự tính: ${cells}.`,
  /** `names`: the indicators, quoted and joined. */
  missing: (names: string) => `Biểu mẫu không có dòng cho: ${names}.`,
};
