/**
 * The labels of a document's outline, and the level each gets. Reports write "Phần thứ …", "I.",
 * "1.", "1.1.", "a)" (Nghị định 30); the Party writes "I-", "1-" as often (HD 05 numbers its own
 * parts so); legal documents write "Chương I", "Mục 1", "Điều 1.". Levels are not fixed by the
 * label: the first scheme met is level 1, a scheme met under it goes one deeper, and a scheme met
 * again goes back to its level — so "1., 2., 3." at the top of a report are three mục, not one
 * mục with two khoản under it.
 */

interface Label {
  /** `part`: a Phần (the report's outline of parts); `heading`: a level of the outline. */
  kind: 'part' | 'heading';
  /** Letters of the text taken by the label. */
  length: number;
  scheme: string;
  /** Legal documents keep "Chương I", "Mục 1", "Điều 1." in the title: no report numbering writes them again. */
  keepInTitle: boolean;
}

const SCHEMES: { re: RegExp; kind: Label['kind']; scheme: string; keepInTitle?: boolean }[] = [
  // "Phần thứ nhất", "PHẦN I", "Phần 1", "Phần 5a:" — the word alone on its line, or before a title.
  { re: /^PHẦN\s+(?:THỨ\s+\S+|[IVXLC]+|\d+[a-z]?)(?=$|\s*[.:\-–]|\s+\p{Lu})\s*[.:\-–]?\s*/iu, kind: 'part', scheme: 'part' },
  { re: /^CHƯƠNG\s+(?:[IVXLC]+|\d+)(?=$|\s*[.:\-–]|\s+\p{Lu})\s*[.:\-–]?\s*/iu, kind: 'heading', scheme: 'chuong', keepInTitle: true },
  { re: /^MỤC\s+(?:[IVXLC]+|\d+)(?=$|\s*[.:\-–])\s*[.:\-–]?\s*/iu, kind: 'heading', scheme: 'muc', keepInTitle: true },
  { re: /^Điều\s+\d+[a-z]?\s*[.:]\s*/u, kind: 'heading', scheme: 'dieu', keepInTitle: true },
  // "I.MỤC ĐÍCH, YÊU CẦU": typed with no space after the label (a word follows: not "V.I.Lênin").
  { re: /^[IVXLC]+\s*[.)]\s+|^[IVXLC]+\.(?=\p{Lu}\p{L})/u, kind: 'heading', scheme: 'roman' },
  { re: /^[IVXLC]+\s*-\s+(?=\p{L})/u, kind: 'heading', scheme: 'roman-dash' },
  // "A. KẾT QUẢ ĐẠT ĐƯỢC", "B. PHƯƠNG HƯỚNG": parts of a report, each with its own I., II. (after the Roman
  // numerals, so "I.", "V.", "X.", "C.", "L." stay Roman unless read in their sequence: PartLetters).
  { re: /^[A-ZĐ]\.\s+(?=\p{L})/u, kind: 'part', scheme: 'upper-letter' },
  // "8.2.2.2.", "1.1.1.1.1.": a technical appendix's deep outline, read whole (the outline keeps four levels).
  { re: /^\d+(?:\.\d+){3,}\.?\s+/, kind: 'heading', scheme: 'decimal4' },
  { re: /^\d+\.\d+\.\d+\.?\s+/, kind: 'heading', scheme: 'decimal3' },
  { re: /^\d+\.\d+\.?\s+/, kind: 'heading', scheme: 'decimal2' },
  { re: /^\d+\s*[.)]\s*(?=\S)/, kind: 'heading', scheme: 'decimal' },
  { re: /^\d+\s*-\s+(?=\p{L})/u, kind: 'heading', scheme: 'decimal-dash' },
  { re: /^[a-zđ]\s*\)\s*/, kind: 'heading', scheme: 'letter' },
  { re: /^[a-zđ]\.\s+(?=\p{L})/u, kind: 'heading', scheme: 'letter-dot' },
  { re: /^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s*/, kind: 'heading', scheme: 'roman-small' },
];

/** The label at the start of `text`, or null. A heading label needs a title after it; "Phần thứ nhất", "Chương I" may stand alone. */
export function labelOf(text: string): Label | null {
  for (const { re, kind, scheme, keepInTitle } of SCHEMES) {
    const match = re.exec(text);
    if (!match) continue;
    const alone = match[0].trim().length >= text.trim().length;
    if (alone && scheme !== 'part' && scheme !== 'chuong' && scheme !== 'muc') continue;
    return { kind, length: match[0].length, scheme, keepInTitle: !!keepInTitle };
  }
  return null;
}

/** The letters of "a)", "b)" items in order: the Vietnamese alphabet, without its marked letters. */
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** The capital letters of "A.", "B.", "C." parts, in the same order. */
const UPPER_LETTERS = LETTERS.toUpperCase();

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const v = ROMAN[text[i]!] ?? 0;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The number a typed label stands for ("III." → 3, "2-" → 2, "c)" → 3), or null. */
export function labelValue(text: string, scheme: string): number | null {
  const head = text.trim();
  if (scheme === 'roman' || scheme === 'roman-dash') return romanValue(/^[IVXLC]+/.exec(head)?.[0] ?? '');
  if (scheme === 'decimal' || scheme === 'decimal-dash') return Number(/^\d+/.exec(head)?.[0] ?? NaN);
  if (scheme === 'letter' || scheme === 'letter-dot') return LETTERS.indexOf(head[0] ?? '') + 1 || null;
  return null;
}

/** The next label after `value`: "d)" may be followed by "đ)" or, as many offices write, by "e)". */
export function follows(value: number, next: number, scheme: string): boolean {
  if (next === value + 1) return true;
  return scheme === 'letter' && value === 4 && next === 6;
}

/**
 * Labels read in the order the document gives them: after "B.", "C." is the third part, not the
 * Roman hundred (nor "D." after "C.", "L." after "K."). `labelOf` reads a line where it stands;
 * `passed` notes a part's letter once the reader takes the line as that part.
 */
export class PartLetters {
  private previous: string | null = null;

  labelOf(text: string): Label | null {
    const label = labelOf(text);
    if (label?.scheme !== 'roman' || this.previous === null || !/^[A-ZĐ]\s*\./u.test(text)) return label;
    const follows = UPPER_LETTERS.indexOf(text[0] as string) === UPPER_LETTERS.indexOf(this.previous) + 1;
    // The Roman label's length is the letter's, its mark and its space.
    return follows ? { ...label, kind: 'part', scheme: 'upper-letter' } : label;
  }

  passed(text: string, label: Label | null): void {
    if (label?.scheme === 'upper-letter') this.previous = text[0] ?? null;
  }
}

/** The levels of the schemes met so far, the outermost first. */
export class SchemeStack {
  private schemes: string[] = [];

  /** A Phần (or the start of a document kept after the signature) begins the levels again. */
  reset(): void {
    this.schemes = [];
  }

  /** Whether a heading of this scheme holds the lines read now (a khoản inside an điều). */
  within(scheme: string): boolean {
    return this.schemes.includes(scheme);
  }

  /** The level (1 = mục) of a heading of this scheme, here in the document. */
  levelOf(scheme: string): number {
    const at = this.schemes.indexOf(scheme);
    if (at >= 0) {
      this.schemes = this.schemes.slice(0, at + 1);
      return at + 1;
    }
    this.schemes.push(scheme);
    return Math.min(this.schemes.length, 4);
  }
}
