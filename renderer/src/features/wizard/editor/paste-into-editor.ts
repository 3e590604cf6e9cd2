/**
 * Paste into the rich editor. Every paste goes through the same reader as before (paste.ts):
 * paragraphs, bold/italic/underline, lists and tables are kept; styles, fonts, colours, images
 * and Office markup are dropped; .VnTime/VNI text is converted. Text and lists go in at the
 * cursor as one undoable step; a table cannot live inside the text, so the part is split there
 * and the table is placed between the two halves.
 */
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { type Block, paragraphText } from '#shared/domain/report';
import { cleanBlocks } from '#shared/report-format/clean-report';
import type { LegacyEncoding } from '#shared/text/legacy-encodings';
import { readPaste } from './read-paste';
import { blocksToDoc, docToBlocks, isTextBlock, type TextBlock } from '#shared/editor-model/doc-blocks';

interface PasteOutcome {
  /** Blocks read from the clipboard (after cleaning). */
  blocks: Block[];
  converted: LegacyEncoding | null;
}

/** The part's text on either side of the selection, as blocks (empty edges dropped). */
export function splitAtSelection(view: EditorView): { before: TextBlock[]; after: TextBlock[] } {
  const { doc, selection } = view.state;
  const trimEmpty = (blocks: TextBlock[]) =>
    blocks.filter((b, i) => !(b.type === 'paragraph' && paragraphText(b) === '' && (i === 0 || i === blocks.length - 1)));
  const side = (node: PmNode) => trimEmpty(docToBlocks(node.toJSON() as Parameters<typeof docToBlocks>[0]));
  return { before: side(doc.cut(0, selection.from)), after: side(doc.cut(selection.to)) };
}

/** Inserts paragraphs and lists at the cursor; the first and last paragraph join the text around them. */
export function insertTextBlocks(view: EditorView, blocks: TextBlock[]): void {
  const { schema } = view.state;
  const nodes = (blocksToDoc(blocks).content ?? []).map((json) => schema.nodeFromJSON(json));
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return;
  const slice = new Slice(Fragment.fromArray(nodes), first.type.name === 'paragraph' ? 1 : 0, last.type.name === 'paragraph' ? 1 : 0);
  view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('uiEvent', 'paste'));
}

/**
 * Reads the clipboard of a paste event. Returns null when nothing could be read (an image
 * alone, say): the paste is then simply ignored rather than letting the browser insert markup.
 */
export function readClipboard(event: ClipboardEvent): PasteOutcome | null {
  const plain = event.clipboardData?.getData('text/plain') ?? '';
  const html = event.clipboardData?.getData('text/html') ?? '';
  const pasted = readPaste(html, plain);
  const blocks = cleanBlocks(pasted.blocks);
  return blocks.length === 0 ? null : { blocks, converted: pasted.converted };
}

export const hasTable = (blocks: readonly Block[]) => blocks.some((b) => !isTextBlock(b));

/** Inserts paragraphs and lists as blocks of their own after the one the cursor is in (a copied paragraph stays a paragraph). */
export function insertBlocksAfterCaret(view: EditorView, blocks: TextBlock[]): void {
  const { schema, selection, doc } = view.state;
  const nodes = (blocksToDoc(blocks).content ?? []).map((json) => schema.nodeFromJSON(json));
  if (nodes.length === 0) return;
  // After the top-level block holding the cursor; an empty paragraph is replaced rather than kept above.
  const $from = selection.$from;
  const top = $from.depth >= 1 ? $from.node(1) : null;
  const empty = top?.type.name === 'paragraph' && top.content.size === 0;
  const from = $from.depth >= 1 ? (empty ? $from.before(1) : $from.after(1)) : doc.content.size;
  const to = empty ? $from.after(1) : from;
  const tr = view.state.tr.replaceWith(from, to, Fragment.fromArray(nodes));
  view.dispatch(tr.scrollIntoView().setMeta('uiEvent', 'paste'));
}
