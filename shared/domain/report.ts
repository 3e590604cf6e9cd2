/**
 * The report as the app holds it: the public format's content plus the identities and
 * bookkeeping (ids, period, times) that the database needs. Conversion to and from the
 * public format lives in report-file-mapping.ts.
 */
import type { Appendix, Block, BulletItem, Outline, ReportHeader, Run, Signature } from '../report-format/schema';
import type { ProfileId, SectionRole } from './vocabulary';

export type { Appendix, Block, BulletItem, Outline, ReportHeader, Run, Signature };

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
  createdAt: string;
  updatedAt: string;
  /** Grows with each save of the details above. */
  revision: number;
  /** Grows with each change to the tree of parts (add, move, remove). */
  structureRevision: number;
}

export interface Report extends ReportMeta {
  sections: SectionNode[];
}

/** One row of "Báo cáo của tôi". */
export interface ReportSummary {
  id: string;
  kind: string;
  profile: ProfileId;
  title: string;
  period: string;
  updatedAt: string;
}

export const DEFAULT_DOC_TYPE = 'BÁO CÁO';

/** True when a block holds any visible text. */
export function blockHasContent(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return (block.text ?? block.runs?.map((r) => r.text).join('') ?? '').trim() !== '';
    case 'bullets':
      return block.items.some((item) => bulletItemText(item).trim() !== '');
    case 'table':
      return block.rows.some((row) => row.some((cell) => cell.trim() !== ''));
  }
}

/** A part is filled when it, or any of its sub-items, has content. */
export function sectionHasContent(section: { blocks?: Block[]; children?: { blocks?: Block[]; children?: unknown[] }[] }): boolean {
  if ((section.blocks ?? []).some(blockHasContent)) return true;
  return (section.children ?? []).some((child) => sectionHasContent(child as typeof section));
}

/** The plain text of a paragraph block, whether it was stored as text or as runs. */
export function paragraphText(block: Extract<Block, { type: 'paragraph' }>): string {
  return block.text ?? (block.runs ?? []).map((r) => r.text).join('');
}

/** A dash item's runs, whether it was stored as plain text or with marks. */
export function bulletItemRuns(item: BulletItem): Run[] {
  return typeof item === 'string' ? [{ text: item }] : item.runs;
}

export function bulletItemText(item: BulletItem): string {
  return typeof item === 'string' ? item : item.runs.map((r) => r.text).join('');
}

/** 1 for a "-" item, 2 for a "+" item under it. */
export function bulletItemLevel(item: BulletItem): 1 | 2 {
  return typeof item === 'string' ? 1 : (item.level ?? 1);
}

/** The plainest stored form of a dash item: a string when it has no marks and is level 1. */
export function bulletItem(runs: readonly Run[], level: 1 | 2): BulletItem {
  const marked = runs.some((r) => r.bold || r.italic || r.underline);
  if (!marked && level === 1) return runs.map((r) => r.text).join('');
  return level === 1 ? { runs: [...runs] } : { runs: [...runs], level };
}

/** Every piece of text a block prints: a paragraph, each dash item, the caption and each table cell. */
export function blockTexts(block: Block): string[] {
  if (block.type === 'paragraph') return [paragraphText(block)];
  if (block.type === 'bullets') return block.items.map(bulletItemText);
  return [block.caption ?? '', ...block.header, ...block.rows.flat()];
}

/** Walks the section tree depth-first, parents before children. */
export function* walkSections(sections: readonly SectionNode[]): Generator<SectionNode> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.children);
  }
}
