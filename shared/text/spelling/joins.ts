/**
 * Spaces in the wrong place: two words run together ("côngtác", "chotrưởng", "viênThành") and one
 * word broken in two ("độ ng lực", "tri ển khai"). Both are only suggested where the mended words
 * are ones real text uses side by side.
 */
import { foldVietnamese } from '../fold';
import { isWellFormedSyllable } from '../syllable';
import type { Vocabulary } from '../words/vocabulary';
import { wordKey } from '../words/word-key';
import { contextFit, type Neighbours } from './context-fit';
import type { Token } from './tokens';

/** Two syllables run together are split only into a pair real text uses this often. */
const MIN_GLUED_PAIR_COUNT = 10;
/** A syllable this common is what a vowel-less piece completes, whatever stands around it. */
const COMMON_SYLLABLE_COUNT = 1000;
/** A space inside a word: as rare as a wrong letter. */
const SPLIT_COST = Math.log(100);

/**
 * "côngtác" → "công tác"; "viênThành" → "viên Thành" (a capital inside a word begins a name).
 * Null when no split gives two known syllables that stand together in real text.
 */
export function splitGlued(words: Vocabulary, word: string): string | null {
  const letters = [...word.normalize('NFC')];
  let best: { text: string; count: number } | null = null;
  for (let i = 1; i < letters.length; i += 1) {
    const left = letters.slice(0, i).join('');
    const right = letters.slice(i).join('');
    if (!isWellFormedSyllable(left) || !isWellFormedSyllable(right)) continue;
    const capitalStart = right[0] !== right[0]?.toLowerCase() && left === left.toLowerCase();
    const a = wordKey(left);
    const b = wordKey(right);
    if (!words.knownSyllable(a) || !words.knownSyllable(b)) continue;
    if (capitalStart && [...left].length > 1) return `${left} ${right}`;
    const count = words.pairCount(a, b);
    if (count >= MIN_GLUED_PAIR_COUNT && (!best || count > best.count)) best = { text: `${left} ${right}`, count };
  }
  return best?.text ?? null;
}

/** True for a piece of a word with no vowel ("ng", "t"): no Vietnamese word at all. */
export const hasNoVowel = (word: string) => !/[aeiouy]/iu.test(foldVietnamese(word));

interface Mend {
  /** Index of the first of the two tokens. */
  first: number;
  word: string;
  score: number;
}

/**
 * Token `i` is no known syllable: joined with the word before or after it, does it make one that
 * fits its neighbours ("độ" + "ng" = "động" before "lực")?
 */
export function mendSplit(
  words: Vocabulary,
  tokens: readonly Token[],
  i: number,
  outer: (first: number, last: number) => Neighbours,
  /** A lone letter is only the end of the word before it, and only where the mended word fits a neighbour. */
  loneLetter = false,
): Mend | null {
  let best: Mend | null = null;
  for (const first of loneLetter ? [i - 1] : [i - 1, i]) {
    const a = tokens[first];
    const b = tokens[first + 1];
    if (!a || !b || !b.joinedLeft || a.hasDigit || b.hasDigit || a.capitalisedInside) continue;
    const joined = a.word + b.word;
    if (!isWellFormedSyllable(joined)) continue;
    const key = wordKey(joined);
    if (!words.knownSyllable(key)) continue;
    const around = outer(first, first + 1);
    if (around.left === null && around.right === null) continue;
    const fitsAround = (around.left !== null && words.pairCount(around.left, key) > 0) || (around.right !== null && words.pairCount(key, around.right) > 0);
    // A piece with no vowel is no word at all: a common syllable it completes needs no neighbour's word for it.
    if (!fitsAround && (loneLetter || !((hasNoVowel(a.key) || hasNoVowel(b.key)) && words.syllableCount(key) >= COMMON_SYLLABLE_COUNT))) continue;
    const score = contextFit(words, key, around) - SPLIT_COST;
    if (!best || score > best.score) best = { first, word: joined, score };
  }
  return best;
}
