/**
 * One tone-mark style per document: "new" (hòa, khỏe, thủy — as official documents print
 * CỘNG HÒA) or "old" (hoà, khoẻ, thuỷ). Only oa, oe, uy without a final consonant differ.
 * Proper names keep the spelling their owners use: a capitalised word inside a sentence is
 * left as it is, unless with a neighbour it makes a common word of the lexicon (the "Ủy ban" of
 * "Thường trực Ủy ban", a "Tọa đàm" after a list dash) — an institution's name, written in the
 * unit's style like the rest of the text; place names (Khánh Hòa) are not lexicon words.
 */
import { restyleWord, type ToneStyle } from './syllable';
import { vocabulary } from './words/vocabulary';

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

function isName(text: string, index: number, word: string, neighbours: { before?: string; after?: string }): boolean {
  const first = word[0] ?? '';
  if (first === first.toLocaleLowerCase('vi-VN')) return false;
  if (word === word.toLocaleUpperCase('vi-VN') && [...word].length > 1) return false; // CỘNG HÒA: a heading, not a name
  // What opens a sentence, a line or a list item ("- Tọa đàm…") is capitalised for that reason alone.
  const before = text.slice(0, index).replace(/[\s"“'(«]+$/u, '');
  if (before === '' || /[.!?:;\n]$/.test(before) || /(^|\n)[ \t]*[-–—+•*]$/u.test(before)) return false;
  const words = vocabulary();
  const lower = word.toLocaleLowerCase('vi-VN');
  const low = (w: string | undefined) => (w === undefined ? undefined : w.toLocaleLowerCase('vi-VN'));
  const [left, right] = [low(neighbours.before), low(neighbours.after)];
  return !((left !== undefined && words.wordWeight(left, lower) > 0) || (right !== undefined && words.wordWeight(lower, right) > 0));
}

export function restyleText(text: string, style: ToneStyle): string {
  const nfc = text.normalize('NFC');
  const matches = [...nfc.matchAll(WORD)];
  // Neighbours one space apart, as the lexicon's words are written.
  const neighbour = (i: number, step: -1 | 1) => {
    const m = matches[i];
    const other = matches[i + step];
    if (!m || !other) return undefined;
    const gap = step === 1 ? nfc.slice(m.index + m[0].length, other.index) : nfc.slice(other.index + other[0].length, m.index);
    return gap === ' ' ? other[0] : undefined;
  };
  let out = '';
  let at = 0;
  matches.forEach((m, i) => {
    const word = m[0];
    out += nfc.slice(at, m.index) + (isName(nfc, m.index, word, { before: neighbour(i, -1), after: neighbour(i, 1) }) ? word : restyleWord(word, style));
    at = m.index + word.length;
  });
  return out + nfc.slice(at);
}
