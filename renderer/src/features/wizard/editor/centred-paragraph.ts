/**
 * The editor's paragraph, which may be set in the middle of the page — as a quyết định sets its
 * thẩm quyền line and "QUYẾT ĐỊNH:", or a guide its sample layouts. Stored as the report format's
 * `align: 'center'` (doc-blocks.ts); Ctrl+E toggles it, as in Word.
 */
import Paragraph from '@tiptap/extension-paragraph';
import type { Editor } from '@tiptap/core';

export const isCentred = (editor: Editor) => editor.isActive('paragraph', { align: 'center' });

/** Centres the paragraphs of the selection, or sets them back to the page's justified text. */
export const toggleCentred = (editor: Editor) =>
  editor
    .chain()
    .focus()
    .updateAttributes('paragraph', { align: isCentred(editor) ? null : 'center' })
    .run();

export const CentredParagraph = Paragraph.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      align: {
        default: null,
        parseHTML: (el: HTMLElement) => (el.style.textAlign === 'center' ? 'center' : null),
        renderHTML: (attrs: { align?: string | null }) => (attrs.align === 'center' ? { style: 'text-align: center; text-indent: 0' } : {}),
      },
    };
  },
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      // A dash item is never centred: the key does nothing there.
      'Mod-e': () => !this.editor.isActive('bulletList') && toggleCentred(this.editor),
    };
  },
});
