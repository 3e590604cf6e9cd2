/**
 * Heading numbers written as literal text (ND30 Phụ lục I; HD 05-HD/VPTW): "I.", "1.", "a)".
 * They come from the position in the tree, so a repeated "III." (as in real reports typed by
 * hand) cannot happen. Literal text, not Word auto-numbering: it survives copy and paste and
 * every reader shows it the same (docx numbering has known restart bugs).
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV". */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`toRoman: ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * The Vietnamese alphabet used for điểm: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y
 * (no f, j, w, z). Past y we continue with doubled letters (aa, bb …), which no real report reaches.
 */
const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

/** 1 → "a", 5 → "đ", 6 → "e". */
export function toVietnameseLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`toVietnameseLetter: ${n}`);
  const count = VIETNAMESE_LETTERS.length;
  const letter = VIETNAMESE_LETTERS[(n - 1) % count] as string;
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

/**
 * The label of a heading at `depth` (1 = mục) with 1-based `index` among its siblings.
 * Depth 4 and deeper have no number in the rules; they are written as dash items.
 */
export function headingLabel(depth: number, index: number): string {
  if (depth === 1) return `${toRoman(index)}.`;
  if (depth === 2) return `${index}.`;
  if (depth === 3) return `${toVietnameseLetter(index)})`;
  return '-';
}

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "Phần thứ nhất", "Phần thứ hai" … (ND30 and HD 05 both allow the ordinal in words). */
export function partLabel(index: number): string {
  const word = ORDINALS[index - 1];
  return word ? `Phần thứ ${word}` : `Phần ${toRoman(index)}`;
}

/**
 * The label of a heading in a report with or without the Phần level: with parts, depth 1 is
 * the phần and the mục numbering (I., II.) restarts inside each.
 */
export function outlineLabel(outline: 'sections' | 'parts', depth: number, index: number): string {
  if (outline === 'parts') return depth === 1 ? partLabel(index) : headingLabel(depth - 1, index);
  return headingLabel(depth, index);
}

/** Phụ lục numbers: Roman for state bodies (ND30), Arabic for the Party (HD 05). */
export function appendixLabel(style: 'state' | 'party', index: number): string {
  return `Phụ lục ${style === 'party' ? index : toRoman(index)}`;
}
