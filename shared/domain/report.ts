/**
 * The report as the app holds it: the public format's content plus the identities and
 * bookkeeping (ids, period, times) that the database needs. Conversion to and from the
 * public format lives in report-file-mapping.ts.
 */
import type { Block as FileBlock, BulletItem as FileBulletItem, Outline, ReportHeader, Run, Signature } from '../report-format/schema';
import type { ProfileId, SectionRole } from './vocabulary';

/** Đang soạn → Đã trình → Đã duyệt → Đã phát hành. */
export type ReportState = 'drafting' | 'submitted' | 'approved' | 'published';

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  drafting: 'Đang soạn',
  submitted: 'Đã trình',
  approved: 'Đã duyệt',
  published: 'Đã phát hành',
};

export type { FileBlock, Outline, ReportHeader, Run, Signature };

/**
 * Content as the app holds it: one shape for each kind of block. The file format lets a
 * paragraph be plain text or runs, and a dash item a string or runs with a level; those
 * alternatives are read (blockFromFile) and written (blockToFile) only at the file boundary —
 * reading a file, the API, the database — and nowhere else.
 */
export interface Paragraph {
  type: 'paragraph';
  runs: Run[];
  /** Set in the middle of the page (a quyết định's thẩm quyền line); absent: justified. */
  align?: 'center';
}

/** A paragraph's alignment, to carry to a copy of it. */
export const alignOf = (block: { align?: 'center' }) => (block.align ? { align: block.align } : {});
/** A dash item: level 2 is the "+" item under a "-" item. */
export interface DashItem {
  runs: Run[];
  level: 1 | 2;
}
export interface Bullets {
  type: 'bullets';
  items: DashItem[];
}
export type Table = Extract<FileBlock, { type: 'table' }>;
/** An indicator table as data (codes and figures per row); printed as a table by indicatorTableOf. */
export type Indicators = Extract<FileBlock, { type: 'indicators' }>;
export type Block = Paragraph | Bullets | Table | Indicators;
/** Kept for the few places that name a dash item by its old name. */
export type BulletItem = DashItem;

export interface Appendix {
  title: string;
  /** The line under the title as the document wrote it; absent, written from the report (generatedAppendixReference). */
  reference?: string;
  blocks?: Block[];
}

/** A block of the file format (or the API, or an older database row) in the app's one shape. */
export function blockFromFile(block: FileBlock): Block {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', runs: block.runs ? block.runs.map((r) => ({ ...r })) : [{ text: block.text ?? '' }], ...alignOf(block) };
    case 'bullets':
      return { type: 'bullets', items: block.items.map(dashItemFromFile) };
    case 'table':
    case 'indicators':
      return block;
  }
}

function dashItemFromFile(item: FileBulletItem): DashItem {
  return typeof item === 'string' ? { runs: [{ text: item }], level: 1 } : { runs: item.runs.map((r) => ({ ...r })), level: item.level ?? 1 };
}

/** Runs that plain text cannot hold: a mark, or a footnote's number. */
export const marked = (runs: readonly Run[]) => runs.some((r) => r.bold || r.italic || r.underline || r.footnote);

const sameMarks = (a: Run, b: Run) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;

/**
 * Adds `run` at the end of `runs`, joined to the last one when their marks are the same — unless
 * the last ends in a footnote's number, whose place is that end.
 */
export function appendRun(runs: Run[], run: Run): void {
  const last = runs[runs.length - 1];
  if (last && !last.footnote && sameMarks(last, run)) {
    last.text += run.text;
    if (run.footnote) last.footnote = run.footnote;
  } else runs.push({ ...run });
}

/** The plainest file form of a block: text where there are no marks or footnotes, a string for a plain "-" item. */
export function blockToFile(block: Block): FileBlock {
  switch (block.type) {
    case 'paragraph':
      return marked(block.runs)
        ? { type: 'paragraph', runs: block.runs, ...alignOf(block) }
        : { type: 'paragraph', text: block.runs.map((r) => r.text).join(''), ...alignOf(block) };
    case 'bullets':
      return {
        type: 'bullets',
        items: block.items.map((i) =>
          !marked(i.runs) && i.level === 1 ? i.runs.map((r) => r.text).join('') : i.level === 1 ? { runs: i.runs } : { runs: i.runs, level: i.level },
        ),
      };
    case 'table':
    case 'indicators':
      return block;
  }
}

export const blocksFromFile = (blocks: readonly FileBlock[] | undefined): Block[] => (blocks ?? []).map(blockFromFile);
export const blocksToFile = (blocks: readonly Block[]): FileBlock[] => blocks.map(blockToFile);

/** A phần / mục / khoản: numbered by position at export, never by the clerk. */
export interface SectionNode {
  id: string;
  role: SectionRole;
  title: string;
  blocks: Block[];
  /** Grows with each save of this part: the base a save names (see RevisionState). */
  revision: number;
  children: SectionNode[];
}

export interface ReportMeta {
  id: string;
  /** Template it came from (loại báo cáo), e.g. `so-ket-nghi-quyet`. */
  kind: string;
  profile: ProfileId;
  /** Kỳ báo cáo as the clerk named it, e.g. "6 tháng đầu năm 2026"; shown in the list and file name. */
  period: string;
  /** "parts" puts a Phần level above the mục (I., II. restart in each phần). */
  outline: Outline;
  header: ReportHeader;
  signature: Signature;
  recipients: string[];
  appendices: Appendix[];
  /** Paragraphs before the first part and after the last one. */
  opening: Block[];
  closing: Block[];
  /** "Tạo phiên bản mới": the published report this is a new version of, which version it is, and the newer version of this one. */
  versionOf?: string;
  version?: { number: number; of: { id: string; number: string; symbol: string; date: string | null } };
  newerVersion?: string;
  createdAt: string;
  updatedAt: string;
  /** Grows with each save of the details above. */
  revision: number;
  /** Grows with each change to the tree of parts (add, move, remove). */
  structureRevision: number;
  /** The report of the period before, when this one was made from it ("Tạo từ báo cáo kỳ trước"). */
  previousId?: string;
  /** Where the report is in sign-off (missing: Đang soạn). */
  state?: ReportState;
}

/** The report's details a clerk edits (everything but its parts), saved by reports.updateMeta. */
export const META_FIELDS = ['header', 'signature', 'recipients', 'profile', 'period', 'outline', 'appendices', 'opening', 'closing'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface Report extends ReportMeta {
  sections: SectionNode[];
  /**
   * On an office server: parts whose text, saved on this PC while the server could not be reached,
   * the server refused because someone else had changed them meanwhile. The screen opens them on the
   * conflict screen, this text beside the server's.
   */
  offlineConflicts?: { sectionId: string; title: string; blocks: Block[] }[];
  /**
   * Likewise for the report's details: the fields saved on this PC offline that someone else had
   * meanwhile changed to something else (the other fields went up). Opened on the details' conflict screen.
   */
  offlineMetaConflict?: Partial<Pick<ReportMeta, MetaField>>;
}

/** One row of "Báo cáo của tôi". */
export interface ReportSummary {
  id: string;
  kind: string;
  profile: ProfileId;
  title: string;
  period: string;
  updatedAt: string;
  /** Đang soạn, Đã trình, Đã duyệt, Đã phát hành. */
  state?: ReportState;
  /** Received in a package: the unit that sent it ("bản nhận được"). */
  receivedFrom?: string;
  /** When that version came, and which lần gửi of the sender it was. */
  received?: { at: string; revision: number };
  /** "Tạo phiên bản mới": the published report this is a new version of, and its version number (2, 3 …). */
  versionOf?: string;
  version?: { number: number; of: { id: string; number: string; symbol: string; date: string | null } };
  /** A newer version of this (published) report exists. */
  newerVersion?: string;
  /** "Giữ cả hai": this is the unit's own report with a received version kept beside it ('mine'), or that received version ('theirs'). */
  keptApart?: 'mine' | 'theirs';
  /** Set when archived: hidden from the list, still found by search. */
  archivedAt?: string;
  /** Set when in the Thùng rác (deleted for good TRASH_DAYS later). */
  deletedAt?: string;
}

/** Where a report sits in the library: the list, the archive ("Lưu trữ"), the Thùng rác. */
export const SHELVES = ['active', 'archived', 'trash'] as const;
export type Shelf = (typeof SHELVES)[number];

export const DEFAULT_DOC_TYPE = 'BÁO CÁO';

/** True when a block holds any visible text. */
export function blockHasContent(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return paragraphText(block).trim() !== '';
    case 'bullets':
      return block.items.some((item) => bulletItemText(item).trim() !== '');
    case 'table':
      return block.rows.some((row) => row.some((cell) => cell.trim() !== ''));
    case 'indicators':
      return block.rows.some((row) => row.name.trim() !== '');
  }
}

/** A part is filled when it, or any of its sub-items, has content. */
export function sectionHasContent(section: { blocks?: Block[]; children?: { blocks?: Block[]; children?: unknown[] }[] }): boolean {
  if ((section.blocks ?? []).some(blockHasContent)) return true;
  return (section.children ?? []).some((child) => sectionHasContent(child as typeof section));
}

/** The plain text of a paragraph. */
export function paragraphText(block: Paragraph): string {
  return block.runs.map((r) => r.text).join('');
}

export function bulletItemText(item: DashItem): string {
  return item.runs.map((r) => r.text).join('');
}

/** A paragraph of plain text. */
export const textParagraph = (text: string): Paragraph => ({ type: 'paragraph', runs: [{ text }] });

/** Every piece of text a block prints: a paragraph, each dash item, the caption and each table cell. */
export function blockTexts(block: Block): string[] {
  if (block.type === 'paragraph') return [paragraphText(block)];
  if (block.type === 'bullets') return block.items.map(bulletItemText);
  if (block.type === 'indicators') return [block.caption ?? '', ...block.rows.flatMap((r) => [r.name, r.previous, r.current, r.plan ?? ''])];
  return [block.caption ?? '', ...block.header, ...block.rows.flat()];
}

/** The footnotes of a block's text, in order (tables hold none). */
export function blockFootnotes(block: Block): string[] {
  const runs = block.type === 'paragraph' ? block.runs : block.type === 'bullets' ? block.items.flatMap((i) => i.runs) : [];
  return runs.flatMap((r) => (r.footnote ? [r.footnote] : []));
}

/** Walks the section tree depth-first, parents before children. */
export function* walkSections(sections: readonly SectionNode[]): Generator<SectionNode> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.children);
  }
}
