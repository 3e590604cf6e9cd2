/**
 * The kinds of finding, each with what a clerk is told it is (one place for both).
 * wrong-word: a phrase on the list of known mistakes; wrong-pair: two syllables the word model
 * reads as a slip; missing-mark / wrong-mark: a syllable whose marks were lost or put wrong;
 * glued / split: two words run together, one word broken in two; tone-style / variant-style: the
 * unit's chosen way of writing hòa/hoà and kỹ/kĩ.
 */
export const SPELL_KIND_LABELS = {
  'not-a-word': 'không phải từ tiếng Việt',
  'tone-position': 'đặt dấu sai chỗ',
  'typing-leftover': 'sót phím gõ',
  'missing-mark': 'thiếu dấu',
  'wrong-mark': 'sai dấu',
  glued: 'viết liền hai từ',
  split: 'tách rời một từ',
  'wrong-word': 'dùng từ sai',
  'wrong-pair': 'viết nhầm thành từ khác',
  'tone-style': 'kiểu bỏ dấu',
  'variant-style': 'cách viết i/y',
} as const;

export type SpellKind = keyof typeof SPELL_KIND_LABELS;

/** Kinds that are the unit's style, not a mistake: never added to the personal dictionary. */
export const STYLE_KINDS: ReadonlySet<SpellKind> = new Set(['tone-style', 'variant-style']);
