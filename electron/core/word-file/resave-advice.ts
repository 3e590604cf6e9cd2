/**
 * The advice every refusal of a broken or hostile Word file ends with: one wording, so the clerk
 * reads the same step wherever the file was refused (reader, checker, worker).
 */
export const RESAVE_AS_NEW_DOCX = 'Hãy mở bằng Word, “Lưu thành” một tệp .docx mới rồi thử lại.';
