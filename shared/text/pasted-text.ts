/**
 * Text pasted from Word, a web page or a PDF, made into report blocks: each paragraph its own
 * block, dash or bullet lines a list, old-font text (TCVN3, VNI) converted to Unicode, the
 * letter oi some PDFs give for ư mended.
 */
import { textParagraph, type Block, type DashItem } from '../domain/report';
import { convertLegacy, type LegacyEncoding } from './legacy-encodings';
import { cleanText } from './sanitize';
import { repairPdfLetters } from '../pdf-import/text-layer';

const BULLET = /^\s*([-–+•·▪●*◦]|\d+[.)])\s+/;
/** "+" (or a hollow bullet) under a dash item is the second level, as reports write it. */
const SECOND_LEVEL = /^\s*[+◦]\s+/;

interface PastedText {
  blocks: Block[];
  /** The old encoding the text was converted from, to tell the clerk. */
  converted: LegacyEncoding | null;
}

const ENDS_SENTENCE = /[.:;!?…)"”]$/;
const STARTS_LOWER = /^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ0-9(]/u;

/**
 * Does the text look wrapped at a fixed width, as a PDF's lines are? Most lines that do not end a
 * sentence are then nearly as long as the longest one, and that width is a page column's
 * (40–130 characters). Text from Zalo, an e-mail or Notepad has lines of every length.
 */
function looksWrapped(lines: readonly string[]): { wrapped: boolean; width: number } {
  const open = lines.map((l) => l.trim()).filter((l) => l !== '' && !BULLET.test(l) && !ENDS_SENTENCE.test(l));
  if (open.length < 2) return { wrapped: false, width: 0 };
  const width = Math.max(...open.map((l) => [...l].length));
  const full = open.filter((l) => [...l].length >= 0.85 * width).length;
  return { wrapped: width >= 40 && width <= 130 && full / open.length >= 0.6, width };
}

/**
 * `encoding`: known from the pasted HTML's font (.VnTime, VNI-Times); otherwise detected from
 * the text. Lines are joined only where a PDF broke a paragraph: the line does not end a
 * sentence, and either the next line carries on in lower case or the text is wrapped at a
 * fixed width and this line fills it. Otherwise every line stays a paragraph of its own
 * ("…năng động nhạy bén" / "Việc kiểm tra…" from Zalo or an e-mail).
 */
export function blocksFromPastedText(raw: string, encoding: LegacyEncoding | null = null): PastedText {
  const detected = encoding ? { text: convertLegacy(raw, encoding).text, encoding } : convertLegacy(raw, 'auto');
  // Copied from a PDF whose maker wrote the letter oi for ư ("Thƣơng"): ư again.
  const lines = repairPdfLetters(cleanText(detected.text))
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const { wrapped, width } = looksWrapped(lines);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let bullets: DashItem[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push(textParagraph(paragraph.join(' ').replace(/\s+/g, ' ').trim()));
    paragraph = [];
  };
  const flushBullets = () => {
    if (bullets.length > 0) blocks.push({ type: 'bullets', items: bullets });
    bullets = [];
  };
  lines.forEach((line, i) => {
    const next = lines[i + 1]?.trim() ?? '';
    if (line.trim() === '') {
      flushParagraph();
      flushBullets();
    } else if (BULLET.test(line)) {
      flushParagraph();
      const text = line.replace(BULLET, '').trim();
      bullets.push({ runs: [{ text }], level: SECOND_LEVEL.test(line) && bullets.length > 0 ? 2 : 1 });
    } else {
      flushBullets();
      const text = line.trim();
      paragraph.push(text);
      const carriesOn =
        next !== '' && !BULLET.test(next) && !ENDS_SENTENCE.test(text) && (STARTS_LOWER.test(next) || (wrapped && [...text].length >= 0.85 * width));
      if (!carriesOn) flushParagraph();
    }
  });
  flushParagraph();
  flushBullets();
  return { blocks, converted: detected.encoding };
}

/** A typed dash (or bullet) and its space at the start of a pasted paragraph: a list item's marker. */
const DASH_MARKER = /^\s*[-–—•·▪●◦+]\s+/;

/**
 * Paragraphs of pasted HTML (a web page, a Word file whose lists are typed dashes, not Word
 * lists) that start with a dash are list items, as in pasted plain text: "– " or "- " a dash item,
 * "+ " under one the second level — so the exported list is written "-" and "+" one way, the
 * editor's. Their marks are kept; the marker goes. A dash glued to a figure ("-5%") is no marker.
 */
export function listsFromDashParagraphs(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const first = block.type === 'paragraph' ? block.runs.find((r) => r.text.trim() !== '') : undefined;
    const marker = first ? DASH_MARKER.exec(block.type === 'paragraph' ? block.runs.map((r) => r.text).join('') : '') : null;
    if (block.type !== 'paragraph' || !marker) {
      out.push(block);
      continue;
    }
    // Drop the marker's letters from the runs it spans.
    let drop = marker[0].length;
    const runs = block.runs
      .map((r) => {
        const cut = Math.min(drop, r.text.length);
        drop -= cut;
        return { ...r, text: r.text.slice(cut) };
      })
      .filter((r) => r.text !== '');
    const previous = out.at(-1);
    const list = previous?.type === 'bullets' ? previous : null;
    const level: 1 | 2 = /^\s*[+◦]/.test(marker[0]) && list ? 2 : 1;
    if (list) list.items.push({ runs, level });
    else out.push({ type: 'bullets', items: [{ runs, level }] });
  }
  return out;
}
