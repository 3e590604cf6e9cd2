/**
 * Reading what the clipboard holds when a clerk pastes into a paragraph: from HTML (Word, web
 * pages) the paragraphs, list items and tables, and whether the text was set in an old
 * Vietnamese font; styles, fonts, colours, images and Office markup are left behind.
 */
import type { Block } from '../../../../../shared/domain/report';
import { convertLegacy, encodingOfFont, type LegacyEncoding } from '../../../../../shared/text/legacy-encodings';
import { blocksFromPastedText } from '../../../../../shared/text/pasted-text';

export interface Pasted {
  blocks: Block[];
  converted: LegacyEncoding | null;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'TR', 'BR']);

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

/** Text of the HTML with a blank line between block elements and "- " before list items. */
function textOf(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT' || node.tagName === 'TITLE' || node.tagName === 'IMG') return;
  const block = BLOCK_TAGS.has(node.tagName);
  if (block) out.push('\n');
  if (node.tagName === 'LI') out.push('- ');
  node.childNodes.forEach((child) => textOf(child, out));
  if (block) out.push('\n');
}

export function readPaste(html: string, plain: string): Pasted {
  if (html.trim() === '') return blocksFromPastedText(plain);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The font names the encoding; without one, the text as a whole tells.
  const encoding = fontEncoding(doc) ?? convertLegacy(doc.body.textContent ?? '', 'auto').encoding;
  const blocks: Block[] = [];
  let converted: LegacyEncoding | null = null;
  let pending: string[] = [];
  const flushText = () => {
    const text = pending.join('').replace(/\n{2,}/g, '\n');
    pending = [];
    if (text.trim() === '') return;
    const result = blocksFromPastedText(text.split('\n').map((l) => l.trim()).join('\n\n').replace(/\n\n(?=- )/g, '\n'), encoding);
    converted = converted ?? result.converted;
    blocks.push(...result.blocks);
  };
  const walk = (node: Node) => {
    if (node instanceof HTMLTableElement) {
      flushText();
      blocks.push(tableBlock(node, encoding));
      converted = converted ?? encoding;
      return;
    }
    if (node instanceof HTMLElement && node.querySelector('table')) node.childNodes.forEach(walk);
    else textOf(node, pending);
  };
  doc.body.childNodes.forEach(walk);
  flushText();
  return { blocks, converted };
}

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI-Windows (VNI-Times)' };
