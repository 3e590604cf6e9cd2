/**
 * How well a syllable fits beside its neighbours, from how often real text puts them side by
 * side: log P(w | left) and log P(right | w), an unseen pair backing off to how common the word
 * is ("stupid backoff": an unseen pair then says nothing for or against a word). Comparing what
 * was typed with what may have been meant, side by side and less the cost of the slip, tells a
 * typo ("bao cáo") from a correct word in a rare pair ("lạ mặt").
 */
import { MIN_TRIGRAM_COUNT, type Vocabulary } from '../words/vocabulary';

/** What an unseen pair keeps of the plain frequency. */
const BACKOFF = 0.4;

export interface Neighbours {
  /** The syllable before (key form), when it stands one space away in the same run of words. */
  left: string | null;
  right: string | null;
}

export interface SideFit {
  left: number;
  right: number;
}

const unigram = (words: Vocabulary, w: string) => (words.syllableCount(w) + 0.5) / words.tokens;

/**
 * An unseen pair was seen fewer times than the vocabulary keeps (under 3 in tens of millions of
 * words): about once at most, so P(b | a) is at most 1 / count(a), however common b is. Two very
 * common words never seen side by side ("đang viên") are thus strong evidence of a slip.
 */
const unseen = (words: Vocabulary, context: string, w: string) => Math.min(BACKOFF * unigram(words, w), 1 / (words.syllableCount(context) + 1));

/** Natural logs of P(w | left) (or P(w) with no left) and of P(right | w) (0 with no right). */
export function sideFit(words: Vocabulary, w: string, { left, right }: Neighbours): SideFit {
  let l = Math.log(unigram(words, w));
  if (left !== null) {
    const seen = words.pairCount(left, w);
    l = seen > 0 ? Math.log(seen / Math.max(words.syllableCount(left), seen)) : Math.log(unseen(words, left, w));
  }
  let r = 0;
  if (right !== null) {
    const seen = words.pairCount(w, right);
    r = seen > 0 ? Math.log(seen / Math.max(words.syllableCount(w), seen)) : Math.log(unseen(words, w, right));
  }
  return { left: l, right: r };
}

/**
 * Real text holds its own typos: a pair seen no more often than the commoner pair's slips would
 * explain ("nghi quyết" 4 times beside "nghị quyết" 3,444) is no evidence for what was typed.
 * About one syllable in this many of the counted text lost or changed a mark.
 */
const TYPO_SHARE = 1 / 300;

/** The typed side's fit, as if unseen when its pair is only the shadow of the meant one's typos. */
function unshadowed(fit: number, seenTyped: number, seenMeant: number, unseenFit: () => number): number {
  return seenTyped > 0 && seenTyped <= seenMeant * TYPO_SHARE ? Math.min(fit, unseenFit()) : fit;
}

/**
 * How much better `meant` fits than `typed` on each side. A side where neither was ever seen
 * beside the neighbour gives no evidence either way (0), whatever their frequencies. With no
 * neighbour on the left, the left term is how much commoner `meant` is: a prior, not evidence
 * (`prior` says so, and callers do not let it veto).
 */
export function sideGains(
  words: Vocabulary,
  typed: string,
  meant: string,
  around: Neighbours,
  typedFit = sideFit(words, typed, around),
): SideFit & { prior: boolean } {
  const fit = sideFit(words, meant, around);
  const { left, right } = around;
  // Only with a word on the right: a pair that ends at a comma or a number may be right in a longer phrase ("độc tố cao,", "chiến tháng 12").
  const shadows = right !== null;
  /** One side's gain, from how often typed and meant were seen there and their fits. */
  const gainOn = (seenTyped: number, seenMeant: number, meantSide: number, typedSide: number, typedUnseen: () => number) => {
    if (seenTyped === 0 && seenMeant === 0) return 0;
    return meantSide - (shadows ? unshadowed(typedSide, seenTyped, seenMeant, typedUnseen) : typedSide);
  };
  return {
    left:
      left === null
        ? fit.left - typedFit.left
        : gainOn(words.pairCount(left, typed), words.pairCount(left, meant), fit.left, typedFit.left, () => Math.log(unseen(words, left, typed))),
    right:
      right === null
        ? 0
        : gainOn(words.pairCount(typed, right), words.pairCount(meant, right), fit.right, typedFit.right, () => Math.log(unseen(words, typed, right))),
    prior: left === null,
  };
}

export function contextFit(words: Vocabulary, w: string, neighbours: Neighbours): number {
  const fit = sideFit(words, w, neighbours);
  return fit.left + fit.right;
}

/**
 * A pair real text uses fewer times than this is hardly evidence the pair is right: the counts
 * come from tens of millions of words that hold their own typos ("nghi quyết", "chi đạo" are each
 * seen a few times, "nghị quyết", "chỉ đạo" thousands).
 */
const RARE_PAIR_COUNT = 16;

/** True when the typed word makes an unseen or rare pair with a neighbour (or is itself unknown): only then is a slip worth weighing. */
export function looksOdd(words: Vocabulary, w: string, { left, right }: Neighbours): boolean {
  if (!words.knownSyllable(w)) return true;
  return (left !== null && words.pairCount(left, w) < RARE_PAIR_COUNT) || (right !== null && words.pairCount(w, right) < RARE_PAIR_COUNT);
}

export interface Window extends Neighbours {
  /** The syllable before `left`, when it stands one space away in the same run of words. */
  left2: string | null;
  right2: string | null;
}

/**
 * log P(z | x y) from how often real text writes "x y z", or null when "x y" itself was never
 * seen (nothing to condition on). Not kept means seen fewer than MIN_TRIGRAM_COUNT times: at most
 * that share of the times "x y" was seen, and no likelier than the pair "y z" alone would say.
 */
function trigramTerm(words: Vocabulary, x: string, y: string, z: string): number | null {
  const context = words.pairCount(x, y);
  if (context === 0) return null;
  const seen = words.trigramCount(x, y, z);
  if (seen > 0) return Math.log(seen / Math.max(context, seen));
  return Math.log(Math.min(BACKOFF * bigramTerm(words, y, z), (MIN_TRIGRAM_COUNT - 0.5) / (context + 1)));
}

/** P(z | y), an unseen pair backing off as in sideFit. */
function bigramTerm(words: Vocabulary, y: string, z: string): number {
  const seen = words.pairCount(y, z);
  return seen > 0 ? seen / Math.max(words.syllableCount(y), seen) : unseen(words, y, z);
}

/**
 * How `w` fits a window of five: log P(w | left2 left) on the left; log P(right | left w) +
 * log P(right2 | w right) on the right — each a trigram where real text has the two words before,
 * else the pair, as sideFit.
 */
export function windowFit(words: Vocabulary, w: string, around: Window): SideFit {
  const { left, right, left2, right2 } = around;
  const pair = sideFit(words, w, around);
  const first = left !== null && left2 !== null ? trigramTerm(words, left2, left, w) : null;
  const second = left !== null && right !== null ? trigramTerm(words, left, w, right) : null;
  const third = right !== null && right2 !== null ? trigramTerm(words, w, right, right2) : null;
  // With "w right" never seen, the last word is weighed by its pair alone: the same for every w.
  const last = right !== null && right2 !== null ? (third ?? Math.log(bigramTerm(words, right, right2))) : 0;
  return { left: first ?? pair.left, right: (second ?? pair.right) + last };
}

/**
 * How much better `meant` fits than `typed` over the window, left and right apart so that each
 * side can veto; with no neighbour on the left, the left term is a prior (as in sideGains). A
 * typed pair that is only the shadow of the meant pair's typos counts as never seen, as there.
 */
export function windowGains(
  words: Vocabulary,
  typed: string,
  meant: string,
  around: Window,
  typedFit = windowFit(words, typed, around),
): SideFit & { prior: boolean } {
  const fit = windowFit(words, meant, around);
  const { left, right } = around;
  const shadows: string[] = [];
  if (right !== null) {
    if (left !== null && isShadow(words.pairCount(left, typed), words.pairCount(left, meant))) shadows.push(`${left} ${typed}`);
    if (isShadow(words.pairCount(typed, right), words.pairCount(meant, right))) shadows.push(`${typed} ${right}`);
  }
  const typedSide = shadows.length === 0 ? typedFit : windowFit(withoutPairs(words, shadows), typed, around);
  return { left: fit.left - typedSide.left, right: fit.right - typedSide.right, prior: left === null };
}

/** A typed pair seen no more often than the meant pair's slips would explain (TYPO_SHARE). */
export const isShadow = (seenTyped: number, seenMeant: number) => seenTyped > 0 && seenTyped <= seenMeant * TYPO_SHARE;

/** The vocabulary with some pairs (and so the runs of three they begin) taken as never seen. */
function withoutPairs(words: Vocabulary, pairs: readonly string[]): Vocabulary {
  return { ...words, pairCount: (a, b) => (pairs.includes(`${a} ${b}`) ? 0 : words.pairCount(a, b)) };
}

/** Times real text writes a run of three for it to overrule pairs that look right. */
const OVERRULING_RUN_COUNT = 30;

/** The run meant is written often, the run typed never ("trách nghiệm của", "nhiệm vụ trong tâm"). */
export function runOverrules(words: Vocabulary, meant: readonly [string, string, string], typed: readonly [string, string, string]): boolean {
  return words.trigramCount(...meant) >= OVERRULING_RUN_COUNT && words.trigramCount(...typed) === 0;
}

type RunPlace = 'middle' | 'left' | 'right';
const RUN_PLACES: readonly RunPlace[] = ['middle', 'left', 'right'];

/** The run of three around the window's word with `w` in its place, where the window has one there. */
function runAt(place: RunPlace, w: string, { left, right, left2, right2 }: Window): [string, string, string] | null {
  if (place === 'middle') return left !== null && right !== null ? [left, w, right] : null;
  if (place === 'left') return left2 !== null && left !== null ? [left2, left, w] : null;
  return right !== null && right2 !== null ? [w, right, right2] : null;
}

/** Where the window has a run of three that real text never writes with `typed` in it (worked out once per word). */
export function unwrittenRuns(words: Vocabulary, typed: string, around: Window): RunPlace[] {
  return RUN_PLACES.filter((place) => {
    const run = runAt(place, typed, around);
    return run !== null && words.trigramCount(...run) === 0;
  });
}

/** True when, at one of those places, real text writes the run often with `meant` instead ("nhiệm vụ trọng tâm"). */
export function runWritten(words: Vocabulary, meant: string, around: Window, places: readonly RunPlace[]): boolean {
  return places.some((place) => {
    const run = runAt(place, meant, around);
    return run !== null && words.trigramCount(...run) >= OVERRULING_RUN_COUNT;
  });
}
