/**
 * Last period's figures, marked in the editor: in a paragraph still word for word as last
 * period's part wrote it, each figure gets a dotted amber underline and a hint — drawn as
 * decorations (the text is never touched), gone the moment the clerk edits the paragraph.
 */
import { createContext } from 'react';
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { carriedKey, figureRanges } from '#shared/domain/carried-figures';

/** Last period's paragraphs of the part being edited (previousTexts), or null for a report not made from another. */
export const CarriedTextsContext = createContext<ReadonlySet<string> | null>(null);

const CARRIED_FIGURE_HINT = 'Số liệu của kỳ trước — đoạn này chưa sửa từ kỳ trước; hãy cập nhật số liệu kỳ này.';

export const carriedKeyOf = new PluginKey<DecorationSet>('carriedFigures');

function decorate(state: EditorState, texts: ReadonlySet<string> | null): DecorationSet {
  if (!texts || texts.size === 0) return DecorationSet.empty;
  const marks: Decoration[] = [];
  state.doc.descendants((node: PmNode, pos: number) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    if (texts.has(carriedKey(text)) && text.normalize('NFC').length === text.length)
      for (const { start, end } of figureRanges(text))
        marks.push(Decoration.inline(pos + 1 + start, pos + 1 + end, { class: 'figure-carried', title: CARRIED_FIGURE_HINT }));
    return false;
  });
  return DecorationSet.create(state.doc, marks);
}

export const CarriedFigures = Extension.create<{ texts: () => ReadonlySet<string> | null }>({
  name: 'carriedFigures',
  addOptions() {
    return { texts: () => null };
  },
  addProseMirrorPlugins() {
    const { texts } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: carriedKeyOf,
        state: {
          init: (_config, state) => decorate(state, texts()),
          // Worked out again when the text changes, or when last period's text arrives.
          apply: (tr, value, _old, state) => (tr.docChanged || tr.getMeta(carriedKeyOf) ? decorate(state, texts()) : value),
        },
        props: { decorations: (state) => carriedKeyOf.getState(state) ?? DecorationSet.empty },
      }),
    ];
  },
});
