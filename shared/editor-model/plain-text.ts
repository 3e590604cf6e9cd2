/**
 * The plain-text form of a run of paragraphs and dash lists, for the plain editor (a textarea,
 * the fallback for a machine whose input method misbehaves in the rich editor). One line per
 * paragraph; a line starting "- " is a dash item and "+ " an item under it — as clerks type
 * them by hand anyway.
 *
 * Printing a parse gives back the very text typed (so the textarea's value never changes under
 * the input method), and a line whose words did not change keeps the bold, italic and
 * underline it had, and its centring.
 */
import { marked, paragraphText } from '../domain/report';
import type { DashItem, Run } from '../domain/report';
import type { TextBlock } from './doc-blocks';

const DASH = '- ';
const PLUS = '+ ';

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

export function blocksToPlain(blocks: readonly TextBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') lines.push(paragraphText(block));
    else for (const item of block.items) lines.push((item.level === 2 ? PLUS : DASH) + runsText(item.runs));
  }
  return lines.join('\n');
}

/** The marked runs of earlier lines, by kind and text, to give back to lines left as they were. */
function marksByLine(previous: readonly TextBlock[]): Map<string, Run[][]> {
  const byLine = new Map<string, Run[][]>();
  const keep = (key: string, runs: Run[]) => {
    if (!marked(runs)) return;
    byLine.set(key, [...(byLine.get(key) ?? []), runs]);
  };
  for (const block of previous) {
    if (block.type === 'paragraph') keep(`p ${runsText(block.runs)}`, block.runs);
    else for (const item of block.items) keep(`${item.level} ${runsText(item.runs)}`, item.runs);
  }
  return byLine;
}

export function plainToBlocks(text: string, previous: readonly TextBlock[] = []): TextBlock[] {
  const marks = marksByLine(previous);
  const runsFor = (key: string, text: string): Run[] => marks.get(key)?.shift() ?? [{ text }];
  const centred = previous.flatMap((b) => (b.type === 'paragraph' && b.align ? [runsText(b.runs)] : []));
  const blocks: TextBlock[] = [];
  for (const line of text.split('\n')) {
    const level = line.startsWith(DASH) ? 1 : line.startsWith(PLUS) ? 2 : 0;
    if (level === 0) {
      const at = centred.indexOf(line);
      if (at >= 0) centred.splice(at, 1);
      blocks.push({ type: 'paragraph', runs: runsFor(`p ${line}`, line), ...(at >= 0 ? { align: 'center' as const } : {}) });
      continue;
    }
    const words = line.slice(2);
    const item: DashItem = { runs: runsFor(`${level} ${words}`, words), level: level as 1 | 2 };
    const last = blocks[blocks.length - 1];
    if (last?.type === 'bullets') last.items.push(item);
    else blocks.push({ type: 'bullets', items: [item] });
  }
  return blocks;
}
