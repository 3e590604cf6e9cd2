/**
 * How the word model compares syllables: lower case, NFC, tone marks where the "new" style puts
 * them (hoà and hòa are one word) and y where i/y is a free choice (kĩ and kỹ are one word), so a
 * document in either style meets the same vocabulary.
 */
import { iyVariant } from '../spelling-variants';
import { restyleWord } from '../syllable';

// Vietnamese has no special case rules, so the plain (much faster) toLowerCase is exact here.
const keys = new Map<string, string>();
export function wordKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = iyVariant(restyleWord(word.normalize('NFC').toLowerCase(), 'new'), 'y');
    if (keys.size >= 50_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Syllables (letters, with their marks) as the word model counts them. */
export const SYLLABLE_TOKEN = /[\p{L}\p{M}]+/gu;
