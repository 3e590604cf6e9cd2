/**
 * The word model's vocabulary, decoded once on first use from the compact generated module:
 * every syllable with how often real text uses it, every known pair of neighbours (first
 * syllable's index × syllable count + second's, sorted, searched by halves) with how often it was
 * seen, runs of three (a known pair's place × syllable count + the third syllable, decoded on
 * first use), the words a slip can be corrected to, and the non-syllable words real text keeps using.
 */
import { foldVietnamese } from '../fold';
import { countOfLevel, levelOf, unpackNumbers, unpackSorted, unpackSortedWide } from './packed-numbers';
import {
  MIN_TRIGRAM_COUNT,
  OTHER_WORDS,
  PAIR_CODES,
  PAIR_LEVELS,
  SYLLABLE_COUNTS,
  SYLLABLES,
  TOKENS,
  TRIGRAM_CODES,
  TRIGRAM_LEVELS,
  TRIPLES,
  WORD_CODES,
  WORD_WEIGHTS,
} from './vocabulary-data';

export { MIN_TRIGRAM_COUNT };

function indexOf(sorted: Uint32Array | Float64Array, code: number, from = 0, to = sorted.length): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = sorted[middle] as number;
    if (value === code) return middle;
    if (value < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A syllable seen fewer times than this in millions of words is a slip, not Vietnamese. */
const MIN_KNOWN_SYLLABLE_COUNT = 3;

export interface Vocabulary {
  /** Syllables counted in all. */
  readonly tokens: number;
  /** How often real text uses the syllable (0: never). */
  syllableCount(s: string): number;
  /** True when real text uses the syllable often enough for it not to be a slip. */
  knownSyllable(s: string): boolean;
  /** About how often "a b" was seen (0: never). */
  pairCount(a: string, b: string): number;
  /** How strongly "a b" is a word a slip can be corrected to (0: not such a word). */
  wordWeight(a: string, b: string): number;
  /** True when "a b" is correct Vietnamese: a word, or neighbours seen in correct text. */
  knownPair(a: string, b: string): boolean;
  /** About how often "a b c" was seen (0: fewer than MIN_TRIGRAM_COUNT times, or "a b" never). */
  trigramCount(a: string, b: string, c: string): number;
  /** Weight of a three-syllable word (0: none). */
  tripleWeight(a: string, b: string, c: string): number;
  /** True for a word that is no syllable but real text keeps using (buýt, México, max). */
  knownOtherWord(word: string): boolean;
  /** Known syllables written with the same letters once every mark is taken off ("ban": bàn, bán, bạn, băn…). */
  sameLetters(s: string): readonly string[];
}

/**
 * Where each group starts in sorted codes grouped by `groupOf` (groups 0 … count-1), so that a
 * search looks only inside its group: a pair among the pairs of its first syllable, a run of three
 * among the runs of its first pair (a few steps instead of twenty, on the checker's hot path).
 */
function groupStarts(sorted: Uint32Array | Float64Array, count: number, groupOf: (code: number) => number): Uint32Array {
  const starts = new Uint32Array(count + 1);
  let at = 0;
  for (let group = 0; group <= count; group += 1) {
    while (at < sorted.length && groupOf(sorted[at] as number) < group) at += 1;
    starts[group] = at;
  }
  return starts;
}

function decode(): Vocabulary {
  const syllables = SYLLABLES.split(' ');
  const index = new Map(syllables.map((s, i) => [s, i]));
  const counts = unpackNumbers(SYLLABLE_COUNTS, new Uint32Array(syllables.length)) as Uint32Array;
  const pairCodes = unpackSorted(PAIR_CODES);
  const pairCounts = Float32Array.from({ length: pairCodes.length }, (_, i) => countOfLevel(levelOf(PAIR_LEVELS.charCodeAt(i))));
  const wordCodes = unpackSorted(WORD_CODES);
  const weights = unpackNumbers(WORD_WEIGHTS, new Uint32Array(wordCodes.length)) as Uint32Array;
  const triples = new Map(
    TRIPLES.split('|').map((entry) => {
      const [words, weight] = entry.split(':') as [string, string];
      return [words, parseInt(weight, 36)] as const;
    }),
  );
  const others = new Set(OTHER_WORDS.split(' '));
  let byLetters: Map<string, string[]> | null = null;
  const code = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined ? -1 : i * syllables.length + j;
  };
  const syllableCount = (s: string) => {
    const i = index.get(s);
    return i === undefined ? 0 : (counts[i] as number);
  };
  const size = syllables.length;
  const pairStarts = groupStarts(pairCodes, size, (c) => Math.floor(c / size));
  const pairAt = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined ? -1 : indexOf(pairCodes, i * size + j, pairStarts[i], pairStarts[i + 1]);
  };
  const pairCount = (a: string, b: string) => {
    const at = pairAt(a, b);
    return at < 0 ? 0 : (pairCounts[at] as number);
  };
  let trigrams: { codes: Float64Array; starts: Uint32Array } | null = null;
  const trigramCount = (a: string, b: string, c: string) => {
    const at = pairAt(a, b);
    const third = index.get(c);
    if (at < 0 || third === undefined) return 0;
    if (!trigrams) {
      const codes = unpackSortedWide(TRIGRAM_CODES);
      trigrams = { codes, starts: groupStarts(codes, pairCodes.length, (t) => Math.floor(t / size)) };
    }
    const found = indexOf(trigrams.codes, at * size + third, trigrams.starts[at], trigrams.starts[at + 1]);
    return found < 0 ? 0 : countOfLevel(levelOf(TRIGRAM_LEVELS.charCodeAt(found)));
  };
  return {
    tokens: TOKENS,
    syllableCount,
    knownSyllable: (s) => syllableCount(s) >= MIN_KNOWN_SYLLABLE_COUNT,
    pairCount,
    wordWeight: (a, b) => {
      const c = code(a, b);
      const at = c < 0 ? -1 : indexOf(wordCodes, c);
      return at < 0 ? 0 : (weights[at] as number);
    },
    knownPair: (a, b) => pairCount(a, b) > 0,
    trigramCount,
    tripleWeight: (a, b, c) => triples.get(`${a} ${b} ${c}`) ?? 0,
    knownOtherWord: (word) => others.has(word.toLowerCase()),
    sameLetters: (s) => {
      if (!byLetters) {
        byLetters = new Map();
        syllables.forEach((syllable, i) => {
          if ((counts[i] as number) < MIN_KNOWN_SYLLABLE_COUNT) return;
          const letters = foldVietnamese(syllable);
          const list = byLetters!.get(letters) ?? [];
          list.push(syllable);
          byLetters!.set(letters, list);
        });
      }
      return byLetters.get(foldVietnamese(s.toLowerCase())) ?? [];
    },
  };
}

let loaded: Vocabulary | null = null;
export function vocabulary(): Vocabulary {
  loaded ??= decode();
  return loaded;
}
