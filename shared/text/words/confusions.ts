/**
 * The slips clerks make that still spell a real syllable: sounds that many regions say alike
 * (initial s/x, tr/ch, d/gi/r, l/n, v/d; final n/ng/nh, c/t/ch; ai/ay, i/y) and tones that
 * sound alike (hỏi/ngã, and sắc/nặng on a checked ending). `confusableSyllables` gives every
 * syllable one such slip away, in the "new" tone style; the word model decides which of them
 * the clerk meant.
 */
import { parseSyllable, tonePlacement, withToneAt, type Tone } from '../syllable';

export type ConfusionKind = 's/x' | 'tr/ch' | 'd/gi/r' | 'l/n' | 'v/d' | 'n/ng' | 'c/t' | 'i/y' | 'hỏi/ngã' | 'sắc/nặng';

const ONSET_SETS: [ConfusionKind, string[]][] = [
  ['s/x', ['s', 'x']],
  ['tr/ch', ['tr', 'ch']],
  ['d/gi/r', ['d', 'gi', 'r']],
  ['l/n', ['l', 'n']],
  ['v/d', ['v', 'd']],
];
const FINAL_SETS: [ConfusionKind, string[]][] = [
  ['n/ng', ['n', 'ng', 'nh']],
  ['c/t', ['c', 't', 'ch']],
];
const FINAL = /(ng|nh|ch|n|c|t)$/;
const TONE_SWAPS: Partial<Record<Tone, Tone>> = { hook: 'tilde', tilde: 'hook' };
const CHECKED_TONE_SWAPS: Partial<Record<Tone, Tone>> = { acute: 'dot', dot: 'acute' };

interface Confusion {
  word: string;
  kind: ConfusionKind;
}

/** Writes onset + rhyme with a tone where the "new" style puts it; null when that is no syllable. */
function spell(onset: string, rhyme: string, tone: Tone): string | null {
  // "gi" before a rhyme that starts with i is written with one i: gìn, giêng.
  const [o, r] = onset === 'gi' && rhyme.startsWith('i') ? ['g', rhyme] : [onset, rhyme];
  const word = withToneAt(o + r, tone, tonePlacement({ onset: o, rhyme: r }, 'new'), o + r);
  return parseSyllable(word) ? word : null;
}

const cache = new Map<string, Confusion[]>();

/** Syllables one confusion away from `word` (lower case), each with the kind of slip. */
export function confusableSyllables(word: string): Confusion[] {
  const known = cache.get(word);
  if (known) return known;
  const out: Confusion[] = [];
  const s = parseSyllable(word);
  if (s) {
    // Heard onset: "gìn" is gi + in, spelt with one i.
    const giBeforeI = s.onset === 'g' && s.rhyme.startsWith('i');
    const onset = giBeforeI ? 'gi' : s.onset;
    const add = (candidate: string | null, kind: ConfusionKind) => {
      if (candidate && candidate !== word && !out.some((c) => c.word === candidate)) out.push({ word: candidate, kind });
    };
    for (const [kind, set] of ONSET_SETS) {
      if (!set.includes(onset)) continue;
      for (const other of set) if (other !== onset) add(spell(other, s.rhyme, s.tone), kind);
    }
    const final = FINAL.exec(s.rhyme)?.[0];
    for (const [kind, set] of FINAL_SETS) {
      if (!final || !set.includes(final)) continue;
      const stem = s.rhyme.slice(0, -final.length);
      for (const other of set) if (other !== final) add(spell(onset, stem + other, s.tone), kind);
    }
    if (s.rhyme === 'i' || s.rhyme === 'y') add(spell(onset, s.rhyme === 'i' ? 'y' : 'i', s.tone), 'i/y');
    if (/a[iy]$/.test(s.rhyme)) add(spell(onset, s.rhyme.slice(0, -1) + (s.rhyme.endsWith('i') ? 'y' : 'i'), s.tone), 'i/y');
    const toneSwap = TONE_SWAPS[s.tone];
    if (toneSwap) add(spell(onset, s.rhyme, toneSwap), 'hỏi/ngã');
    const checkedSwap = /(c|ch|p|t)$/.test(s.rhyme) ? CHECKED_TONE_SWAPS[s.tone] : undefined;
    if (checkedSwap) add(spell(onset, s.rhyme, checkedSwap), 'sắc/nặng');
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(word, out);
  return out;
}

const RAW_ONSET = /^(tr|ch|gi|s|x|d|r|l|n|v)/;

/**
 * Syllables one confusion away from a word that is no syllable at all ("kếc", "luậc": the
 * ending of one rhyme on another): the onset or ending swapped within its set.
 */
export function repairedSyllables(word: string, isSyllable: (w: string) => boolean): string[] {
  const lower = word.normalize('NFC').toLocaleLowerCase('vi-VN');
  const out = new Set<string>();
  const final = FINAL.exec(lower)?.[0];
  for (const [, set] of FINAL_SETS) {
    if (!final || !set.includes(final)) continue;
    for (const other of set) if (other !== final) out.add(lower.slice(0, -final.length) + other);
  }
  const onset = RAW_ONSET.exec(lower)?.[0];
  for (const [, set] of ONSET_SETS) {
    if (!onset || !set.includes(onset)) continue;
    for (const other of set) if (other !== onset) out.add(other + lower.slice(onset.length));
  }
  return [...out].filter(isSyllable);
}
