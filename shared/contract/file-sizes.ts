/**
 * The largest files the app takes, in bytes — one place for the contract's argument caps, the
 * browser-mode host's request limit, the readers and the screens, so a file one of them accepts
 * is never refused by another with a vaguer message.
 */

/** A Word file (import, "Kiểm tra thể thức", a bản trình coming back): a 100-page report with pictures stays far below. */
export const MAX_WORD_FILE_BYTES = 64 * 1024 * 1024;
/** A unit's Excel biểu mẫu (.xlsx, .xls): a few hundred rows are tens of kilobytes. */
export const MAX_SPREADSHEET_FILE_BYTES = 32 * 1024 * 1024;
/** One attachment travelling in a package (a signed PDF, an Excel phụ lục). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** A whole package (.baocao): the report, its Word file and up to 20 attachments. */
export const MAX_PACKAGE_FILE_BYTES = 128 * 1024 * 1024;

/** Characters of base64 that carry so many bytes (both transports carry JSON). */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);
