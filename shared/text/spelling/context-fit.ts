/**
 * How well a syllable fits beside its neighbours, from how often real text puts them side by
 * side: log P(w | left) and log P(right | w), an unseen pair backing off to how common the word
 * is ("stupid backoff": an unseen pair then says nothing for or against a word). Comparing what
 * was typed with what may have been meant, side by side and less the cost of the slip, tells a
 * typo ("bao cáo") from a correct word in a rare pair ("lạ mặt").
 */
import type { Vocabulary } from '../words/vocabulary';

/** What an unseen pair keeps of the plain frequency. */
export const BACKOFF = 0.4;

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

/** A typed pair seen no more often than the meant pair's slips would explain (TYPO_SHARE). */
export function isShadow(seenTyped: number, seenMeant: number): boolean {
  return seenTyped > 0 && seenTyped <= seenMeant * TYPO_SHARE;
}

/** The typed side's fit, as if unseen when its pair is only the shadow of the meant one's typos. */
function unshadowed(fit: number, seenTyped: number, seenMeant: number, unseenFit: () => number): number {
  return isShadow(seenTyped, seenMeant) ? Math.min(fit, unseenFit()) : fit;
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

/** P(z | y), an unseen pair backing off as in sideFit. */
export function bigramTerm(words: Vocabulary, y: string, z: string): number {
  const seen = words.pairCount(y, z);
  return seen > 0 ? seen / Math.max(words.syllableCount(y), seen) : unseen(words, y, z);
}
