/**
 * How the generated vocabulary module writes long lists of numbers in few characters: each number
 * as base-45 digits in printable ASCII (no quote, no backslash, so the string needs no escapes),
 * the last digit from one half of the alphabet and the others from the other half, so no
 * separators are needed. Sorted codes are written as gaps from the previous one; a pair of
 * syllables costs about two characters.
 */
const ALPHABET = Array.from({ length: 92 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .slice(0, 90)
  .join('');
const BASE = 45;
/** Digit value by character code (255: not a digit). */
const VALUE = new Uint8Array(128).fill(255);
[...ALPHABET].forEach((c, i) => (VALUE[c.charCodeAt(0)] = i));

export function packNumbers(numbers: Iterable<number>): string {
  let out = '';
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`cannot pack ${n}`);
    let digits = ALPHABET[n % BASE] as string;
    for (let rest = Math.floor(n / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits = (ALPHABET[BASE + (rest % BASE)] as string) + digits;
    out += digits;
  }
  return out;
}

export function unpackNumbers<T extends Uint32Array | Float64Array | number[]>(packed: string, into: T = [] as unknown as T): T {
  let value = 0;
  let at = 0;
  for (let i = 0; i < packed.length; i += 1) {
    const digit = VALUE[packed.charCodeAt(i)] as number;
    if (digit >= BASE) value = value * BASE + (digit - BASE);
    else {
      into[at] = value * BASE + digit;
      at += 1;
      value = 0;
    }
  }
  return into;
}

/** How many numbers a packed string holds (its terminal digits). */
function countPacked(packed: string): number {
  let n = 0;
  for (let i = 0; i < packed.length; i += 1) if ((VALUE[packed.charCodeAt(i)] as number) < BASE) n += 1;
  return n;
}

/** Sorted integers as their gaps. */
export const packSorted = (sorted: readonly number[]) => packNumbers(sorted.map((n, i) => n - (i === 0 ? 0 : (sorted[i - 1] as number))));

/** Gaps added up in place into the sorted integers they were written from. */
function summedGaps<T extends Uint32Array | Float64Array>(codes: T): T {
  for (let i = 1; i < codes.length; i += 1) codes[i] = (codes[i] as number) + (codes[i - 1] as number);
  return codes;
}

export const unpackSorted = (packed: string): Uint32Array => summedGaps(unpackNumbers(packed, new Uint32Array(countPacked(packed))));

/** Sorted integers beyond 32 bits (a pair's place times the syllable count), as their gaps. */
export const unpackSortedWide = (packed: string): Float64Array => summedGaps(unpackNumbers(packed, new Float64Array(countPacked(packed))));

/** A count as one character: four steps per doubling, so a count is known to within 19%. */
export const countLevel = (count: number) => Math.min(ALPHABET.length - 1, Math.round(Math.log2(Math.max(count, 1)) * 4));
export const levelChar = (level: number) => ALPHABET[level] as string;
export const levelOf = (char: number) => VALUE[char] as number;
/** The counts of every level, worked out once: the checker reads thousands per text. */
const COUNT_OF_LEVEL = Float64Array.from({ length: ALPHABET.length }, (_, level) => 2 ** (level / 4));
export const countOfLevel = (level: number) => COUNT_OF_LEVEL[level] as number;
