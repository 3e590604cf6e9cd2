/**
 * A real syllable that lost a mark or got the wrong one: "bao cáo", "kê hoạch", "Kết qua", "tỷ
 * đông", "yêu cấu". The syllable itself is Vietnamese, so only its neighbours can tell: it is
 * weighed where it makes a pair real text seldom uses, or sits in a run of three real text never
 * writes where other marks make a common one, against the same letters with other marks (and
 * sound-alikes), over a window of two words each side (window-fit.ts), and flagged when one of
 * them fits far better than what was typed, cost of the slip included. Two slips side by side
 * ("hoan thanh") are mended one after the other.
 */
import type { Vocabulary } from '../words/vocabulary';
import { isShadow, looksOdd, type Neighbours } from './context-fit';
import { OVERRULING_RUN_COUNT, runWritten, unwrittenRuns, windowFit, windowGains, type Window } from './window-fit';
import { areDoublets } from '../spelling-variants';
import { confusableSyllables } from '../words/confusions';
import { MISSING_MARK_COST, markRepairs, type MarkSlip } from './mark-repairs';
import { decodeTelex } from '../typing-leftovers';
import { wordKey } from '../words/word-key';
import { memoized } from './memo';
import { repeatedIn } from './repeated-words';
import type { Token } from './tokens';
import { fitsANeighbour } from './unknown-words';
import { knownLetterSlips, LETTER_SLIP_COST } from './letter-slips';

/**
 * How much more likely (natural log) the mended text must be than the typed one. Weighed over
 * five words, where real text has them (issue 21), thirty times: a bar the pairs alone met at ten
 * (measured on the tuning and dev sets and on real prose, tests/unit/text/spelling-corpus.test.ts).
 */
const MIN_GAIN = Math.log(30);
/** A sound many regions say alike (s/x, tr/ch, hỏi/ngã…): as common as a wrong mark. */
export const CONFUSION_COST = Math.log(100);

/** How much worse the mended word may fit one side (natural log) when the other side wants it. */
const SIDE_TOLERANCE = 1.5;

type ContextSlipKind = MarkSlip | 'sound-alike' | 'typing-leftover';

interface ContextSlip {
  index: number;
  /** Key form of the word meant. */
  word: string;
  slip: ContextSlipKind;
  /** Which neighbour gave the evidence: the finding covers it too ("chấp hàng" → "chấp hành"). */
  evidence: 'left' | 'right' | null;
}

interface Alternative {
  word: string;
  slip: ContextSlipKind;
  cost: number;
}

/** Every word the typed one may have been: other marks on the same letters, or a sound-alike (worked out once per syllable). */
const alternatives = memoized((key: string, words: Vocabulary): readonly Alternative[] => {
  const out = markRepairs(words, key).map((r) => ({ word: r.word, slip: r.slip as ContextSlipKind, cost: r.cost }));
  // A sound-alike may also be a mark slip (quyệt/quyết): both stay, each weighed by its own rule.
  for (const c of confusableSyllables(key)) if (words.knownSyllable(c.word)) out.push({ word: c.word, slip: 'sound-alike', cost: CONFUSION_COST });
  // Telex keys that happen to spell a rare syllable ("thoong" for thông, as "xoong" is a word).
  const telex = decodeTelex(key);
  const typed = telex ? wordKey(telex) : null;
  if (typed && typed !== key && words.knownSyllable(typed)) out.push({ word: typed, slip: 'typing-leftover', cost: MISSING_MARK_COST });
  return out;
});

/**
 * The other marks on the same letters that could make a run of three common enough to overrule
 * pairs that look right: a sound-alike needs an odd pair (and every word has many), and a syllable
 * seen fewer times than such a run cannot be in one (most of "các"'s: cạc, cắc…).
 */
const runCandidates = memoized((key: string, words: Vocabulary): readonly string[] =>
  alternatives(key, words)
    .filter((r) => r.slip !== 'sound-alike' && words.syllableCount(r.word) >= OVERRULING_RUN_COUNT)
    .map((r) => r.word),
);

export function findContextSlips(
  words: Vocabulary,
  tokens: readonly Token[],
  neighbours: (i: number, mended: ReadonlyMap<number, string>) => Neighbours,
): ContextSlip[] {
  // A marked word the text uses again and again is meant: a changed mark is a one-off slip.
  const repeated = repeatedIn(tokens.map((t) => t.key));
  const mended = new Map<number, ContextSlip>();
  const keys = new Map<number, string>();
  // The second round weighs again only the words a mend of the first put new words beside (two on each side).
  let near: Set<number> | null = null;
  for (let round = 0; round < 2; round += 1) {
    const changedAt: number[] = [];
    const revisit = near;
    tokens.forEach((t, i) => {
      if (!t.known || t.abbreviation || mended.has(i) || (revisit !== null && !revisit.has(i))) return;
      const around = neighbours(i, keys);
      if (around.left === null && around.right === null) return;
      // A capitalised word inside a sentence is a name, unless it sits inside the name of a body
      // that real text writes all the time (Bộ Chín trị → Bộ Chính trị): both neighbours must want the other word.
      const inName = !t.usable && t.capitalisedInside && t.wellFormed && !t.personal;
      if (!t.usable && !inName) return;
      // Weighed where a pair is odd, or where both pairs look right but a run of three says otherwise ("nhiệm vụ trong tâm").
      const odd = looksOdd(words, t.key, around);
      const others = odd ? [] : runCandidates(t.key, words);
      if (!odd && others.length === 0) return;
      // Two words on each side where they stand in the same run: a trigram tells "văn ban chỉ đạo" from "Ban chỉ đạo".
      const window: Window = {
        left: around.left,
        right: around.right,
        left2: around.left !== null && i > 0 ? neighbours(i - 1, keys).left : null,
        right2: around.right !== null && i + 1 < tokens.length ? neighbours(i + 1, keys).right : null,
      };
      if (!odd) {
        const places = unwrittenRuns(words, t.key, window);
        if (places.length === 0 || !others.some((word) => runWritten(words, word, window, places))) return;
      }
      const typedWindow = windowFit(words, t.key, window);
      let best: { slip: ContextSlip; score: number } | null = null;
      const fitsNeither = !fitsANeighbour(words, t.key, around);
      // Inside the name of a body a key pressed wrong is weighed too ("Ban Chấn hành" → Chấp hành): the name's words decide.
      const nameSlips =
        inName && !repeated(t.key) ? knownLetterSlips(t.key, words).map((word): Alternative => ({ word, slip: 'sound-alike', cost: LETTER_SLIP_COST })) : [];
      for (const repair of [...alternatives(t.key, words), ...nameSlips]) {
        if (areDoublets(t.key, repair.word)) continue;
        if (repair.slip === 'wrong-mark' && repeated(t.key)) continue;
        if (!fitsANeighbour(words, repair.word, around)) continue;
        if (inName && !insideAName(words, t.key, repair.word, around)) continue;
        const gain = windowGains(words, t.key, repair.word, window, typedWindow);
        // A sound-alike makes another real word: it is suspect only where the typed word fits neither
        // neighbour, or both neighbours want the other ("chỉ đạo sử phạt"), never one alone ("ống tai của").
        const bothWant = (gain.prior || gain.left > 0) && (around.right === null || gain.right > 0);
        if (repair.slip === 'sound-alike' && !fitsNeither && !bothWant) continue;
        // Each neighbour must agree: a word that fits one side at the other's expense ("đàn ông lạ mặt" → "là") is no slip.
        if ((!gain.prior && gain.left < -SIDE_TOLERANCE) || gain.right < -SIDE_TOLERANCE) continue;
        const score = gain.left + gain.right - repair.cost;
        const evidence = evidenceSide(words, repair.word, around);
        if (!best || score > best.score) best = { slip: { index: i, word: repair.word, slip: repair.slip, evidence }, score };
      }
      if (best && (best.score >= MIN_GAIN || (isLowerCase(tokens[i + 1]) && oneSided(words, t.key, best.slip, around)))) {
        mended.set(i, best.slip);
        keys.set(i, best.slip.word);
        changedAt.push(i);
      }
    });
    if (changedAt.length === 0) break;
    near = new Set(changedAt.flatMap((j) => [j - 2, j - 1, j + 1, j + 2]));
  }
  return [...mended.values()].sort((a, b) => a.index - b.index);
}

/**
 * With nothing on the left that tells (a sentence starts, a number or a mark stands there), the
 * right neighbour alone: seen this often with the word meant, never with the one typed. A lost mark
 * needs less than a changed one, which is rarer ("12 đang viên" → đảng viên; "Thưởng trực" →
 * Thường trực, but not "Dàn ý" → Dân ý).
 */
const ONE_SIDE_PAIR_COUNT: Record<ContextSlipKind, number> = { 'missing-mark': 300, 'wrong-mark': 1000, 'sound-alike': 1000, 'typing-leftover': 300 };

/** A word after the first that is not capitalised: the sentence is no list of names (Đỗ Lường Trọng). */
const isLowerCase = (t: Token | undefined) => t !== undefined && t.word[0] === t.word[0]?.toLowerCase();

function oneSided(words: Vocabulary, typed: string, meant: ContextSlip, { left, right }: Neighbours): boolean {
  if (left !== null || right === null) return false;
  const seenMeant = words.pairCount(meant.word, right);
  const seenTyped = words.pairCount(typed, right);
  // Never seen, or seen only as often as the meant pair's own typos ("nghi quyết" 4 times beside "nghị quyết" 3,444).
  return (seenTyped === 0 || isShadow(seenTyped, seenMeant)) && seenMeant >= ONE_SIDE_PAIR_COUNT[meant.slip];
}

/**
 * A name's pairs seen this often on both sides, the typed word never beside either — or the
 * name's three words written this often and never as typed ("Ban Thương vụ" beside "Ban
 * Thường vụ"): a slip inside the name of a body.
 */
const NAME_PAIR_COUNT = 100;

function insideAName(words: Vocabulary, typed: string, meant: string, { left, right }: Neighbours): boolean {
  if (left === null || right === null) return false;
  const byPairs =
    words.pairCount(left, meant) >= NAME_PAIR_COUNT &&
    words.pairCount(meant, right) >= NAME_PAIR_COUNT &&
    words.pairCount(left, typed) === 0 &&
    words.pairCount(typed, right) === 0;
  return byPairs || (words.trigramCount(left, meant, right) >= NAME_PAIR_COUNT && words.trigramCount(left, typed, right) === 0);
}

/** The neighbour the word meant makes the commoner pair with: the one it belongs with. */
function evidenceSide(words: Vocabulary, word: string, { left, right }: Neighbours): 'left' | 'right' | null {
  const l = left === null ? 0 : words.pairCount(left, word);
  const r = right === null ? 0 : words.pairCount(word, right);
  return l === 0 && r === 0 ? null : l >= r ? 'left' : 'right';
}
