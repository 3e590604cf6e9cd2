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
}

export interface CheckReport {
  profile: ProfileId;
  /** True when the profile was recognised from the file rather than given. */
  profileDetected: boolean;
  findings: Finding[];
  /** How the last page was judged: from the file's own page breaks, or from LibreOffice's layout of it. */
  lastPageMethod: 'page-breaks' | 'libreoffice';
}

/** How the last page was judged, told to the clerk. */
export const LAST_PAGE_METHOD_LABEL: Record<CheckReport['lastPageMethod'], string> = {
  'page-breaks': 'Trang cuối được xét theo các ngắt trang trong tệp (máy này không có LibreOffice để dàn trang).',
  libreoffice: 'Trang cuối được xét theo cách LibreOffice dàn trang tệp này.',
};
