/**
 * Marks the top-level paragraphs and lists far from the caret (class "far-from-caret"), so the
 * browser skips their layout on each keystroke in a very long part (see styles.css). The caret's
 * own paragraph and its neighbours are never marked: content-visibility on the paragraph being
 * typed in made Chromium put the first letter of a new paragraph after the rest of the word
 * (Unikey test, 1 run in 3). The marks are node decorations, rebuilt only when the caret has
 * moved several paragraphs, and otherwise mapped through each edit — nothing per keystroke.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Top-level nodes on each side of the caret that are always laid out (a screen and more of report paragraphs). */
const NEAR_CARET = 15;
/** How far the caret may move before the marks are rebuilt. */
const REBUILD_AFTER = 5;

interface FarState {
  center: number;
  set: DecorationSet;
}

const key = new PluginKey<FarState>('farParagraphs');

function caretIndex(state: EditorState): number {
  return state.doc.resolve(Math.min(state.selection.from, state.doc.content.size)).index(0);
}

function build(doc: PmNode, center: number): FarState {
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    if (Math.abs(index - center) > NEAR_CARET) decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'far-from-caret' }));
  });
  return { center, set: DecorationSet.create(doc, decorations) };
}

export const FarParagraphs = Extension.create({
  name: 'farParagraphs',
  addProseMirrorPlugins() {
    return [
      new Plugin<FarState>({
        key,
        state: {
          init: (_config, state) => build(state.doc, caretIndex(state)),
          apply: (tr, previous, _old, state) => {
            const center = caretIndex(state);
            if (Math.abs(center - previous.center) < REBUILD_AFTER && tr.doc.childCount > 2 * NEAR_CARET) {
              return { center: previous.center, set: previous.set.map(tr.mapping, tr.doc) };
            }
            return build(tr.doc, center);
          },
        },
        props: { decorations: (state) => key.getState(state)?.set },
      }),
    ];
  },
});
