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

/**
 * A title that carries its own label, as laws, decrees and decisions number their parts — "Chương I.
 * Những quy định chung", "Mục 2. Định giá", "Điều 5. Hiệu lực thi hành" (the reader keeps the label in
 * the title). ND30 Phụ lục I §II.6.đ lays them out: "Chương I" / "Mục 1" on a line of its own and the
 * title in capitals under it; "Điều 5." and its title on one line, lower case, bold. They are never
 * given a number by position ("I. ĐIỀU 5. …").
 */
export interface OwnLabel {
  kind: 'chuong' | 'muc' | 'dieu';
  /** "Chương I", "Mục 2", "Điều 5." */
  label: string;
  /** The title after the label. */
  title: string;
}

const CHUONG_OR_MUC = /^(Chương|Mục)\s+([IVXLC]+|\d+)\s*[.:\-–]?\s+(?=\S)/iu;
const DIEU = /^Điều\s+\d+[a-zđ]?\s*[.:]\s*/u;

export function ownLabelOf(title: string): OwnLabel | null {
  const text = title.trim();
  const part = CHUONG_OR_MUC.exec(text);
  if (part) {
    const word = part[1]!.toLowerCase() === 'chương' ? 'Chương' : 'Mục';
    return { kind: word === 'Chương' ? 'chuong' : 'muc', label: `${word} ${part[2]!.toUpperCase()}`, title: text.slice(part[0].length) };
  }
  const dieu = DIEU.exec(text);
  return dieu ? { kind: 'dieu', label: dieu[0].trim(), title: text.slice(dieu[0].length) } : null;
}

/**
 * The numbering depth of a section with no label of its own under labelled ones: a khoản under an
 * điều is "1.", its điểm "a)" — the điều stands where a mục would, the chương and mục above it count
 * for nothing.
 */
export function depthUnderOwnLabels(depth: number, ownAbove: number, underDieu: boolean): number {
  return depth - ownAbove + (underDieu ? 1 : 0);
}

/** The number shown before a section's title on the screens: none when the title carries its own ("Điều 5. …"). */
export function shownLabel(outline: 'sections' | 'parts', depth: number, index: number, title: string): string {
  return ownLabelOf(title) ? '' : outlineLabel(outline, depth, index);
}
