/**
 * Where the clerk's cursor last was in each part: "Chép" beside the units' texts or last period's
 * pastes there — into the part's editor, as paragraphs of their own after the one the cursor is in,
 * one undo step — not at the end of some other editor. A part whose editor has not had the cursor takes the copy at its end.
 */
import type { EditorView } from '@tiptap/pm/view';
import type { Block } from '#shared/domain/report';
import { isTextBlock } from '#shared/editor-model/doc-blocks';
import { insertBlocksAfterCaret } from './paste-into-editor';

/** A part's last focused editor; one closed since is skipped (its view is destroyed). */
const lastCaret = new Map<string, EditorView>();

export function rememberCaret(partKey: string, view: EditorView): void {
  lastCaret.set(partKey, view);
}

/** Inserts text blocks at the part's last caret; false when there is none (the caller appends them). */
export function insertAtCaret(partKey: string, blocks: readonly Block[]): boolean {
  const view = lastCaret.get(partKey);
  if (!view || view.isDestroyed || !blocks.every(isTextBlock)) return false;
  insertBlocksAfterCaret(view, [...blocks]);
  view.focus();
  return true;
}
