/** What the clerk reads when a worker task had to be stopped. */
export const workerMessages = {
  /** `doing`: "Đọc", "Kiểm tra"; `what`: `tệp "x.docx"` or "tệp Word này". */
  tooSlow: (doing: string, what: string, deadlineMs: number) =>
    `${doing} ${what} mất quá lâu (hơn ${Math.round(deadlineMs / 1000)} giây) nên ứng dụng đã dừng lại; tệp có thể bị hỏng hoặc có cấu trúc bất thường. Hãy mở bằng Word, “Lưu thành” .docx mới rồi thử lại.`,
};
