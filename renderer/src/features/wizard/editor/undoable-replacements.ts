/**
 * Content that replaces a part's text from outside and must still be one Ctrl+Z away — a version
 * brought back from Lịch sử. Other outside replacements (the half of a part moved below a table
 * just inserted, a colleague's save) are not undo steps: Ctrl+Z there would bring back text that
 * now lives elsewhere. The restore marks the blocks it brought; the editor that receives them
 * records the replacement in its undo history.
 */
import type { Block } from '#shared/domain/report';

const undoable = new WeakSet<Block>();

export function markUndoableReplacement(blocks: readonly Block[]): void {
  for (const block of blocks) undoable.add(block);
}

export function isUndoableReplacement(blocks: readonly Block[]): boolean {
  return blocks.some((block) => undoable.has(block));
}
