/**
 * A footnote (chú thích cuối trang) in the rich editor: an inline atom holding the note's text,
 * standing where its number stands. On screen it is a raised number (a CSS counter: 1, 2, 3 in
 * this editing area; the Word file numbers the whole report) with the note as its tooltip;
 * clicking it selects it, and "Chú thích" in the toolbar (or Ctrl+Alt+F, Word's own key) opens
 * the note's form. doc-blocks.ts maps it to the report format's `footnote` of the run before it.
 */
import { Node, type Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { NodeSelection } from '@tiptap/pm/state';

/** What Ctrl+Alt+F opens: the toolbar of the editor sets it (the form lives there). */
interface FootnoteStorage {
  openForm: (() => void) | null;
}

export const Footnote = Node.create<object, FootnoteStorage>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-footnote') ?? '',
        renderHTML: (attrs: { text?: string }) => ({ 'data-footnote': attrs.text ?? '', title: `Chú thích: ${attrs.text ?? ''}` }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },
  addStorage() {
    return { openForm: null };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-f': () => {
        this.storage.openForm?.();
        return this.storage.openForm !== null;
      },
    };
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', { ...HTMLAttributes, class: 'footnote-mark', 'aria-label': `Chú thích: ${String(HTMLAttributes['data-footnote'] ?? '')}` }];
  },
});

/** Has Ctrl+Alt+F in `editor` call `open`, until the returned function is called. */
export function onFootnoteKey(editor: Editor, open: () => void): () => void {
  const storage = (editor.storage as unknown as Record<string, FootnoteStorage | undefined>).footnote;
  if (!storage) return () => undefined;
  storage.openForm = open;
  return () => {
    storage.openForm = null;
  };
}

/** The footnote the selection is on (clicked), with where it stands; null otherwise. */
export function selectedFootnote(state: EditorState): { pos: number; text: string } | null {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.node.type.name === 'footnote')
    return { pos: selection.from, text: String(selection.node.attrs.text ?? '') };
  return null;
}
