/** Phrases on the list of known wrong words (wrong-words.ts), found among well-formed syllables one space apart. */
import { WRONG_WORD_ENTRIES } from '../wrong-words';
import { vocabulary } from '../words/vocabulary';
import { wordKey } from '../words/word-key';
import type { Token } from './tokens';

/** Wrong phrases indexed by their first word, so each token costs one lookup. */
const PHRASES_BY_FIRST_WORD = new Map<string, [string, string, number][]>();
for (const [wrong, right] of WRONG_WORD_ENTRIES) {
  const words = wrong.split(' ');
  const list = PHRASES_BY_FIRST_WORD.get(words[0] as string) ?? [];
  list.push([wrong, right, words.length]);
  PHRASES_BY_FIRST_WORD.set(words[0] as string, list);
}

interface ListedPhrase {
  start: number;
  end: number;
  word: string;
  suggestion: string;
}

export function findListedPhrases(text: string, tokens: readonly Token[]): ListedPhrase[] {
  const out: ListedPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i] as Token;
    if (!first.wellFormed) continue;
    for (const [wrong, right, size] of PHRASES_BY_FIRST_WORD.get(wordKey(first.word)) ?? []) {
      const group = tokens.slice(i, i + size);
      if (group.length < size || group.some((t) => !t.wellFormed)) continue;
      const last = group[group.length - 1] as Token;
      const span = text.slice(first.start, last.end);
      if (!/^[\p{L}\p{M}]+( [\p{L}\p{M}]+)*$/u.test(span)) continue;
      if (span.split(' ').map(wordKey).join(' ') !== wrong) continue;
      if (belongsBefore(tokens, i, wrong, right)) continue;
      const suggestion = first.word[0] !== first.word[0]?.toLocaleLowerCase('vi-VN') ? right.charAt(0).toLocaleUpperCase('vi-VN') + right.slice(1) : right;
      out.push({ start: first.start, end: last.end, word: span, suggestion });
    }
  }
  return out;
}

/**
 * "thành tựu chung" is "thành tựu" + "chung", not "tựu chung": where the listed mistake keeps its
 * first syllable ("tựu chung" → "tựu trung"), that syllable may belong to the word before: it
 * does when real text pairs it with that word more than it writes the word meant ("công tác
 * tuyên chuyền" stays a slip: "tuyên truyền" is far commoner than "tác tuyên"), and real text
 * writes the typed pair more than the word meant ("doanh nghiệp nhỏ lẽ" stays a slip).
 */
function belongsBefore(tokens: readonly Token[], i: number, wrong: string, right: string): boolean {
  const [first, typedSecond] = wrong.split(' ') as [string, string];
  const [meantFirst, meantSecond] = right.split(' ') as [string, string | undefined];
  if (meantFirst !== first || meantSecond === undefined) return false;
  const before = tokens[i - 1];
  if (!before || !before.wellFormed || !(tokens[i] as Token).joinedLeft) return false;
  const words = vocabulary();
  const meant = words.pairCount(first, wordKey(meantSecond));
  // …and where real text writes the typed pair more than the word meant: it is at home there.
  return words.pairCount(wordKey(before.word), first) > meant && words.pairCount(first, typedSecond) > meant;
}
