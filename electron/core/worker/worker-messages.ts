/** What the clerk reads when a worker task had to be stopped. */
import { RESAVE_AS_NEW_DOCX } from '../word-file/resave-advice';

export const workerMessages = {
  /** `doing`: "Đọc", "Kiểm tra"; `what`: `tệp "x.docx"` or "tệp Word này". */
  tooSlow: (doing: string, what: string, deadlineMs: number) =>
    `${doing} ${what} mất quá lâu (hơn ${Math.round(deadlineMs / 1000)} giây) nên ứng dụng đã dừng lại; tệp có thể bị hỏng hoặc có cấu trúc bất thường. ${RESAVE_AS_NEW_DOCX}`,
};
