/**
 * A part's blocks as editing areas: each run of paragraphs and lists is one rich-text area, each
 * table its own grid. Pure, so the grouping is unit-tested.
 */
import type { Block } from '../domain/report';
import { isTextBlock, type TextBlock } from './doc-blocks';

/** A run of text blocks (`start` ≤ index < `end`), one table, or one indicator table (each with its own editor). */
export type Segment =
  | { kind: 'text'; start: number; end: number; blocks: TextBlock[] }
  | { kind: 'table'; index: number; block: Extract<Block, { type: 'table' }> }
  | { kind: 'indicators'; index: number; block: Extract<Block, { type: 'indicators' }> };

/** Splits the blocks into editing areas; there is always a text area first and one after a final table. */
export function segmentsOf(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  let text: TextBlock[] = [];
  let start = 0;
  const closeText = (end: number) => {
    segments.push({ kind: 'text', start, end, blocks: text });
    text = [];
  };
  blocks.forEach((block, index) => {
    if (isTextBlock(block)) {
      if (text.length === 0) start = index;
      text.push(block);
    } else {
      // A part that opens with a table still gets somewhere to write before it.
      if (text.length > 0 || index === 0) closeText(index);
      segments.push(
        block.type === 'indicators' ? { kind: 'indicators', index, block } : { kind: 'table', index, block: block as Extract<Block, { type: 'table' }> },
      );
      start = index + 1;
    }
  });
  if (text.length > 0 || segments.length === 0 || segments[segments.length - 1]?.kind !== 'text') {
    if (text.length === 0) start = blocks.length;
    closeText(blocks.length);
  }
  return segments;
}
