/**
 * The words of a text as the spell checker sees them: where each stands, its key for the word
 * model, and what kind of word it is — a syllable real text uses, a name (capitalised inside a
 * sentence, or written with an apostrophe: Cư M'gar, H'Mông), an abbreviation (HĐND, QyĐ), a
 * code with digits, a word of the personal dictionary.
 */
import { isWellFormedSyllable } from '../syllable';
import { vocabulary } from '../words/vocabulary';
import { wordKey } from '../words/word-key';

/** Letters and digits; an apostrophe between letters keeps a name in one piece (M'gar, Ea H'leo). */
const LATIN = /^[\p{Script=Latin}\p{M}\d'’]+$/u;
const TOKEN = /[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*/gu;
const TONE_CHARS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const HAS_VIETNAMESE_MARK = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

export interface Token {
  word: string;
  start: number;
  end: number;
  /** wordKey(word): lower case, tone where the "new" style puts it. */
  key: string;
  wellFormed: boolean;
  /** A syllable real text uses (not a slip that happens to be well formed: "thoong", "hiêu"). */
  known: boolean;
  personal: boolean;
  /** Capitalised inside a sentence: a name the word model does not weigh. */
  capitalisedInside: boolean;
  /** All capitals, more than one letter: a heading word (CỘNG HÒA), weighed like any word. */
  heading: boolean;
  /** HĐND, UBND, QyĐ, TTg, a lone letter. */
  abbreviation: boolean;
  /** No Vietnamese letter or mark: maybe a foreign word. */
  plain: boolean;
  hasDigit: boolean;
  /** Written with an apostrophe: a name of a minority language. */
  apostrophe: boolean;
  /** A well-formed syllable the word model may weigh. */
  usable: boolean;
  /** A syllable that tells the word model about its neighbours: names count (Trung thu, Gia Lai). */
  context: boolean;
  /** One space, nothing else, between this word and the one before. */
  joinedLeft: boolean;
  /** Joined by a hyphen to a neighbouring word: a transliteration (Mát-xcơ-va, Phri-đrích) or a code. */
  hyphenated: boolean;
}

/** True when only spaces stand between `offset` and the start of the text or a sentence mark (a list dash counts). */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"“'(«]/.test(text[i] as string) && text[i] !== '\n') i -= 1;
  if (i >= 0 && /[-–+•*]/.test(text[i] as string)) {
    let j = i - 1;
    while (j >= 0 && /[ \t]/.test(text[j] as string)) j -= 1;
    if (j < 0 || text[j] === '\n') return true;
  }
  return i < 0 || '.!?:;\n'.includes(text[i] as string);
}

export function tokenize(text: string, personal: ReadonlySet<string>): Token[] {
  const words = vocabulary();
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const lower = word.toLowerCase();
    const previous = tokens[tokens.length - 1];
    const joinedLeft = previous !== undefined && text.slice(previous.end, start) === ' ';
    const hasCapital = lower !== word;
    const wellFormed = isWellFormedSyllable(word);
    const key = wellFormed ? wordKey(word) : lower;
    const isPersonal = personal.has(lower);
    const capitalisedInside = hasCapital && word[0] !== word[0]?.toLowerCase() && !startsSentence(text, start);
    const heading = hasCapital && [...word].length > 1 && word === word.toUpperCase();
    const toneless = !TONE_CHARS.test(word.normalize('NFD'));
    const abbreviation = (hasCapital && ((word === word.toUpperCase() && toneless) || /^.[\p{L}\p{M}]*\p{Lu}/u.test(word))) || [...word].length === 1;
    tokens.push({
      word,
      start,
      end,
      key,
      wellFormed,
      known: wellFormed && words.knownSyllable(key),
      personal: isPersonal,
      capitalisedInside,
      heading,
      abbreviation,
      plain: !HAS_VIETNAMESE_MARK.test(word),
      hasDigit: /\d/.test(word),
      // A name with an apostrophe, or letters of another script glued on: not for the checker.
      apostrophe: /['’]/.test(word) || !LATIN.test(word),
      usable: wellFormed && !isPersonal && (!capitalisedInside || heading),
      context: wellFormed && !isPersonal,
      joinedLeft,
      hyphenated: (text[start - 1] === '-' && /[\p{L}\d]/u.test(text[start - 2] ?? '')) || (text[end] === '-' && /[\p{L}\d]/u.test(text[end + 1] ?? '')),
    });
  }
  return tokens;
}

/** The keys of the neighbours of token `i` that tell about it (null where none stands one space away). */
export function neighboursOf(tokens: readonly Token[], i: number): { left: string | null; right: string | null } {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return {
    left: before && t.joinedLeft && before.context ? before.key : null,
    right: after && after.joinedLeft && after.context ? after.key : null,
  };
}
