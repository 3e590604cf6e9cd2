/**
 * The rich editor's document (ProseMirror JSON, as TipTap gives it) to the report format's
 * blocks and back. The editor holds a run of paragraphs and dash lists; what is stored is the
 * same `paragraph` and `bullets` blocks the exporter, the checker and report files use, so the
 * editor adds nothing the format cannot carry: bold, italic, underline, a centred paragraph, a
 * "+" level under a "-" item, and footnotes (an inline `footnote` node holding the note's text, standing where its
 * number stands: right after the run it belongs to). Pure JSON in, JSON out, so it is unit-tested
 * without a browser.
 */
import { appendRun, blockHasContent } from '../domain/report';
import type { Block, DashItem, Run } from '../domain/report';

/** The subset of ProseMirror's JSON that the editor's schema produces (compatible with TipTap's JSONContent). */
export interface DocNode {
  type: string;
  text?: string;
  marks?: { type: string }[];
  content?: DocNode[];
  attrs?: Record<string, unknown>;
}

export type TextBlock = Extract<Block, { type: 'paragraph' | 'bullets' }>;

const MARKS = ['bold', 'italic', 'underline'] as const;

// ---------- blocks → document ----------

function textNodes(runs: readonly Run[]): DocNode[] {
  return runs.flatMap((r) => {
    const marks = MARKS.filter((m) => r[m]).map((type) => ({ type }));
    const text = r.text === '' ? [] : [marks.length > 0 ? { type: 'text', text: r.text, marks } : { type: 'text', text: r.text }];
    return r.footnote ? [...text, footnoteNode(r.footnote)] : text;
  });
}

export const footnoteNode = (text: string): DocNode => ({ type: 'footnote', attrs: { text } });

function paragraphNode(runs: readonly Run[], align?: 'center'): DocNode {
  const content = textNodes(runs);
  return { type: 'paragraph', ...(align ? { attrs: { align } } : {}), ...(content.length > 0 ? { content } : {}) };
}

function listItemNode(item: DashItem, children: DocNode[]): DocNode {
  const content = [paragraphNode(item.runs)];
  if (children.length > 0) content.push({ type: 'bulletList', content: children });
  return { type: 'listItem', content };
}

/** A flat list of "-" and "+" items as a list whose "-" items hold their "+" items. */
const EMPTY_ITEM: DashItem = { runs: [], level: 1 };

function bulletListNode(items: readonly DashItem[]): DocNode {
  const top: DocNode[] = [];
  let pending: { item: DashItem; children: DocNode[] } | null = null;
  const close = () => {
    if (pending) top.push(listItemNode(pending.item, pending.children));
    pending = null;
  };
  for (const item of items) {
    if (item.level === 2) {
      // A "+" item with no "-" before it hangs under an empty "-" item (printed as nothing).
      pending ??= { item: EMPTY_ITEM, children: [] };
      pending.children.push(listItemNode(item, []));
    } else {
      close();
      pending = { item, children: [] };
    }
  }
  close();
  return { type: 'bulletList', content: top.length > 0 ? top : [listItemNode(EMPTY_ITEM, [])] };
}

export function blocksToDoc(blocks: readonly TextBlock[]): DocNode {
  const content = blocks.map((block) => (block.type === 'paragraph' ? paragraphNode(block.runs, block.align) : bulletListNode(block.items)));
  // ProseMirror needs one block at least: an empty part opens on an empty paragraph.
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

// ---------- document → blocks ----------

function runsOf(node: DocNode | undefined): Run[] {
  const runs: Run[] = [];
  for (const child of node?.content ?? []) {
    const last = runs[runs.length - 1];
    if (child.type === 'footnote') {
      const note = typeof child.attrs?.text === 'string' ? child.attrs.text : '';
      if (note === '') continue;
      // The note goes with the text before it; two in a row, or one at the start, stand on their own.
      if (last && !last.footnote) last.footnote = note;
      else runs.push({ text: '', footnote: note });
      continue;
    }
    // A hard break (if one ever arrives) is a space: paragraphs in the format are one line each.
    const text = child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? ' ' : '';
    if (text === '') continue;
    const run: Run = { text };
    for (const mark of child.marks ?? []) if ((MARKS as readonly string[]).includes(mark.type)) run[mark.type as (typeof MARKS)[number]] = true;
    appendRun(runs, run);
  }
  return runs;
}

/** A paragraph's runs; an empty paragraph is one empty run, as plain text would be. */
function paragraphBlock(runs: Run[], align?: unknown): TextBlock {
  return { type: 'paragraph', runs: runs.length > 0 ? runs : [{ text: '' }], ...(align === 'center' ? { align } : {}) };
}

/** Paragraphs of one list item joined by a space (an item is one line in the report). */
function itemRuns(listItem: DocNode): Run[] {
  const paragraphs = (listItem.content ?? []).filter((n) => n.type === 'paragraph');
  return paragraphs.flatMap((p, i) => (i === 0 ? runsOf(p) : [{ text: ' ' }, ...runsOf(p)]));
}

/** Items of a list, depth first; anything deeper than "+" is kept as "+". */
function listItems(list: DocNode, level: 1 | 2, out: DashItem[]): void {
  for (const listItem of list.content ?? []) {
    if (listItem.type !== 'listItem') continue;
    const runs = itemRuns(listItem);
    out.push({ runs: runs.length > 0 ? runs : [{ text: '' }], level });
    for (const nested of listItem.content ?? []) if (nested.type === 'bulletList' || nested.type === 'orderedList') listItems(nested, 2, out);
  }
}

/** The block one top-level node of the document makes (null for anything else). */
export function topLevelBlock(node: DocNode): TextBlock | null {
  if (node.type === 'paragraph' || node.type === 'heading') return paragraphBlock(runsOf(node), node.attrs?.align);
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const items: DashItem[] = [];
    listItems(node, 1, items);
    return { type: 'bullets', items };
  }
  return null;
}

/** Blocks of the top-level nodes, in order; two lists in a row (split by an empty item) are one block again. */
export function assembleBlocks(pieces: Iterable<TextBlock | null>): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const piece of pieces) {
    if (!piece) continue;
    const previous = blocks[blocks.length - 1];
    if (piece.type === 'bullets' && previous?.type === 'bullets') blocks[blocks.length - 1] = { type: 'bullets', items: [...previous.items, ...piece.items] };
    else blocks.push(piece);
  }
  return blocks;
}

export function docToBlocks(doc: DocNode): TextBlock[] {
  return assembleBlocks((doc.content ?? []).map(topLevelBlock));
}

/** True for the blocks a rich editor holds (paragraphs and dash lists); tables have their own grid. */
export function isTextBlock(block: Block): block is TextBlock {
  return block.type === 'paragraph' || block.type === 'bullets';
}

/**
 * True when two lists hold the very same block objects: an editor's own edit comes back to it
 * this way (the part is re-sliced around unchanged objects), so no content comparison is needed.
 */
export function sameBlockObjects(a: readonly Block[], b: readonly Block[]): boolean {
  return a.length === b.length && a.every((block, i) => block === b[i]);
}

/**
 * True when `after` is `before` with blocks added at the end (an example paragraph inserted):
 * such an outside change can be one undo step, since no text moved anywhere else. An empty
 * part (nothing but empty paragraphs) counts as nothing before.
 */
export function isAppendOf(before: readonly Block[], after: readonly Block[]): boolean {
  const kept = before.filter(blockHasContent);
  if (after.length <= kept.length) return false;
  return kept.every((block, i) => JSON.stringify(block) === JSON.stringify(after[i]));
}
