/**
 * The offline spell checker for what clerks get wrong: letters that make no syllable ("năgn"),
 * a tone mark on the wrong letter ("hứơng"), Telex/VNI keys left in the text ("vieejt",
 * "vie6t5"), set phrases written wrong with valid syllables ("sử lý"), and — when a style is
 * chosen — tone marks in the other style ("hoà" in a "hòa" document). Words the clerk adds to
 * the personal dictionary are never flagged. Pure and synchronous: the UI runs it off the
 * keystroke path.
 */
import { isWellFormedSyllable, matchCase, parseSyllable, TONE_MARKS, tonePlacement, withToneAt, type ToneStyle } from './syllable';
import { restyleWord } from './tone-style';
import { decodeTelex, decodeVniDigits, trailingKeyCandidates } from './typing-leftovers';
import { vocabulary } from './words/vocabulary';
import { wordKey } from './words/word-key';
import { findWrongPairs } from './words/wrong-pairs';
import { repairedSyllables } from './words/confusions';
import { WRONG_WORD_ENTRIES } from './wrong-words';
import { pieceIndexAt } from './offsets';

/** wrong-word: a phrase on the list of known mistakes; wrong-pair: two syllables the word model reads as a slip. */
export type SpellKind = 'not-a-word' | 'tone-position' | 'typing-leftover' | 'wrong-word' | 'wrong-pair' | 'tone-style';

export interface SpellFinding {
  /** Offsets in the NFC text. */
  start: number;
  end: number;
  /** 1-based line and column (in characters). */
  line: number;
  column: number;
  word: string;
  suggestion: string;
  kind: SpellKind;
}

export interface SpellOptions {
  style?: ToneStyle;
  personalDictionary?: Iterable<string>;
}

const TOKEN = /[\p{L}\p{M}\d]+/gu;
const TONE_CHARS = new Set<string>(Object.values(TONE_MARKS));
/** How many tone marks a word carries (one syllable carries at most one). */
const toneCount = (word: string) => [...word.normalize('NFD')].filter((c) => TONE_CHARS.has(c)).length;
const HAS_VIETNAMESE_MARK = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** The word with its tone moved to where `style` puts it, if it parses. */
function placeTone(word: string, style: ToneStyle): string | null {
  const s = parseSyllable(word);
  if (!s) return null;
  if (s.tone === 'level' || s.tonePosition === null) return word.normalize('NFC');
  return withToneAt(s.base, s.tone, tonePlacement(s, style), word);
}

/** Words with two neighbouring letters swapped, the end of the word first (where slips happen most). */
function transpositions(word: string): string[] {
  const letters = [...word];
  const out: string[] = [];
  for (let i = letters.length - 2; i >= 0; i -= 1) {
    const copy = [...letters];
    [copy[i], copy[i + 1]] = [copy[i + 1] as string, copy[i] as string];
    out.push(copy.join(''));
  }
  return out;
}

/** What the clerk most likely meant by a word that is not a syllable. */
function suggestFor(word: string, style: ToneStyle): { suggestion: string; kind: SpellKind } | null {
  const s = parseSyllable(word);
  if (s && s.tone !== 'level') return { suggestion: withToneAt(s.base, s.tone, tonePlacement(s, style), word), kind: 'tone-position' };
  for (const decoded of [decodeVniDigits(word), decodeTelex(word)]) {
    const placed = decoded ? placeTone(decoded, style) : null;
    if (placed) return { suggestion: placed, kind: 'typing-leftover' };
  }
  // Two letters swapped ("năgn"), for a word begun in Vietnamese: a plain word ("tone", "vni") is foreign.
  for (const candidate of HAS_VIETNAMESE_MARK.test(word) ? transpositions(word) : []) {
    const placed = placeTone(candidate, style);
    if (placed) return { suggestion: placed, kind: 'not-a-word' };
  }
  // Two words run together ("nắmtình"): two tone marks cannot share one syllable.
  const letters = [...word];
  const toneMarks = toneCount(word);
  for (let i = 1; toneMarks >= 2 && i < letters.length; i += 1) {
    const left = letters.slice(0, i).join('');
    const right = letters.slice(i).join('');
    if (isWellFormedSyllable(left) && isWellFormedSyllable(right) && [...right].length > 1 && [...left].length > 1) return { suggestion: `${left} ${right}`, kind: 'not-a-word' };
  }
  return null;
}

const NATIVE_ONSETS = new Set(['ngh', 'ng', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'ch', 'nh', 'qu']);

/**
 * Names from other languages — Đắk Lắk, Krông Pắc, Xrê Pốk, Jrai — are not typos: letters
 * Vietnamese does not use (f j w z), a final k, or an opening consonant cluster it does not have.
 */
export function looksForeign(word: string): boolean {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
  if (/[fjwz]/.test(plain) || /k$/.test(plain)) return true;
  const cluster = /^[^aeiouy]+/.exec(plain)?.[0] ?? '';
  return cluster.length >= 2 && !NATIVE_ONSETS.has(cluster) && !(cluster === 'ngh' || cluster.startsWith('q'));
}


/** Wrong phrases indexed by their first word, so each token costs one lookup. */
const PHRASES_BY_FIRST_WORD = new Map<string, [string, string, number][]>();
for (const [wrong, right] of WRONG_WORD_ENTRIES) {
  const words = wrong.split(' ');
  const list = PHRASES_BY_FIRST_WORD.get(words[0] as string) ?? [];
  list.push([wrong, right, words.length]);
  PHRASES_BY_FIRST_WORD.set(words[0] as string, list);
}

/** True when only spaces stand between `offset` and the start of the text or a sentence mark. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string) && text[i] !== '\n') i -= 1;
  return i < 0 || '.!?:;\n'.includes(text[i] as string);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function checkSpelling(input: string, options: SpellOptions = {}): SpellFinding[] {
  const text = input.normalize('NFC');
  const style = options.style ?? 'new';
  const entries = [...(options.personalDictionary ?? [])].map((w) => w.normalize('NFC').toLocaleLowerCase('vi-VN').trim()).filter((w) => w !== '');
  const personal = new Set(entries.filter((w) => !/\s/.test(w)));
  // Entries of several words ("Bắc Bình"): wherever they stand in the text, nothing inside is flagged.
  const accepted = acceptedSpans(text, entries.filter((w) => /\s/.test(w)));
  const starts = lineStarts(text);
  const position = (offset: number) => {
    const line = pieceIndexAt(starts, offset);
    return { line: line + 1, column: [...text.slice(starts[line], offset)].length + 1 };
  };
  const findings: SpellFinding[] = [];
  const tokens: { word: string; start: number; end: number; ok: boolean; usable: boolean }[] = [];

  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const lower = word.toLowerCase();
    const report = (suggestion: string, kind: SpellKind) => findings.push({ start, end, ...position(start), word, suggestion, kind });
    if (personal.has(lower)) {
      tokens.push({ word, start, end, ok: true, usable: false });
      continue;
    }
    const hasDigit = /\d/.test(word);
    if (hasDigit) {
      // Numbers and codes (62-KL, 2026), sizes and units (A4, m2) are fine; letters with tone
      // digits are VNI left in the text — a word of at least two letters ("vie6t5").
      const vni = /^[a-zđ]{2,}[1-9][a-z1-9]*$/i.test(word) ? decodeVniDigits(word) : null;
      const placed = vni ? placeTone(vni, style) : null;
      if (placed) report(placed, 'typing-leftover');
      tokens.push({ word, start, end, ok: false, usable: false });
      continue;
    }
    // HĐND, CNVCLĐ, UBND: capitals without tone marks are abbreviations; so are words with a
    // capital inside (QyĐ, TTg: Phụ lục III); a lone letter is a unit or an item.
    const hasCapital = lower !== word;
    const isAbbreviation = (hasCapital && ((word === word.toUpperCase() && toneCount(word) === 0) || /^.[\p{L}\p{M}]*\p{Lu}/u.test(word))) || [...word].length === 1;
    const capitalisedInside = hasCapital && word[0] !== word[0]?.toLowerCase() && !startsSentence(text, start);
    if (isWellFormedSyllable(word)) {
      if (options.style) {
        const restyled = restyleWord(word, options.style);
        if (restyled !== word && !capitalisedInside) report(restyled, 'tone-style');
      }
      // A capitalised word inside a sentence is a name: the word model does not weigh it.
      const isHeading = hasCapital && [...word].length > 1 && word === word.toUpperCase();
      tokens.push({ word, start, end, ok: true, usable: !capitalisedInside || isHeading });
      continue;
    }
    tokens.push({ word, start, end, ok: false, usable: false });
    if (isAbbreviation) continue;
    const leftover = trailingLeftover(word, tokens[tokens.length - 2], text.slice(end, end + 40), style);
    if (leftover) {
      report(leftover, 'typing-leftover');
      continue;
    }
    const suggestion = suggestFor(word, style);
    const repaired = suggestion ? null : confusionRepair(word, tokens[tokens.length - 2], text.slice(end, end + 40), style);
    if (suggestion) report(suggestion.suggestion, suggestion.kind);
    else if (repaired) report(repaired, 'not-a-word');
    // Without a likely intent, a capitalised word inside a sentence is a name (Y Sang Niê).
    else if (HAS_VIETNAMESE_MARK.test(word) && !looksForeign(word) && !capitalisedInside) report('', 'not-a-word');
    // A plain-letter word that is no syllable and has no likely intent: a foreign word or a name.
  }

  // Wrong phrases: consecutive well-formed syllables separated by a single space.
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i]!;
    if (!first.ok) continue;
    for (const [wrong, right, size] of PHRASES_BY_FIRST_WORD.get(wordKey(first.word)) ?? []) {
      const group = tokens.slice(i, i + size);
      if (group.length < size || group.some((t) => !t.ok)) continue;
      const last = group[group.length - 1]!;
      const span = text.slice(first.start, last.end);
      if (!/^[\p{L}\p{M}]+( [\p{L}\p{M}]+)*$/u.test(span)) continue;
      if (span.split(' ').map(wordKey).join(' ') !== wrong) continue;
      const suggestion = first.word[0] !== first.word[0]?.toLocaleLowerCase('vi-VN') ? right.charAt(0).toLocaleUpperCase('vi-VN') + right.slice(1) : right;
      findings.push({ start: first.start, end: last.end, ...position(first.start), word: span, suggestion, kind: 'wrong-word' });
    }
  }
  // Slips that make another real word: only where no listed mistake was found.
  for (const pair of findWrongPairs(text, tokens)) {
    const first = tokens[pair.first]!;
    const last = tokens[pair.first + pair.size - 1]!;
    if (findings.some((f) => f.start < last.end && f.end > first.start)) continue;
    findings.push({ start: first.start, end: last.end, ...position(first.start), word: text.slice(first.start, last.end), suggestion: pair.suggestion, kind: 'wrong-pair' });
  }
  return findings.filter((f) => !accepted.some(([from, to]) => f.start < to && f.end > from)).sort((a, b) => a.start - b.start);
}

/**
 * "thànhf", "đượcj", "khôngg": a key left at the end of a finished word. Of the readings, the
 * one that makes a known pair with a neighbour wins ("kiểm traf" → "tra", not "trà").
 */
function trailingLeftover(word: string, before: { word: string } | undefined, after: string, style: ToneStyle): string | null {
  // A plain word ("runs", "sans") may be English: only a neighbour that fits makes it a leftover.
  const plain = !HAS_VIETNAMESE_MARK.test(word);
  const chosen = chooseByNeighbours(trailingKeyCandidates(word, isWellFormedSyllable), before, after, plain);
  return chosen ? placeTone(chosen, style) : null;
}

/** "kếc luận" → "kết", "luậc" → "luật": an ending or onset swapped within its confusion set. */
function confusionRepair(word: string, before: { word: string } | undefined, after: string, style: ToneStyle): string | null {
  const chosen = chooseByNeighbours(repairedSyllables(word, isWellFormedSyllable), before, after, true);
  return chosen ? matchCase(placeTone(chosen, style) ?? chosen, word) : null;
}

/**
 * The candidate that makes a known pair with the word before or after it; without such
 * evidence the first, or none when `needEvidence`.
 */
function chooseByNeighbours(candidates: readonly string[], before: { word: string } | undefined, after: string, needEvidence = false): string | null {
  if (candidates.length === 0) return null;
  const words = vocabulary();
  const previous = before ? wordKey(before.word) : '';
  const next = /^ ([\p{L}\p{M}]+)/u.exec(after)?.[1];
  const fits = (candidate: string) => {
    const key = wordKey(candidate);
    return (previous !== '' && words.knownPair(previous, key)) || (next !== undefined && words.knownPair(key, wordKey(next)));
  };
  return candidates.find(fits) ?? (needEvidence ? null : (candidates[0] as string));
}
/** Where each of `phrases` (lower case) stands in `text`, as whole words. */
function acceptedSpans(text: string, phrases: readonly string[]): [number, number][] {
  if (phrases.length === 0) return [];
  const lower = text.toLocaleLowerCase('vi-VN');
  const spans: [number, number][] = [];
  const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
  for (const phrase of phrases) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      if (!isLetter(lower[at - 1]) && !isLetter(lower[at + phrase.length])) spans.push([at, at + phrase.length]);
    }
  }
  return spans;
}
