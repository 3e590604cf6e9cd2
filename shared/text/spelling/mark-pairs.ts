/**
 * Two neighbouring syllables that both lost their marks, which real text never (or hardly ever)
 * writes side by side, where giving both their marks makes a word it writes all the time: "giao
 * duc" → "giáo dục", "quan ly" → "quản lý". This is the slip of text typed without Unikey, and the
 * pair is the evidence: each bare syllable alone is often Vietnamese. A single syllable that lost
 * its mark is weighed against its neighbours in context-slips.ts.
 */
import type { Vocabulary } from '../words/vocabulary';
import { sideGains } from './context-fit';
import { markRepairs } from './mark-repairs';
import type { Token } from './tokens';

/** The mended pair must be a word real text uses at least this often… */
const MIN_MENDED_COUNT = 20;
/** …and this many times as often as what was typed (typos repeat, but rarely). */
const MIN_RATIO = 100;
/** A capitalised word may be a name: the mended pair must be common beyond doubt. */
const MIN_MENDED_COUNT_FOR_CAPITALS = 100;
/** How much worse (natural log) a mended syllable may fit its neighbour outside the pair. */
const OUTER_TOLERANCE = 1.5;

interface MendedPair {
  /** Index of the first token. */
  first: number;
  /** Key forms of the two syllables meant (one may be unchanged). */
  words: [string, string];
}

/** A syllable, or a bare word that may be one with its marks ("duc", "sach"). */
const mayMend = (t: Token) =>
  (t.wellFormed || (t.plain && t.word === t.key)) && !t.personal && !t.abbreviation && !t.hyphenated && !t.apostrophe && !t.hasDigit;

export function findMendedPairs(words: Vocabulary, tokens: readonly Token[]): MendedPair[] {
  const out: MendedPair[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    // Both bare: text typed without Unikey. A syllable that kept some marks is weighed alone.
    if (!b.joinedLeft || !mayMend(a) || !mayMend(b) || !a.plain || !b.plain) continue;
    const typed = words.pairCount(a.key, b.key);
    const capitals = a.capitalisedInside || b.capitalisedInside;
    const lefts = [
      a.key,
      ...markRepairs(words, a.key)
        .filter((r) => r.slip === 'missing-mark')
        .map((r) => r.word),
    ];
    const rights = [
      b.key,
      ...markRepairs(words, b.key)
        .filter((r) => r.slip === 'missing-mark')
        .map((r) => r.word),
    ];
    if (lefts.length === 1 && rights.length === 1) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 2];
    const outerLeft = before && a.joinedLeft && before.context ? before.key : null;
    const outerRight = after && after.joinedLeft && after.context ? after.key : null;
    let best: { pair: [string, string]; count: number } | null = null;
    for (const l of lefts) {
      for (const r of rights) {
        // One syllable alone is weighed against both its neighbours (context-slips.ts); here both lost marks.
        if (l === a.key || r === b.key) continue;
        const count = words.pairCount(l, r);
        if (count < (capitals ? MIN_MENDED_COUNT_FOR_CAPITALS : MIN_MENDED_COUNT) || count < typed * MIN_RATIO) continue;
        // A capitalised word inside a sentence is a name unless the pair typed is never seen at all.
        if (capitals && typed > 0) continue;
        // The mended syllables must still fit their neighbours outside the pair.
        if (l !== a.key && outerLeft !== null && sideGains(words, a.key, l, { left: outerLeft, right: null }).left < -OUTER_TOLERANCE) continue;
        if (r !== b.key && sideGains(words, b.key, r, { left: null, right: outerRight }).right < -OUTER_TOLERANCE) continue;
        // …and one of those neighbours must be seen beside its mended syllable: "Orde van de Nederlandse" is Dutch.
        const seenOutside = (outerLeft !== null && words.pairCount(outerLeft, l) > 0) || (outerRight !== null && words.pairCount(r, outerRight) > 0);
        if (!seenOutside) continue;
        if (!best || count > best.count) best = { pair: [l, r], count };
      }
    }
    if (best) {
      out.push({ first: i, words: best.pair });
      i += 1;
    }
  }
  return out;
}
