/**
 * The files a clerk chose, grouped into "checker.checkFiles" calls: each call's files are laid out
 * by one start of LibreOffice, and the screen's progress moves call by call. A group holds at most
 * CHECK_BATCH.files files and CHECK_BATCH.bytes bytes (what one request carries); a file larger
 * than that goes alone, to be refused in its place with the size sentence.
 */
import { CHECK_BATCH } from '#shared/contract/checker';

export function checkBatches<F extends { size: number }>(files: readonly F[]): F[][] {
  const batches: F[][] = [];
  let bytes = 0;
  for (const file of files) {
    const last = batches.at(-1);
    if (last && last.length < CHECK_BATCH.files && bytes + file.size <= CHECK_BATCH.bytes) {
      last.push(file);
      bytes += file.size;
    } else {
      batches.push([file]);
      bytes = file.size;
    }
  }
  return batches;
}

/** The line above several files' results: how many are right, have defects, could not be checked. */
export function batchSummary(counts: { right: number; withDefects: number; refused: number }): string {
  const total = counts.right + counts.withDefects + counts.refused;
  const parts = [`${counts.right} đúng thể thức`, `${counts.withDefects} có lỗi thể thức`];
  if (counts.refused > 0) parts.push(`${counts.refused} không kiểm tra được`);
  return `Kết quả kiểm tra ${total} tệp: ${parts.join(', ')}.`;
}
