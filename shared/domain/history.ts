/** History of a part, as the UI lists it. */
export type RevisionReason = 'editing' | 'export' | 'before-restore' | 'conflict' | 'from-previous' | 'imported' | 'received' | 'review';

export interface RevisionSummary {
  id: string;
  createdAt: string;
  reason: RevisionReason;
  title: string;
  /** Size of the text, in characters. */
  characters: number;
  preview: string;
  /** On an office server: the login whose save put this version in the history. */
  by?: string;
}

export const REVISION_REASON_LABELS: Record<RevisionReason, string> = {
  editing: 'trong khi soạn',
  export: 'trước khi xuất Word',
  'before-restore': 'trước khi khôi phục',
  conflict: 'bản không giữ khi hai cửa sổ cùng sửa',
  'from-previous': 'khi tạo từ báo cáo kỳ trước',
  imported: 'khi nhập từ tệp Word',
  received: 'khi nhận gói báo cáo (.baocao)',
  review: 'trước khi nhận sửa đổi của lãnh đạo (bản trình)',
};
