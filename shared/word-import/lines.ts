/**
 * The importer's working form: every piece of the document as a line with the role the
 * recogniser gave it. The review screen shows these lines beside the document's text and lets
 * the clerk change a role or a level; the report is assembled from the lines as they stand.
 */
import type { Run } from '../report-format/schema';

/** What a line is in the report. */
export const LINE_ROLES = [
  // Header block.
  'parentBody',
  'issuingBody',
  'number',
  'placeDate',
  'docType',
  'summary',
  'addressee',
  // Body: before the first part, the parts, after the last part.
  'opening',
  'part',
  'heading',
  'paragraph',
  'bullet',
  'table',
  'closing',
  // Signature block and Nơi nhận.
  'authority',
  'position',
  'signerName',
  'recipient',
  // A phụ lục's title (its content follows as paragraphs, bullets, tables).
  'appendixTitle',
  // Written again by the profile on export (quốc hiệu, tiêu ngữ, rules, "Nơi nhận:", labels…).
  'layout',
  // Could not be placed: listed for the clerk, never dropped silently.
  'unplaced',
] as const;
export type LineRole = (typeof LINE_ROLES)[number];

/** The roles of a signer's lines: the signer's own, or a người ký cùng's (`cosigner`). */
export const SIGNER_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['authority', 'position', 'signerName']);

interface ImportTable {
  caption?: string;
  header: string[];
  rows: string[][];
}

/** What a layout line is, for the thể thức checker (the export writes these lines again itself). */
type LayoutMark =
  | 'national' // quốc hiệu, tiêu ngữ, the Party's or the Đoàn's title
  | 'rule' // a rule typed or drawn as a line of its own
  | 'continues' // the next line of the name or recipient above
  | 'kinhGui' // "Kính gửi:" alone on its line
  | 'issuerRepeated' // the issuer named again before the căn cứ
  | 'ending' // "./." alone on its line
  | 'appendixReference' // "(Kèm theo Báo cáo số …)" under a phụ lục's title
  | 'appendixLabel' // "Phụ lục 1": the export numbers its phụ lục itself
  | 'recipientsLabel' // "Nơi nhận:"
  | 'signNote' // "(đã ký)", "(Ký, ghi rõ họ tên)"
  | 'drafterCode' // the drafter's initials and copies under Nơi nhận
  | 'toc'; // a line of Word's mục lục (made again on export when the clerk asks for one)

export interface ImportLine {
  id: number;
  role: LineRole;
  /** Heading level 1–4 (mục, khoản, điểm, ý), or 1–2 for a dash item. */
  level?: number;
  /** A heading known by its capitals alone (no label, no heading style): it may be a sample layout or a line of a form. */
  byCapitals?: true;
  /** The text as read, label included (what the clerk sees of the document). */
  source: string;
  /** The text as it goes into the report: label and dash removed, case restored. */
  text: string;
  runs: Run[];
  table?: ImportTable;
  /** Why it is `layout` or `unplaced`, in Vietnamese. */
  note?: string;
  /** For a layout line, what it is. */
  mark?: LayoutMark;
  /** A signature line of a người ký cùng (1 for the first): absent, the signer's. */
  cosigner?: number;
  /** Set in the middle of the page: kept so for a paragraph (a quyết định's thẩm quyền line, "QUYẾT ĐỊNH:"). */
  centred?: true;
  /** The .docx paragraph it was read from (SourceParagraph.at); the pieces of a line laid out in columns share it. */
  at?: number;
  /** Tracked changes and comments of the paragraph, for the review of a bản trình that came back. */
  suggestions?: { author: string; kind: 'inserted' | 'deleted'; text: string }[];
  comments?: { author: string; text: string }[];
}

export const ROLE_LABELS: Record<LineRole, string> = {
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  number: 'Số, ký hiệu',
  placeDate: 'Địa danh, ngày',
  docType: 'Tên loại',
  summary: 'Trích yếu',
  addressee: 'Kính gửi',
  opening: 'Mở đầu',
  part: 'Phần',
  heading: 'Đề mục',
  paragraph: 'Đoạn văn',
  bullet: 'Gạch đầu dòng',
  table: 'Bảng',
  closing: 'Kết thúc',
  authority: 'Quyền hạn ký',
  position: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  recipient: 'Nơi nhận',
  appendixTitle: 'Tên phụ lục',
  layout: 'Bỏ (tạo lại khi xuất)',
  unplaced: 'Chưa xếp được',
};
