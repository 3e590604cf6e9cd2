/**
 * Real text repeats its words: what the checker works out for one word (its candidates, its
 * alternatives, its one-letter neighbours) is kept, up to a bound, for the next time it comes.
 */
const MEMO_LIMIT = 20_000;

/**
 * `compute`, remembered per word; the memory is emptied when it holds `MEMO_LIMIT` words. The
 * other arguments (the vocabulary) are the same on every call and are not part of the key.
 */
export function memoized<A extends unknown[], T>(compute: (word: string, ...rest: A) => T): (word: string, ...rest: A) => T {
  const kept = new Map<string, T>();
  return (word, ...rest) => {
    if (kept.has(word)) return kept.get(word) as T;
    const found = compute(word, ...rest);
    if (kept.size >= MEMO_LIMIT) kept.clear();
    kept.set(word, found);
    return found;
  };
}
