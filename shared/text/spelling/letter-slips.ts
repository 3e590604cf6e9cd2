/**
 * For a word real text never uses ("truiền", "khuyếc", "Buyện"): the known syllables one letter
 * away — a letter wrong, missing, doubled or swapped with its neighbour — keeping the marks that
 * were typed. Only unknown words are searched this way: a known syllable one letter away from
 * another is left to the confusion sets, where the evidence is clearer.
 */
import { foldVietnamese } from '../fold';
import type { Vocabulary } from '../words/vocabulary';
import { memoized } from './memo';
import { placedKey } from './place-tone';

/** The longest Vietnamese syllable has seven letters (nghiêng): a longer word is one slip from none. */
const MAX_LETTERS = 8;

/** A wrong, missing or extra letter: rarer than a lost mark. */
export const LETTER_SLIP_COST = Math.log(2000);

const LETTERS = [...'abcdđeghiklmnopqrstuvxyăâêôơư'];
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The letters with the typed tone mark after the first one: `place` moves it where it belongs. */
const withTone = (letters: string[], tone: string) => (letters.length === 0 ? '' : `${letters[0]}${tone}${letters.slice(1).join('')}`.normalize('NFC'));

export function letterSlips(words: Vocabulary, key: string, place: (w: string) => string | null): string[] {
  const nfd = key.normalize('NFD');
  const tone = TONES.exec(nfd)?.[0] ?? '';
  const letters = [...nfd.replace(TONES, '').normalize('NFC')];
  if (letters.length > MAX_LETTERS) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  const consider = (candidate: string[]) => {
    // Most edits spell letters no syllable has: skip them before placing a tone (the costly part).
    if (words.sameLetters(foldVietnamese(candidate.join(''))).length === 0) return;
    const placed = candidate.length === 0 ? null : place(withTone(candidate, tone));
    if (!placed || placed === key || seen.has(placed)) return;
    seen.add(placed);
    if (words.knownSyllable(placed)) out.push(placed);
  };
  for (let i = 0; i < letters.length; i += 1) {
    consider([...letters.slice(0, i), ...letters.slice(i + 1)]);
    for (const l of LETTERS) if (l !== letters[i]) consider([...letters.slice(0, i), l, ...letters.slice(i + 1)]);
    if (i + 1 < letters.length) consider([...letters.slice(0, i), letters[i + 1] as string, letters[i] as string, ...letters.slice(i + 2)]);
  }
  for (let i = 0; i <= letters.length; i += 1) for (const l of LETTERS) consider([...letters.slice(0, i), l, ...letters.slice(i)]);
  return out;
}

/** The known syllables one letter away from a known syllable, each placed as the vocabulary keys it (searched once per syllable: texts repeat their words). */
export const knownLetterSlips = memoized((key: string, words: Vocabulary): readonly string[] => letterSlips(words, key, placedKey));
