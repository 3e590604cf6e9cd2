/**
 * One tone-mark style per document: "new" (hòa, khỏe, thủy — as official documents print
 * CỘNG HÒA) or "old" (hoà, khoẻ, thuỷ). Only oa, oe, uy without a final consonant differ.
 * Proper names keep the spelling their owners use: a capitalised word inside a sentence is
 * left as it is.
 */
import { parseSyllable, tonePlacement, withToneAt, type ToneStyle } from './syllable';

/** The word in the given style, or the word itself when it is not a syllable or has no choice. */
export function restyleWord(word: string, style: ToneStyle): string {
  const s = parseSyllable(word);
  if (!s || s.tone === 'level' || s.tonePosition === null) return word;
  const target = tonePlacement(s, style);
  const other = tonePlacement(s, style === 'new' ? 'old' : 'new');
  // Only move a mark that sits where the other style puts it; anything else is a typo, not a style.
  if (target === s.tonePosition || s.tonePosition !== other) return word;
  return withToneAt(s.base, s.tone, target, word);
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

function isName(text: string, index: number, word: string): boolean {
  const first = word[0] ?? '';
  if (first === first.toLocaleLowerCase('vi-VN')) return false;
  if (word === word.toLocaleUpperCase('vi-VN') && [...word].length > 1) return false; // CỘNG HÒA: a heading, not a name
  const before = text.slice(0, index).replace(/[\s"“'(«]+$/u, '');
  return before !== '' && !/[.!?:;\n]$/.test(before);
}

export function restyleText(text: string, style: ToneStyle): string {
  const nfc = text.normalize('NFC');
  return nfc.replace(WORD, (word, index: number) => (isName(nfc, index, word) ? word : restyleWord(word, style)));
}
