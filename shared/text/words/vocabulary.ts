/**
 * The word model's vocabulary, decoded once on first use from the compact generated module:
 * sorted pair codes (first syllable's index × syllable count + second's) searched by halves.
 */
import { PAIR_CODES, SYLLABLES, TRIPLES, WORD_CODES, WORD_WEIGHTS } from './vocabulary-data';

function unpackCodes(packed: string): Uint32Array {
  const parts = packed === '' ? [] : packed.split(',');
  const codes = new Uint32Array(parts.length);
  let value = 0;
  parts.forEach((delta, i) => {
    value += parseInt(delta, 36);
    codes[i] = value;
  });
  return codes;
}

function indexOf(sorted: Uint32Array, code: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = sorted[middle] as number;
    if (value === code) return middle;
    if (value < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export interface Vocabulary {
  /** How strongly "a b" is a word a slip can be corrected to (0: not such a word). */
  wordWeight(a: string, b: string): number;
  /** True when "a b" is correct Vietnamese: a word, or neighbours seen in correct text. */
  knownPair(a: string, b: string): boolean;
  /** Weight of a three-syllable word (0: none). */
  tripleWeight(a: string, b: string, c: string): number;
}

function decode(): Vocabulary {
  const syllables = SYLLABLES.split(' ');
  const index = new Map(syllables.map((s, i) => [s, i]));
  const wordCodes = unpackCodes(WORD_CODES);
  const weights = Uint32Array.from(WORD_WEIGHTS.split(','), (w) => parseInt(w, 36));
  const pairCodes = unpackCodes(PAIR_CODES);
  const triples = new Map(TRIPLES.split('|').map((entry) => {
    const [words, weight] = entry.split(':') as [string, string];
    return [words, parseInt(weight, 36)] as const;
  }));
  const code = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined ? -1 : i * syllables.length + j;
  };
  const wordWeight = (a: string, b: string) => {
    const c = code(a, b);
    const at = c < 0 ? -1 : indexOf(wordCodes, c);
    return at < 0 ? 0 : (weights[at] as number);
  };
  return {
    wordWeight,
    knownPair: (a, b) => {
      const c = code(a, b);
      return c >= 0 && (indexOf(wordCodes, c) >= 0 || indexOf(pairCodes, c) >= 0);
    },
    tripleWeight: (a, b, c) => triples.get(`${a} ${b} ${c}`) ?? 0,
  };
}

let loaded: Vocabulary | null = null;
export function vocabulary(): Vocabulary {
  loaded ??= decode();
  return loaded;
}
