/**
 * Last period's figures still standing in this period's report. "Tạo kỳ sau" carries each part's
 * text over as it was, to be rewritten; a paragraph (or dash item) still word for word as last
 * period's holds last period's figures — the commonest slip of a report made from the previous
 * one is a figure nobody updated. Such paragraphs are found by comparing with last period's part,
 * so a paragraph stops counting the moment the clerk touches it.
 */
import { blockTexts, type Block, type SectionNode } from './report';

/** A paragraph's text as compared: spacing and composition do not count. */
export const carriedKey = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The paragraphs and dash items of last period's part, as compared. */
export function previousTexts(previous: SectionNode | null): Set<string> {
  const out = new Set<string>();
  for (const block of previous?.blocks ?? [])
    if (block.type === 'paragraph' || block.type === 'bullets') for (const t of blockTexts(block)) out.add(carriedKey(t));
  return out;
}

/**
 * Where the figures of a text stand: numbers ("257.942", "96%", "1,5"), not the numbers that
 * name a date, a year or a document ("ngày 05", "tháng 4", "năm 2025", "số 12", "Quyết định 15/QĐ").
 */
export function figureRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/\d[\d.,]*\d%?|\d%?/g)) {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(start + match[0].length, start + match[0].length + 2);
    if (/(?:ngày|tháng|năm|quý|số|khóa|khoá|lần|Điều|khoản)\s*$/iu.test(before) || /^[/-]/.test(after) || /[/-]$/.test(before)) continue;
    out.push({ start, end: start + match[0].length });
  }
  return out;
}

/** How many paragraphs of `blocks` are still last period's word for word and hold figures. */
export function carriedFigureCount(blocks: readonly Block[], previous: Set<string>): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'bullets') continue;
    for (const text of blockTexts(block)) if (previous.has(carriedKey(text)) && figureRanges(text).length > 0) count += 1;
  }
  return count;
}
