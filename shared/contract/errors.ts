/**
 * Errors are data: a closed set of codes, each carried with a Vietnamese message that says
 * what happened and what to do. The UI shows the message as is.
 */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'io',
  'unsupported_file',
  'database',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** With `conflict`: what is stored now, so the clerk can compare and choose. */
  current?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers for expected failures; the dispatcher turns it into the envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Carried to the caller with the error (see ApiError.current). */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Đã có lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại; nếu lỗi lặp lại, hãy khởi động lại ứng dụng.';

/** The same, while the data file is damaged and open read-only: nothing about the data is promised. */
export const SALVAGE_INTERNAL_ERROR_MESSAGE =
  'Đã có lỗi không mong muốn khi đọc tệp dữ liệu bị hỏng. Hãy thử lại với báo cáo khác; những báo cáo nào không xuất được thì lấy lại từ bản sao lưu ("Khôi phục từ bản sao lưu").';

/** A page of the data file that cannot be read: said plainly, with the way back. */
export const DAMAGED_PAGE_MESSAGE =
  'Phần này của tệp dữ liệu bị hỏng nên không đọc được. Những báo cáo khác vẫn xem và xuất được; hãy "Khôi phục từ bản sao lưu" để lấy lại phần này.';
