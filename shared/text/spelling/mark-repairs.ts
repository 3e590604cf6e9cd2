/**
 * What a syllable may have been before a mark was lost or put wrong: every known syllable with
 * the same letters once marks are taken off ("bao": báo, bào, bảo, bạo…), each with what the slip
 * would cost. A lost mark — a key pressed too lightly, text typed without Unikey — is the slip
 * clerks make most, so it costs little; a different mark (cấu for cầu, Thưởng for Thường) costs
 * more; the words around decide (context-fit.ts).
 */
import { foldVietnamese } from '../fold';
import type { Vocabulary } from '../words/vocabulary';

export type MarkSlip = 'missing-mark' | 'wrong-mark';

interface MarkRepair {
  word: string;
  slip: MarkSlip;
  /** What the slip costs, in natural-log units of likelihood. */
  cost: number;
}

/** One lost mark: about one syllable in a hundred a clerk types without checking. */
export const MISSING_MARK_COST = Math.log(150);
/** A mark changed into another: rarer than a lost one. */
const WRONG_MARK_COST = Math.log(1000);

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The letters (with their shapes) and the tone mark of a lower-case word. */
function split(word: string): { letters: string[]; tone: string } {
  const nfd = word.normalize('NFD');
  const tone = TONES.exec(nfd)?.[0] ?? '';
  return { letters: [...nfd.replace(TONES, '').normalize('NFC')], tone };
}

/** How `typed` differs from `meant` (same letters once folded): marks restored and marks changed. */
function markDifference(typed: string, meant: string): { restored: number; changed: number } | null {
  const a = split(typed);
  const b = split(meant);
  if (a.letters.length !== b.letters.length) return null;
  let restored = 0;
  let changed = 0;
  a.letters.forEach((letter, i) => {
    const other = b.letters[i] as string;
    if (letter === other) return;
    if (letter === foldVietnamese(other)) restored += 1;
    else changed += 1;
  });
  if (a.tone !== b.tone) {
    if (a.tone === '') restored += 1;
    else changed += 1;
  }
  return { restored, changed };
}

export function markRepairs(words: Vocabulary, key: string): MarkRepair[] {
  const out: MarkRepair[] = [];
  for (const candidate of words.sameLetters(key)) {
    if (candidate === key) continue;
    const difference = markDifference(key, candidate);
    if (!difference) continue;
    const { restored, changed } = difference;
    out.push({ word: candidate, slip: changed > 0 ? 'wrong-mark' : 'missing-mark', cost: restored * MISSING_MARK_COST + changed * WRONG_MARK_COST });
  }
  return out;
}
