/**
 * Reading what the clipboard holds when a clerk pastes into the editor: from HTML (Word, web
 * pages) the paragraphs, list items and tables, and whether the text was set in an old
 * Vietnamese font; styles, fonts, colours, images and Office markup are left behind.
 */
import type { Block, BulletItem, Run } from '#shared/domain/report';
import { convertLegacy, encodingOfFont, type LegacyEncoding } from '#shared/text/legacy-encodings';
import { blocksFromPastedText, listsFromDashParagraphs } from '#shared/text/pasted-text';
import { cleanText } from '#shared/text/sanitize';

interface Pasted {
  blocks: Block[];
  converted: LegacyEncoding | null;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'BR', 'SECTION', 'ARTICLE']);

function fontEncoding(doc: Document): LegacyEncoding | null {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[style*="font-family"], font[face]'))) {
    const families = (el.getAttribute('face') ?? el.style.fontFamily ?? '').split(',');
    for (const family of families) {
      const encoding = encodingOfFont(family);
      if (encoding) return encoding;
    }
  }
  return null;
}

function tableBlock(table: HTMLTableElement, encoding: LegacyEncoding | null): Block {
  const cellText = (cell: HTMLTableCellElement) => {
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    return encoding ? convertLegacy(text, encoding).text : text;
  };
  const rows = Array.from(table.rows).map((row) => Array.from(row.cells).map(cellText));
  const [header = [''], ...body] = rows;
  return { type: 'table', header, rows: body };
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The marks an element adds: tags (b, strong, i, em, u) and Word's inline styles. */
function marksOf(el: HTMLElement, inherited: Marks): Marks {
  const tag = el.tagName;
  const style = el.style;
  const weight = style.fontWeight;
  return {
    bold: inherited.bold || tag === 'B' || tag === 'STRONG' || weight === 'bold' || Number(weight) >= 600 || undefined,
    italic: inherited.italic || tag === 'I' || tag === 'EM' || style.fontStyle === 'italic' || undefined,
    underline: inherited.underline || tag === 'U' || style.textDecoration.includes('underline') || style.textDecorationLine?.includes('underline') || undefined,
  };
}

const SKIP = new Set(['STYLE', 'SCRIPT', 'TITLE', 'IMG', 'META', 'LINK', 'svg']);
const LIST_ITEM = 'LI';

interface Collector {
  blocks: Block[];
  runs: Run[];
  bullets: BulletItem[];
  /** How many lists the walk is inside: an item in a list inside a list is a "+" item. */
  listDepth: number;
}

function flushRuns(c: Collector): void {
  const runs = c.runs.filter((r) => r.text !== '');
  c.runs = [];
  const text = runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return;
  // Trim the outer spaces of the paragraph while keeping the runs.
  runs[0] = { ...runs[0]!, text: runs[0]!.text.replace(/^\s+/, '') };
  runs[runs.length - 1] = { ...runs[runs.length - 1]!, text: runs[runs.length - 1]!.text.replace(/\s+$/, '') };
  c.blocks.push({ type: 'paragraph', runs: runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') })) });
}

function flushBullets(c: Collector): void {
  if (c.bullets.length > 0) c.blocks.push({ type: 'bullets', items: c.bullets });
  c.bullets = [];
}

/** One list item: its own words (with their marks) as a dash or "+" item, then any list nested in it. */
function walkListItem(node: HTMLElement, marks: Marks, c: Collector, encoding: LegacyEncoding | null): void {
  const own: Collector = { blocks: [], runs: [], bullets: [], listDepth: c.listDepth };
  const nested: Node[] = [];
  node.childNodes.forEach((child) =>
    child instanceof HTMLElement && (child.tagName === 'UL' || child.tagName === 'OL') ? nested.push(child) : walkHtml(child, marks, own, encoding),
  );
  // Web pages often wrap an item's words in a <p>: those arrive as paragraphs of the inner walk.
  const inner = own.blocks.flatMap((b): Run[] => (b.type === 'paragraph' ? [...b.runs, { text: ' ' }] : []));
  const runs = [...inner, ...own.runs].filter((r) => r.text !== '').map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  const text = runs
    .map((r) => r.text)
    .join('')
    .trim();
  if (text !== '') {
    if (runs[0]) runs[0] = { ...runs[0], text: runs[0].text.replace(/^\s+/, '') };
    const last = runs[runs.length - 1];
    if (last) runs[runs.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
    c.bullets.push({ runs: runs.filter((r) => r.text !== ''), level: c.listDepth >= 2 && c.bullets.length > 0 ? 2 : 1 });
  }
  nested.forEach((list) => walkHtml(list, marks, c, encoding));
}

function walkHtml(node: Node, marks: Marks, c: Collector, encoding: LegacyEncoding | null): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const raw = node.textContent ?? '';
    const text = encoding ? convertLegacy(raw, encoding).text : raw;
    c.runs.push({ text, ...marks });
    return;
  }
  if (!(node instanceof HTMLElement) || SKIP.has(node.tagName)) return;
  // Word writes a list item as a paragraph styled "mso-list: l0 level2 …" whose marker ("-", "·",
  // "o") sits in a span styled "mso-list: Ignore": drop the marker, keep the level.
  const msoList = /mso-list:\s*([^;"']+)/i.exec(node.getAttribute('style') ?? '')?.[1] ?? '';
  if (/^ignore/i.test(msoList)) return;
  const wordLevel = /level(\d)/i.exec(msoList)?.[1];
  if (wordLevel && node.tagName === 'P') {
    flushRuns(c);
    c.listDepth += Number(wordLevel);
    walkListItem(node, marks, c, encoding);
    c.listDepth -= Number(wordLevel);
    return;
  }
  if (node instanceof HTMLTableElement) {
    flushRuns(c);
    flushBullets(c);
    c.blocks.push(tableBlock(node, encoding));
    return;
  }
  if (node.tagName === LIST_ITEM) {
    flushRuns(c);
    walkListItem(node, marks, c, encoding);
    return;
  }
  if (node.tagName === 'UL' || node.tagName === 'OL') {
    flushRuns(c);
    c.listDepth += 1;
    node.childNodes.forEach((child) => walkHtml(child, marks, c, encoding));
    c.listDepth -= 1;
    return;
  }
  const block = BLOCK_TAGS.has(node.tagName);
  if (block) {
    flushRuns(c);
    flushBullets(c);
  }
  const inner = marksOf(node, marks);
  node.childNodes.forEach((child) => walkHtml(child, inner, c, encoding));
  if (block) flushRuns(c);
}

export function readPaste(html: string, plain: string): Pasted {
  if (html.trim() === '') return blocksFromPastedText(plain);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The font names the encoding; without one, the text as a whole tells.
  const encoding = fontEncoding(doc) ?? convertLegacy(doc.body.textContent ?? '', 'auto').encoding;
  const collector: Collector = { blocks: [], runs: [], bullets: [], listDepth: 0 };
  doc.body.childNodes.forEach((child) => walkHtml(child, {}, collector, encoding));
  flushRuns(collector);
  flushBullets(collector);
  return { blocks: listsFromDashParagraphs(collector.blocks.map((b) => (b.type === 'paragraph' ? cleanParagraph(b) : b))), converted: encoding };
}

/** NFC and no control characters, as everywhere else. */
function cleanParagraph(block: Extract<Block, { type: 'paragraph' }>): Block {
  return { type: 'paragraph', runs: block.runs.map((r) => ({ ...r, text: cleanText(r.text) })) };
}

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI-Windows (VNI-Times)' };
