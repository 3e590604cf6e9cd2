/**
 * Reports nest dash items one level only: "-" and "+" under it. Tab in a "+" item does nothing
 * (rather than making a third level the Word file could not show); Tab elsewhere in a list
 * indents as usual, and outside a list it moves focus as in any form.
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

export const TwoListLevels = Extension.create({
  name: 'twoListLevels',
  // Before ListItem's own Tab (sink).
  priority: 1000,
  addKeyboardShortcuts() {
    return { Tab: () => listDepth(this.editor.state) >= 2 };
  },
});
