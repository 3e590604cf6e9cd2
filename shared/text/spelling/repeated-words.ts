/**
 * A word the text uses again and again is meant: typos repeat, but rarely. An article on "nhẫn"
 * (the ring) is not about "nhận"; "giữa bồn thường và bồn" is about a bath, not "bồi thường".
 */

/** Uses of the same word in one text that show it is meant. */
const REPEATED_USES = 3;

/** A test of whether a word (key form) is used often enough in `keys`, the text's words, to be meant. */
export function repeatedIn(keys: Iterable<string>): (key: string) => boolean {
  const uses = new Map<string, number>();
  for (const k of keys) uses.set(k, (uses.get(k) ?? 0) + 1);
  return (key) => (uses.get(key) ?? 0) >= REPEATED_USES;
}
