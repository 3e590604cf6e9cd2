/**
 * A word weighed over a window of five: with the two words before and the two after where they
 * stand in the same run, from how often real text writes each run of three (the vocabulary's
 * trigrams, issue 21). Two neighbours on one side tell "văn ban chỉ đạo" (văn bản) from "Ban chỉ
 * đạo", which the nearer neighbour alone cannot; a run never written around a word whose pairs
 * look right ("nhiệm vụ trong tâm") is a reason to weigh it.
 */
import { MIN_TRIGRAM_COUNT, type Vocabulary } from '../words/vocabulary';
import { BACKOFF, bigramTerm, isShadow, sideFit, type Neighbours, type SideFit } from './context-fit';

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

/** The vocabulary with some pairs (and so the runs of three they begin) taken as never seen. */
function withoutPairs(words: Vocabulary, pairs: readonly string[]): Vocabulary {
  return { ...words, pairCount: (a, b) => (pairs.includes(`${a} ${b}`) ? 0 : words.pairCount(a, b)) };
}

/** Times real text writes a run of three for it to overrule pairs that look right. */
export const OVERRULING_RUN_COUNT = 30;

/** The run meant is written often, the run typed never ("trách nghiệm của", "nhiệm vụ trong tâm"). */
export function runOverrules(words: Vocabulary, meant: readonly [string, string, string], typed: readonly [string, string, string]): boolean {
  return words.trigramCount(...meant) >= OVERRULING_RUN_COUNT && words.trigramCount(...typed) === 0;
}

type RunPlace = 'middle' | 'left' | 'right';

/** How often real text writes the run of three at `place` with `w` in it (-1: the window has no run there). */
function runCount(words: Vocabulary, place: RunPlace, w: string, { left, right, left2, right2 }: Window): number {
  if (place === 'middle') return left !== null && right !== null ? words.trigramCount(left, w, right) : -1;
  if (place === 'left') return left2 !== null && left !== null ? words.trigramCount(left2, left, w) : -1;
  return right !== null && right2 !== null ? words.trigramCount(w, right, right2) : -1;
}

/** Where the window has a run of three that real text never writes with `typed` in it (worked out once per word). */
export function unwrittenRuns(words: Vocabulary, typed: string, around: Window): RunPlace[] {
  const places: RunPlace[] = [];
  for (const place of ['middle', 'left', 'right'] as const) if (runCount(words, place, typed, around) === 0) places.push(place);
  return places;
}

/** True when, at one of those places, real text writes the run often with `meant` instead ("nhiệm vụ trọng tâm"). */
export function runWritten(words: Vocabulary, meant: string, around: Window, places: readonly RunPlace[]): boolean {
  return places.some((place) => runCount(words, place, meant, around) >= OVERRULING_RUN_COUNT);
}
