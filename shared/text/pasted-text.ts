/**
 * Text pasted from Word, a web page or a PDF, made into report blocks: each paragraph its own
 * block, dash or bullet lines a list, old-font text (TCVN3, VNI) converted to Unicode.
 */
import type { Block, BulletItem } from '../report-format/schema';
import { convertLegacy, type LegacyEncoding } from './legacy-encodings';
import { cleanText } from './sanitize';

const BULLET = /^\s*([-–+•·▪●*◦]|\d+[.)])\s+/;
/** "+" (or a hollow bullet) under a dash item is the second level, as reports write it. */
const SECOND_LEVEL = /^\s*[+◦]\s+/;

export interface PastedText {
  blocks: Block[];
  /** The old encoding the text was converted from, to tell the clerk. */
  converted: LegacyEncoding | null;
}

/**
 * `encoding`: known from the pasted HTML's font (.VnTime, VNI-Times); otherwise detected from
 * the text. PDF text often breaks lines inside a paragraph: a line that does not end a sentence
 * is joined to the next.
 */
export function blocksFromPastedText(raw: string, encoding: LegacyEncoding | null = null): PastedText {
  const detected = encoding ? { text: convertLegacy(raw, encoding).text, encoding } : convertLegacy(raw, 'auto');
  const lines = cleanText(detected.text).split('\n').map((l) => l.replace(/\s+$/, ''));
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let bullets: BulletItem[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ').replace(/\s+/g, ' ').trim() });
    paragraph = [];
  };
  const flushBullets = () => {
    if (bullets.length > 0) blocks.push({ type: 'bullets', items: bullets });
    bullets = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flushParagraph();
      flushBullets();
    } else if (BULLET.test(line)) {
      flushParagraph();
      const text = line.replace(BULLET, '').trim();
      bullets.push(SECOND_LEVEL.test(line) && bullets.length > 0 ? { runs: [{ text }], level: 2 } : text);
    } else {
      flushBullets();
      paragraph.push(line.trim());
      // A line ending a sentence ends the paragraph; other line breaks are PDF wrapping.
      if (/[.:;!?…)"”]$/.test(line.trim())) flushParagraph();
    }
  }
  flushParagraph();
  flushBullets();
  return { blocks, converted: detected.encoding };
}
