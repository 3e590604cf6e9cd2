/**
 * The offline spell checker for what clerks get wrong: a syllable that lost its mark ("sach",
 * "bao cáo"), letters that make no syllable ("năgn"), a tone mark on the wrong letter ("hứơng"),
 * Telex/VNI keys left in the text ("quyeets", "vie6t5"), words run together or broken apart, set
 * phrases written wrong with valid syllables ("sử lý"), and — when the unit has chosen a style —
 * hòa/hoà and kỹ/kĩ written the other way. The words around decide, weighed by how real text
 * uses them (words/vocabulary.ts); names, foreign words and the personal dictionary are left
 * alone. Pure and synchronous: the UI runs it off the keystroke path.
 */
import { matchCase, parseSyllable, restyleWord, tonePlacement, withToneAt, type ToneStyle } from './syllable';
import { iyVariant, type IyStyle } from './spelling-variants';
import { decodeVniDigits, hasTelexShapeAndTone } from './typing-leftovers';
import { vocabulary } from './words/vocabulary';
import { findWrongPairs } from './words/wrong-pairs';
import { pieceIndexAt } from './offsets';
import { findContextSlips } from './spelling/context-slips';
import { hasNoVowel, mendSplit, splitGlued } from './spelling/joins';
import { findMendedPairs } from './spelling/mark-pairs';
import { STYLE_KINDS, type SpellKind } from './spelling/kinds';
import { placeTone } from './spelling/place-tone';
import { findListedPhrases } from './spelling/listed-phrases';
import { looksForeign } from './spelling/foreign-words';
import { neighboursOf, tokenize, type Token } from './spelling/tokens';
import {
  bestCandidate,
  decodedKeyCandidates,
  fitsANeighbour,
  fitsANeighbourStrongly,
  fitsEveryNeighbour,
  unknownWordCandidates,
  type Choice,
} from './spelling/unknown-words';

export type { SpellKind } from './spelling/kinds';
export { looksForeign } from './spelling/foreign-words';

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
  /** The unit's tone style; without it both are accepted and suggestions use the "new" one. */
  style?: ToneStyle;
  /** The unit's choice between kỹ/kĩ, lý/lí, quy/qui; without it both are accepted. */
  iy?: IyStyle;
  personalDictionary?: Iterable<string>;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * VNI keys left in a word: letters, then digits where VNI puts them — at most one tone digit
 * (1–5) and each shape digit (6–9) once, but 7 twice for ươ ("Thu7o72ng"); a word may open with
 * đ typed as d9 ("d9a2o"). Codes and formulas (CO2, Pu238, A4) are not.
 */
function looksLikeVni(t: Token): boolean {
  if (!/^(?:[a-zđ]{2,}|d9)[a-z1-9]*$/i.test(t.word) || !/\d/.test(t.word) || t.capitalisedInside || /^[A-ZĐ]+\d/.test(t.word)) return false;
  const digits = t.word.replace(/\D/g, '');
  const times = (digit: string) => digits.split(digit).length - 1;
  return digits.replace(/[6-9]/g, '').length <= 1 && ['6', '8', '9'].every((d) => times(d) <= 1) && times('7') <= 2;
}

/** Vowel groups of a word: a Vietnamese syllable has one, two run together have two. */
const vowelGroups = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[aeiouy]+/g)?.length ?? 0;

export function checkSpelling(input: string, options: SpellOptions = {}): SpellFinding[] {
  const text = input.normalize('NFC');
  const style = options.style ?? 'new';
  const words = vocabulary();
  const entries = [...(options.personalDictionary ?? [])].map((w) => w.normalize('NFC').toLocaleLowerCase('vi-VN').trim()).filter((w) => w !== '');
  // Entries of several words ("Bắc Bình"): wherever they stand in the text, nothing inside is flagged.
  const accepted = acceptedSpans(
    text,
    entries.filter((w) => /\s/.test(w)),
  );
  const tokens = tokenize(text, new Set(entries.filter((w) => !/\s/.test(w))));
  const starts = lineStarts(text);
  const position = (offset: number) => {
    const line = pieceIndexAt(starts, offset);
    return { line: line + 1, column: [...text.slice(starts[line], offset)].length + 1 };
  };
  // Every suggestion is written in the unit's style, whichever slip produced it.
  const inStyle = (suggestion: string) =>
    suggestion.replace(/[\p{L}\p{M}]+/gu, (w) => {
      const toned = options.style ? restyleWord(w, options.style) : w;
      return options.iy ? iyVariant(toned, options.iy) : toned;
    });
  const findings: SpellFinding[] = [];
  const report = (first: Token, last: Token, suggestion: string, kind: SpellKind) =>
    findings.push({
      start: first.start,
      end: last.end,
      ...position(first.start),
      word: text.slice(first.start, last.end),
      suggestion: kind === 'tone-style' || kind === 'variant-style' ? suggestion : inStyle(suggestion),
      kind,
    });
  const spoken = (key: string, model: string) => matchCase(placeTone(key, style) ?? key, model);

  // Bare letters of a lower-case word that are no syllable, where a known syllable has the same letters with marks ("tac": tác, tạc…).
  const mayBeBare = (t: Token) =>
    !t.wellFormed && t.plain && !t.capitalisedInside && !t.abbreviation && !t.hyphenated && /^\p{Ll}+$/u.test(t.word) && words.sameLetters(t.word).length > 0;
  // First what each unknown word may have been, so a neighbour that is itself a slip ("hoanf thanhf") still gives evidence.
  const choices = new Map<number, Choice | null>();
  tokens.forEach((t, i) => {
    if (t.personal || t.hasDigit || t.apostrophe || t.known || t.abbreviation) return;
    if (!t.wellFormed && words.knownOtherWord(t.word) && !mayBeBare(t)) return;
    choices.set(i, bestCandidate(words, unknownWordCandidates(words, t.word), neighboursOf(tokens, i)));
  });
  const resolvedNeighbours = (i: number) => {
    const around = neighboursOf(tokens, i);
    const t = tokens[i] as Token;
    const before = choices.get(i - 1);
    const after = choices.get(i + 1);
    return {
      left: around.left ?? (before && t.joinedLeft ? before.candidate.word : null),
      right: around.right ?? (after && tokens[i + 1]?.joinedLeft ? after.candidate.word : null),
    };
  };
  const bareFitsEverywhere = (t: Token, i: number) => {
    const choice = choices.get(i);
    const around = resolvedNeighbours(i);
    // Both neighbours, both seen beside it: "lọt vào top 8" is English between a word and a number.
    // Where a sentence or clause ends, the word before alone, in a pair real text writes often ("minh bach.").
    if (!mayBeBare(t) || choice?.candidate.kind !== 'missing-mark' || around.left === null) return false;
    const ends = around.right === null && !tokens[i + 1]?.hasDigit && /^\s*[.,;:!?]/u.test(text.slice(t.end));
    return ends
      ? fitsANeighbourStrongly(words, choice.candidate.word, around)
      : around.right !== null && fitsEveryNeighbour(words, choice.candidate.word, around);
  };
  const outer = (first: number, last: number) => ({ left: neighboursOf(tokens, first).left, right: neighboursOf(tokens, last).right });

  // Pairs that lost their marks ("giao duc", "đang viên"): the pair is the evidence.
  for (const mended of findMendedPairs(words, tokens)) {
    const [a, b] = [tokens[mended.first] as Token, tokens[mended.first + 1] as Token];
    const [l, r] = mended.words;
    if (l !== a.key && r !== b.key) report(a, b, `${spoken(l, a.word)} ${spoken(r, b.word)}`, 'missing-mark');
    else if (l !== a.key) report(a, a, spoken(l, a.word), 'missing-mark');
    else report(b, b, spoken(r, b.word), 'missing-mark');
  }
  /** What each word reported on its own was corrected to (key form), by token index. */
  const corrected = new Map<number, string>();
  const taken = (t: Token) => findings.some((f) => f.start < t.end && f.end > t.start);

  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.personal || t.apostrophe) continue;
    if (t.hasDigit) {
      // Numbers and codes (62-KL, 2026), sizes and units (A4, m2) are fine; letters with tone
      // digits are VNI left in the text — a word of at least two letters ("vie6t5").
      const vni = looksLikeVni(t) ? decodeVniDigits(t.word) : null;
      const meant = bestCandidate(words, decodedKeyCandidates(words, vni), resolvedNeighbours(i));
      if (meant) report(t, t, spoken(meant.candidate.word, t.word), 'typing-leftover');
      continue;
    }
    if (t.wellFormed) {
      if (!t.capitalisedInside) {
        const restyled = options.style ? restyleWord(t.word, options.style) : t.word;
        if (restyled !== t.word) report(t, t, restyled, 'tone-style');
        const variant = options.iy ? iyVariant(t.word, options.iy) : t.word;
        if (variant !== t.word) report(t, t, variant, 'variant-style');
      }
      if (t.known) continue;
    }
    if (taken(t)) continue;
    // A fragment with no vowel ("ng" of "chủ độ ng") is no word: it may be the end of the word before.
    // Only lower-case letters, two or more: a unit (độ C, GB/s) or a list letter is no fragment.
    // A lone consonant between two words ("kế t quả") is a piece too, where the mended word fits a neighbour.
    const loneConsonant = /^[bcdđghklmnpqrstvx]$/u.test(t.word) && t.joinedLeft && tokens[i + 1]?.joinedLeft === true;
    const fragment =
      !t.wellFormed && (/^\p{Ll}{2,}$/u.test(t.word) || loneConsonant) && hasNoVowel(t.word) ? mendSplit(words, tokens, i, outer, loneConsonant) : null;
    if (fragment) {
      const first = tokens[fragment.first] as Token;
      report(first, tokens[fragment.first + 1] as Token, spoken(fragment.word, first.word), 'split');
      i = Math.max(i, fragment.first + 1);
      continue;
    }
    // A word real text uses that is no syllable ("gap", "Bach", "tic-tac") is left alone, unless it is
    // a syllable's bare letters and the syllable with its marks fits every neighbour ("Công tac tuyên truyền").
    const otherWord = !t.wellFormed && words.knownOtherWord(t.word);
    if (otherWord && !bareFitsEverywhere(t, i)) continue;
    // "viênThành": a capital inside a word begins a second one.
    const glued = !t.plain && (vowelGroups(t.word) >= 2 || /^\p{Ll}+\p{Lu}/u.test(t.word)) ? splitGlued(words, t.word) : null;
    if (glued) {
      report(t, t, glued, 'glued');
      continue;
    }
    // A foreign name (Lav, Dest), a transliteration (Phri-đrích) or an abbreviation is not weighed.
    if (t.abbreviation || t.hyphenated || (t.capitalisedInside && t.plain)) continue;
    const s = t.wellFormed ? null : parseSyllable(t.word);
    // A capitalised word of plain letters with a tone is pinyin or another language (Huì Shēn), not a misplaced mark.
    const pinyinLike = t.capitalisedInside && !/[ăâđêôơư]/iu.test(t.word);
    if (s && s.tone !== 'level' && !pinyinLike) {
      report(t, t, withToneAt(s.base, s.tone, tonePlacement(s, style), t.word), 'tone-position');
      continue;
    }
    const found = choices.get(i) ?? null;
    // A word of another language (Jrai, Đắk) is only a slip where Telex keys explain it ("phongf").
    const choice = found && (!looksForeign(t.word) || found.candidate.kind === 'typing-leftover') ? found : null;
    const around = resolvedNeighbours(i);
    // A plain word ("max", "post") may be English and a capitalised one a name: only a neighbour
    // that fits makes it a slip. A rare syllable (lật đật) must fit every neighbour it has, or make
    // with one of them, once corrected, a pair real text uses often ("thôn dõ việc": rõ việc).
    // A syllable's bare letters that make no syllable ("sach", "truc") are always a lost mark (issue 21).
    const evident = (word: string) =>
      t.wellFormed
        ? fitsEveryNeighbour(words, word, around) || (!t.plain && fitsANeighbourStrongly(words, word, around))
        : !(t.plain || t.capitalisedInside) ||
          fitsANeighbour(words, word, around) ||
          (mayBeBare(t) && !otherWord && choice?.candidate.kind === 'missing-mark') ||
          // Lower case only: a capitalised one may be a name (Kees W. Bolle).
          (choice?.candidate.kind === 'typing-leftover' && /^\p{Ll}+$/u.test(t.word) && hasTelexShapeAndTone(t.word));
    const usable = choice && evident(choice.candidate.word) ? choice : null;
    const mend = mendSplit(words, tokens, i, outer);
    if (mend && (!usable || mend.score > usable.score)) {
      const first = tokens[mend.first] as Token;
      report(first, tokens[mend.first + 1] as Token, spoken(mend.word, first.word), 'split');
      i = Math.max(i, mend.first + 1);
      continue;
    }
    if (usable) {
      report(t, t, spoken(usable.candidate.word, t.word), usable.candidate.kind);
      corrected.set(i, usable.candidate.word);
      continue;
    }
    // Without a likely intent: a marked word that no language but Vietnamese could have made.
    if (!t.wellFormed && !t.plain && !looksForeign(t.word) && !t.capitalisedInside && vowelGroups(t.word) === 1) report(t, t, '', 'not-a-word');
  }

  for (const phrase of findListedPhrases(text, tokens)) {
    // A listed phrase explains a slip better than any one of its words ("chiển khai", not "chiển").
    const inside = findings.filter((f) => f.start < phrase.end && f.end > phrase.start && !STYLE_KINDS.has(f.kind));
    if (inside.some((f) => f.start < phrase.start || f.end > phrase.end)) continue;
    for (const f of inside) findings.splice(findings.indexOf(f), 1);
    findings.push({ ...phrase, ...position(phrase.start), suggestion: inStyle(phrase.suggestion), kind: 'wrong-word' });
  }
  // Slips that make another word of the project's lists (chấp hàng → chấp hành): where nothing else was found.
  for (const pair of findWrongPairs(text, tokens)) {
    const first = tokens[pair.first] as Token;
    const last = tokens[pair.first + pair.size - 1] as Token;
    if (findings.some((f) => f.start < last.end && f.end > first.start)) continue;
    report(first, last, pair.suggestion, 'wrong-pair');
  }
  // A neighbour already corrected speaks as the word meant ("tô chưc": chưc → chức, so tô → tổ).
  const correctedLeft = (i: number) => ((tokens[i] as Token).joinedLeft ? corrected.get(i - 1) : undefined);
  const correctedRight = (i: number) => (tokens[i + 1]?.joinedLeft ? corrected.get(i + 1) : undefined);
  for (const slip of findContextSlips(words, tokens, (i, mended) => {
    const around = neighboursOf(tokens, i);
    return {
      left: mended.get(i - 1) ?? correctedLeft(i) ?? around.left,
      right: mended.get(i + 1) ?? correctedRight(i) ?? around.right,
    };
  })) {
    const t = tokens[slip.index] as Token;
    if (findings.some((f) => f.start < t.end && f.end > t.start)) continue;
    if (slip.slip !== 'sound-alike') {
      report(t, t, spoken(slip.word, t.word), slip.slip);
      continue;
    }
    // A sound-alike makes another real word: show it with the neighbour it belongs with ("chấp hàng" → "chấp hành").
    const other = tokens[slip.index + (slip.evidence === 'left' ? -1 : 1)] as Token;
    const [first, last] = slip.evidence === 'left' ? [other, t] : [t, other];
    const suggestion = slip.evidence === 'left' ? `${other.word} ${spoken(slip.word, t.word)}` : `${spoken(slip.word, t.word)} ${other.word}`;
    report(first, last, suggestion, 'wrong-pair');
  }
  return findings.filter((f) => !accepted.some(([from, to]) => f.start < to && f.end > from)).sort((a, b) => a.start - b.start);
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
