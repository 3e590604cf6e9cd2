/**
 * Two keys the report's shape decides (no others: letters and Backspace stay the browser's and
 * the input method's own).
 * - Tab: reports nest dash items one level only, "-" and "+" under it. Tab in a "+" item does
 *   nothing rather than make a third level the Word file could not show; Tab elsewhere in a list
 *   indents as usual, and outside a list it moves focus as in any form.
 * - Shift+Enter: a line break inside a paragraph has no place in the report (each paragraph is
 *   one block), and left to the browser the two lines would run together; it starts a new
 *   paragraph or item, as Enter does.
 */
import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';

/** How many lists the cursor sits in: 0 outside, 1 in a "-" item, 2 in a "+" item. */
export function listDepth(state: EditorState): number {
  const { $from } = state.selection;
  let depth = 0;
  for (let d = $from.depth; d > 0; d -= 1) if ($from.node(d).type.name === 'bulletList') depth += 1;
  return depth;
}

export const ReportKeys = Extension.create({
  name: 'reportKeys',
  // Before ListItem's own Tab (sink).
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Tab: () => listDepth(this.editor.state) >= 2,
      'Shift-Enter': () => this.editor.commands.first(({ commands }) => [() => commands.splitListItem('listItem'), () => commands.splitBlock()]),
    };
  },
});
