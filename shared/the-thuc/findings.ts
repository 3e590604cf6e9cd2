/** What the thể thức checker reports: one finding per rule broken, with where and what to do. */
import type { ProfileId } from '../domain/vocabulary';

export interface Finding {
  /** Stable id, e.g. `page.margin-left`; tests and the UI key on it. */
  ruleId: string;
  /** The rule in plain Vietnamese. */
  rule: string;
  /** Where the rule is written: the profile's rule text and its item ("ND30, Phụ lục I, ô 1"). */
  source: string;
  found: string;
  expected: string;
  /** Where in the document: a part name or the first words of the paragraph. */
  where: string;
  /**
   * What the finding rests on: a rule of ND30 or HD 05 (a văn thư returns the document for it), or
   * the practice of good documents where the rules say nothing (tables): advice, counted apart.
   */
  basis: 'rule' | 'practice';
}

export interface CheckReport {
  profile: ProfileId;
  /** True when the profile was recognised from the file rather than given. */
  profileDetected: boolean;
  findings: Finding[];
  /** An old .doc, read as text: only the rules on words were checked (no margins, fonts, sizes, rules drawn, pages). */
  textOnly: boolean;
  /** How the last page was judged: from the file's own page breaks, from LibreOffice's layout of it, or not at all (a .doc). */
  lastPageMethod: 'page-breaks' | 'libreoffice' | 'text-only';
}

/** How the last page was judged, told to the clerk. */
export const LAST_PAGE_METHOD_LABEL: Record<CheckReport['lastPageMethod'], string> = {
  'page-breaks': 'Trang cuối được xét theo các ngắt trang trong tệp (máy này không có LibreOffice để dàn trang).',
  libreoffice: 'Trang cuối được xét theo cách LibreOffice dàn trang tệp này.',
  'text-only':
    'Tệp .doc cũ được đọc phần chữ: đã kiểm tra lời văn của phần đầu, số và ngày, chữ ký, nơi nhận và dấu kết thúc. Muốn kiểm tra cả lề, phông, cỡ chữ, đường kẻ và trang cuối, hãy mở bằng Word và “Lưu thành” .docx rồi kiểm tra lại.',
};

/** The findings a văn thư returns a document for: those a rule backs (advice aside). */
export const defectsOf = (report: Pick<CheckReport, 'findings'>): Finding[] => report.findings.filter((f) => f.basis === 'rule');
