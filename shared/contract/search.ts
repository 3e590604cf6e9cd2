/** "Tìm trong các báo cáo": what a search asks and what each hit says. */
import type { ProfileId } from '../domain/vocabulary';

export interface SearchQuery {
  /** With or without diacritics: "dau tu" finds "đầu tư". */
  query: string;
  year?: number;
  /** Template id (loại báo cáo). */
  kind?: string;
  profile?: ProfileId;
  /** Words of the period ("quý II", "6 tháng"). */
  period?: string;
  limit?: number;
}

export interface SearchHit {
  reportId: string;
  /** The report's trích yếu. */
  title: string;
  period: string;
  /** The part the words stand in; null for the header, opening, closing or phụ lục. */
  sectionId: string | null;
  /** Its top-level part (the step to open). */
  stepSectionId: string | null;
  /** The part's title. */
  part: string;
  /** The words around the match, from the original text. */
  snippet: string;
  /** Where the match stands in `snippet` ([start, end)). */
  highlight: [number, number];
  /** Spelt exactly as asked (diacritics included); folded matches come after. */
  exact: boolean;
  /** The report is archived (hidden from the list, still found). */
  archived: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The index is still being built (first search after an upgrade or a restore): how far it is. */
  indexing: { indexed: number; total: number } | null;
}
