import { isWellFormedSyllable } from '../text/syllable';

/**
 * Titles of mục, phần and phụ lục are written IN HOA on export (ND30, HD 05), so a report read
 * back from Word has lost their case. It is restored from the document's own text: each word
 * takes the form it has inside sentences there — by its neighbour first ("kiến nghị" but
 * "Nghị quyết"), else alone ("Nhân dân", "UBND", "Phú Hòa") — other words are lower case, and
 * the title starts with a capital. Words with digits or slashes ("12-NQ/ĐU") stay as written.
 */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\-/.]*/gu;

// Vietnamese has no locale-specific case rules: the plain (much faster) conversions are exact.
const lower = (w: string) => w.toLowerCase();
const isCapitals = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();

export interface Casing {
  /** "kiến nghị" → forms of the pair as written, most common first. */
  pairs: Map<string, string>;
  words: Map<string, string>;
}

function mostCommon(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, forms] of counts) {
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(key, best[0]);
  }
  return out;
}

/**
 * A syllable in capitals beside another ("ba khâu ĐỘT PHÁ", "NHIỆM VỤ TRỌNG TÂM") is emphasis,
 * not the word's case; acronyms ("UBND", "MTTQ") are not syllables and still count.
 */
function inCapitalisedPhrase(words: readonly string[], index: number): boolean {
  const capitalSyllable = (w: string | undefined) => w !== undefined && w.length > 1 && isCapitals(w) && isWellFormedSyllable(w);
  return capitalSyllable(words[index]) && (capitalSyllable(words[index - 1]) || capitalSyllable(words[index + 1]));
}

/** How words are written inside sentences of these texts (first words of sentences and lines in capitals say nothing). */
export function wordCasing(texts: readonly string[]): Casing {
  const words = new Map<string, Map<string, number>>();
  const pairs = new Map<string, Map<string, number>>();
  const count = (map: Map<string, Map<string, number>>, form: string) => {
    const forms = map.get(lower(form)) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    map.set(lower(form), forms);
  };
  // Cells laid out with tabs ("Nơi nhận:\tT/M BAN THƯỜNG VỤ") are separate lines.
  for (const text of texts.flatMap((t) => t.split('\t'))) {
    if (isCapitals(text)) continue;
    const lineWords = [...text.matchAll(WORD)].map((m) => m[0]);
    let previous: { word: string; end: number } | null = null;
    let lastEnd = 0;
    let lastWord = '';
    for (const [index, match] of [...text.matchAll(WORD)].entries()) {
      const word = match[0];
      const start = match.index ?? 0;
      // What stands before the word: the separator since the last word, and that word (linear, no slicing back to the start).
      const separator = text.slice(lastEnd, start).trim();
      const tail = `${lastWord}${separator}`;
      const sentenceStart = tail === '' || /[.!?:;]$|[IVX\d]+[.)]$/.test(tail) || (lastWord === '' && /^[-–+•]$/.test(separator));
      if (!sentenceStart && !inCapitalisedPhrase(lineWords, index)) {
        count(words, word);
        if (previous && /^\s+$/.test(text.slice(previous.end, start))) count(pairs, `${previous.word} ${word}`);
      }
      previous = sentenceStart ? null : { word, end: start + word.length };
      lastEnd = start + word.length;
      lastWord = word;
    }
  }
  // Alone, a word keeps a capital only if it never appears in lower case ("Đề nghị" beside "Nghị quyết": lower).
  const alone = new Map([...mostCommon(words)].filter(([key]) => !words.get(key)?.has(key)));
  return { words: alone, pairs: mostCommon(pairs) };
}

/** `text` in capitals → its case in running text; any other text is returned as it is. */
export function restoreCase(text: string, casing: Casing): string {
  if (!isCapitals(text)) return text;
  const matches = [...text.matchAll(WORD)];
  let out = '';
  let at = 0;
  matches.forEach((match, i) => {
    const word = match[0];
    const start = match.index ?? 0;
    let form: string;
    if (/[\d/]/.test(word)) form = word;
    else {
      const prev = matches[i - 1]?.[0];
      const next = matches[i + 1]?.[0];
      const withPrev = prev ? casing.pairs.get(lower(`${prev} ${word}`)) : undefined;
      const withNext = next ? casing.pairs.get(lower(`${word} ${next}`)) : undefined;
      form = withPrev?.split(' ')[1] ?? withNext?.split(' ')[0] ?? casing.words.get(lower(word)) ?? lower(word);
      if (i === 0) form = form.charAt(0).toUpperCase() + form.slice(1);
    }
    out += text.slice(at, start) + form;
    at = start + word.length;
  });
  return out + text.slice(at);
}
