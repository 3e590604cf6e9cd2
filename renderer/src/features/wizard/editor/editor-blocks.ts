/**
 * The editor's document as report blocks, on every keystroke — so it must cost little in a
 * 90-page part. ProseMirror keeps every unchanged node the same object from one version of the
 * document to the next, so each top-level node's block is remembered by node: a keystroke
 * converts the one paragraph it changed, and unchanged paragraphs keep their block objects.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { assembleBlocks, topLevelBlock, type DocNode, type TextBlock } from '#shared/editor-model/doc-blocks';

export function editorBlocks(doc: PmNode, cache: WeakMap<PmNode, TextBlock | null>): TextBlock[] {
  const pieces: (TextBlock | null)[] = [];
  doc.forEach((node) => {
    let block = cache.get(node);
    if (block === undefined) {
      block = topLevelBlock(node.toJSON() as DocNode);
      cache.set(node, block);
    }
    pieces.push(block);
  });
  return assembleBlocks(pieces);
}
