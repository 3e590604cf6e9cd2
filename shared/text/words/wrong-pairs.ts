/**
 * Wrong words built from valid syllables ("trương trình", "chấp hàng", "dàng buộc"): two
 * neighbouring syllables that are no known pair, where one slip along a confusion set
 * (confusions.ts) gives a known word. The evidence must be clear, so it stays silent
 * - across punctuation and between words written with capitals inside a sentence (names);
 * - when the syllable it would change already makes a known pair with its other neighbour
 *   ("tình hình chung": "hình" belongs to "tình hình", so "hình chung" is a word boundary).
 * Among several corrections the most common word wins.
 */
import { matchCase } from '../syllable';
import { knownLetterSlips } from '../spelling/letter-slips';
import { repeatedIn } from '../spelling/repeated-words';
import { confusableSyllables, type ConfusionKind } from './confusions';
import { vocabulary } from './vocabulary';
import { wordKey } from './word-key';
import { isShadow, sideGains } from '../spelling/context-fit';
import { runOverrules } from '../spelling/window-fit';
import { startsSentence } from '../spelling/tokens';
import { areDoublets } from '../spelling-variants';

interface PairToken {
  word: string;
  start: number;
  end: number;
  /** A well-formed syllable the checker may weigh (not a name, not in the personal dictionary). */
  usable: boolean;
}

interface WrongPair {
  /** Index of the first token of the pair (or of the three-syllable word). */
  first: number;
  /** 2, or 3 when the slip was seen inside a three-syllable word. */
  size: 2 | 3;
  suggestion: string;
  /** The confusion set the slip belongs to, or a letter typed wrong, left out or added. */
  kind: ConfusionKind | 'letter';
  weight: number;
}

/** Only words with at least this weight are offered as the word meant. */
const MIN_WORD_WEIGHT = 3;
/** A typed pair real text also uses is only a slip when the word meant is this many times as common. */
const MIN_RATIO_TO_TYPED = 50;
/** Typos real text repeats stay rare: a typed pair seen this often is a word. */
const MAX_TYPED_COUNT = 20;
/** How much worse (natural log) the changed syllable may fit its other neighbour. */
const OUTER_TOLERANCE = 1.5;

/** A letter slip is rarer than a confusion: the word meant must be this common a pair. */
const MIN_LETTER_SLIP_PAIR_COUNT = 1000;

export function findWrongPairs(text: string, tokens: readonly PairToken[]): WrongPair[] {
  const words = vocabulary();
  const keys = tokens.map((t) => (t.usable ? wordKey(t.word) : ''));
  const joined = (i: number) =>
    i >= 0 && i + 1 < tokens.length && tokens[i]!.usable && tokens[i + 1]!.usable && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === ' ';
  const found: WrongPair[] = [];
  // For letter slips, rarer than confusions, the evidence must be clearer still:
  // a word the text keeps using is meant ("giữa bồn thường và bồn có mát-xa")…
  const repeated = repeatedIn(keys);
  // …a word beside a capitalised one inside a sentence belongs to a name or a title ("Pháo binh doanh", "Khai tông minh nghĩa")…
  const nextToAName = (j: number, pair: number) => {
    const t = tokens[j];
    if (!t || !/^\p{Lu}/u.test(t.word) || startsSentence(text, t.start)) return false;
    const [first, second] = j < pair ? [t, tokens[pair]!] : [tokens[pair + 1]!, t];
    return text.slice(first.end, second.start) === ' ';
  };
  // …and the syllable left as typed must not belong with its other neighbour ("hiện đại kiểu" is no "đại biểu").
  const keptByItsOtherNeighbour = (kept: number, other: number, left: string, right: string) => {
    if (other < 0 || other >= tokens.length || !joined(Math.min(kept, other))) return false;
    const pair = other < kept ? words.pairCount(keys[other] as string, keys[kept] as string) : words.pairCount(keys[kept] as string, keys[other] as string);
    return pair * 10 >= words.pairCount(left, right);
  };
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (!joined(i)) continue;
    const a = keys[i] as string;
    const b = keys[i + 1] as string;
    const typedCount = words.pairCount(a, b);
    // A pair real text uses this often is no slip, whatever it resembles.
    if (typedCount >= MAX_TYPED_COUNT) continue;
    let best: WrongPair | null = null;
    const consider = (left: string, right: string, kind: ConfusionKind | 'letter') => {
      // Only the project's own words are suggestions here: Wikipedia's pairs would turn "vào tai" into "vào tay".
      const weight = words.wordWeight(left, right);
      if (areDoublets(left, a) || areDoublets(right, b)) return;
      if (weight < MIN_WORD_WEIGHT || typedCount * MIN_RATIO_TO_TYPED > words.pairCount(left, right)) return;
      if (kind === 'letter' && words.pairCount(left, right) < MIN_LETTER_SLIP_PAIR_COUNT) return;
      // The changed syllable must not break the pair it makes with its other neighbour ("truy cập hệ thống").
      const outer =
        left !== a
          ? { left: joined(i - 1) ? (keys[i - 1] as string) : null, right: null }
          : { left: null, right: joined(i + 1) ? (keys[i + 2] as string) : null };
      const gain = sideGains(words, left !== a ? a : b, left !== a ? left : right, outer);
      if ((!gain.prior && gain.left < -OUTER_TOLERANCE) || gain.right < -OUTER_TOLERANCE) return;
      if (!best || weight > best.weight) {
        const original = text.slice(tokens[i]!.start, tokens[i + 1]!.end);
        best = { first: i, size: 2, suggestion: matchPairCase(`${left} ${right}`, original), kind, weight };
      }
    };
    // Change the first syllable only when it does not already belong with the one before it —
    // unless real text writes the three words with the change often and never as typed
    // ("trách nghiệm của": "nghiệm của" is a pair, "trách nhiệm của" a run seen 1,360 times).
    const before = joined(i - 1) ? (keys[i - 1] as string) : null;
    const after = joined(i + 1) ? (keys[i + 2] as string) : null;
    const firstFree = (c: string) => before === null || !words.knownPair(before, a) || runOverrules(words, [before, c, b], [before, a, b]);
    const secondFree = (c: string) => after === null || !words.knownPair(b, after) || runOverrules(words, [a, c, after], [a, b, after]);
    for (const c of confusableSyllables(a)) if (firstFree(c.word)) consider(c.word, b, c.kind);
    for (const c of confusableSyllables(b)) if (secondFree(c.word)) consider(a, c.word, c.kind);
    // A key pressed wrong, left out or doubled ("trách nghiệm", "kỷ niện", "thanh tre"): only in a
    // pair real text never writes (or only as the shadow of the word meant's own typos), towards
    // one of the project's words real text writes all the time.
    if (!best && !nextToAName(i - 1, i) && !nextToAName(i + 2, i)) {
      const unwritten = (left: string, right: string) => typedCount === 0 || isShadow(typedCount, words.pairCount(left, right));
      if (!repeated(a))
        for (const c of knownLetterSlips(a, words))
          if (firstFree(c) && unwritten(c, b) && !keptByItsOtherNeighbour(i + 1, i + 2, c, b)) consider(c, b, 'letter');
      if (!repeated(b))
        for (const c of knownLetterSlips(b, words)) if (secondFree(c) && unwritten(a, c) && !keptByItsOtherNeighbour(i, i - 1, a, c)) consider(a, c, 'letter');
    }
    // Inside a three-syllable word ("hoàn thành tột" → "hoàn thành tốt"): change a syllable of
    // the unknown pair so that it and a neighbour make a known three-syllable word.
    if (!best && typedCount === 0) best = tripleRepair(i, keys, joined, text, tokens);
    if (best) found.push(best);
  }
  // Overlapping findings ("a b" and "b c"): keep the stronger.
  const overlap = (f: WrongPair, g: WrongPair) => f !== g && f.first < g.first + g.size && g.first < f.first + f.size;
  return found.filter((f) => !found.some((g) => overlap(f, g) && (g.weight > f.weight || (g.weight === f.weight && g.first < f.first))));
}

function tripleRepair(i: number, keys: readonly string[], joined: (i: number) => boolean, text: string, tokens: readonly PairToken[]): WrongPair | null {
  const words = vocabulary();
  let best: WrongPair | null = null;
  for (const first of [i - 1, i]) {
    if (!joined(first) || !joined(first + 1)) continue;
    const triple = [keys[first], keys[first + 1], keys[first + 2]] as string[];
    for (const changed of [i, i + 1]) {
      const at = changed - first;
      const around = { left: joined(changed - 1) ? (keys[changed - 1] as string) : null, right: joined(changed) ? (keys[changed + 1] as string) : null };
      for (const c of confusableSyllables(triple[at] as string)) {
        const candidate = triple.map((k, j) => (j === at ? c.word : k));
        const weight = areDoublets(c.word, triple[at] as string)
          ? 0
          : words.tripleWeight(candidate[0] as string, candidate[1] as string, candidate[2] as string);
        // "đẩy mạnh xã hội" is no "mạng xã hội": the change must not break a pair the typed word makes.
        const gain = sideGains(words, triple[at] as string, c.word, around);
        if ((!gain.prior && gain.left < -OUTER_TOLERANCE) || gain.right < -OUTER_TOLERANCE) continue;
        if (weight >= MIN_WORD_WEIGHT && (!best || weight > best.weight)) {
          const original = text.slice(tokens[first]!.start, tokens[first + 2]!.end);
          best = { first, size: 3, suggestion: matchPairCase(candidate.join(' '), original), kind: c.kind, weight };
        }
      }
    }
  }
  return best;
}

function matchPairCase(pair: string, original: string): string {
  const models = original.split(' ');
  return pair
    .split(' ')
    .map((w, i) => matchCase(w, models[i] ?? w))
    .join(' ');
}
