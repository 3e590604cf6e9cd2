/**
 * What a file read as a report did not hold of a document: its cơ quan (the header) and its
 * signer. A list, a checklist, a phụ lục sent on its own has neither; the report made of it keeps
 * them empty, and the review says so — where to fill them in — before the clerk saves it,
 * rather than the export's check surprising her later. A số and a ngày are not asked for: a draft
 * leaves them to the văn thư.
 */
import type { ReportFile } from '../report-format/schema';

export type MissingPart = 'header' | 'signature';

export function missingDocumentParts(report: ReportFile): MissingPart[] {
  const missing: MissingPart[] = [];
  if (report.header.issuingBody.trim() === '') missing.push('header');
  const s = report.signature;
  if (s.name.trim() === '' && s.position.trim() === '' && s.onBehalfOf.trim() === '') missing.push('signature');
  return missing;
}

/** The review's note, in the clerk's words (empty when nothing is missing). */
export function missingPartsNote(missing: readonly MissingPart[]): string {
  const header = missing.includes('header');
  const signature = missing.includes('signature');
  if (header && signature)
    return 'Tệp không có phần đầu (tên cơ quan ban hành) và chữ ký: có thể là một phần của văn bản (phụ lục, danh sách, biểu mẫu). Báo cáo tạo ra để trống hai phần này — điền ở bước “Thông tin chung” và “Người ký, nơi nhận” trước khi xuất Word.';
  if (header) return 'Không tìm thấy tên cơ quan ban hành trong tệp: điền ở bước “Thông tin chung” trước khi xuất Word.';
  if (signature) return 'Không tìm thấy người ký trong tệp: điền ở bước “Người ký, nơi nhận” trước khi xuất Word.';
  return '';
}
