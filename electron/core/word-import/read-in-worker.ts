/**
 * Someone else's Word file, read and recognised on the worker thread with its memory ceiling (as
 * the checker reads files): a file that exhausts it is refused with a message, never a crash.
 */
import { AppError } from '../../../shared/contract/errors';
import type { ImportDraft } from '../../../shared/word-import/import-word';
import { runInWorker, WorkerCrashed } from '../worker/run-in-worker';

export async function readWordInWorker(bytes: Uint8Array, fileName?: string): Promise<ImportDraft> {
  try {
    return await runInWorker('importWord', { bytes });
  } catch (error) {
    if (error instanceof WorkerCrashed) {
      throw new AppError('unsupported_file', `${fileName ? `Tệp "${fileName}"` : 'Tệp Word này'} quá lớn hoặc có cấu trúc bất thường nên không đọc được. Hãy mở bằng Word, “Lưu thành” .docx mới rồi thử lại.`);
    }
    throw error;
  }
}
