/**
 * Spellings Vietnamese accepts both ways: i or y after a consonant in kỹ/kĩ, lý/lí, mỹ/mĩ, sỹ/sĩ,
 * tỷ/tỉ, kỳ/kì, hy/hi and after qu in quy/qui, quý/quí. Neither is a typo; a unit picks one
 * (official documents mostly print y: "kỹ thuật", "quy định"), and the checker then offers the
 * other as its style, like hòa/hoà. The word model counts both as one word.
 */
import { parseSyllable, tonePlacement, withToneAt } from './syllable';

export type IyStyle = 'i' | 'y';

/** Consonants after which a lone i/y with a tone is a free choice (kĩ/kỹ, lí/lý…). */
const TONED_ONSETS = new Set(['h', 'k', 'l', 'm', 's', 't', 'v']);

/** The word with its i/y written as `style` asks, or the word itself when it has no choice. */
export function iyVariant(word: string, style: IyStyle): string {
  const s = parseSyllable(word);
  if (!s || (s.rhyme !== 'i' && s.rhyme !== 'y')) return word;
  const free = s.onset === 'qu' || (s.onset === 'h' && s.tone === 'level') || (TONED_ONSETS.has(s.onset) && s.tone !== 'level');
  if (!free || s.rhyme === style) return word;
  const base = s.onset + style;
  return withToneAt(base, s.tone, tonePlacement({ onset: s.onset, rhyme: style }, 'new'), word);
}

/**
 * Words the dictionary gives two spellings of (Từ điển tiếng Việt, Hoàng Phê: tầu see tàu, dầy
 * see dày…). Neither is a slip for the other, so the word model never offers one for the other.
 */
const DOUBLETS: readonly [string, string][] = [
  ['tàu', 'tầu'],
  ['dày', 'dầy'],
  ['giày', 'giầy'],
  ['dông', 'giông'],
  ['chệch', 'trệch'],
];
const DOUBLET_OF = new Map(
  DOUBLETS.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as const,
  ),
);

/** True when `a` and `b` are two accepted spellings of one word. */
export const areDoublets = (a: string, b: string) => DOUBLET_OF.get(a) === b;
