/**
 * Builds the word model's vocabulary from text the project may ship: its own word lists
 * (shared/text/words/sources/lexicon) and public-domain administrative text (Nghị định
 * 30/2020 and its appendices I–III: legal documents carry no copyright, Luật SHTT Điều 15),
 * plus the app's own templates and guidance. GPL word lists (Hồ Ngọc Đức's, hunspell-vi) are
 * deliberately not used.
 *
 * To these comes the counted Vietnamese Wikipedia (corpus-counts.ts): how often real text uses
 * each syllable and each pair, which lets the checker weigh a word against the one it may have
 * been meant to be ("bao cáo" against "báo cáo").
 *
 * Output, all keys in `wordKey` form:
 * - words: two-syllable words a slip can be corrected to, with a weight (how often the project's
 *   corpus uses them, plus a fixed weight for a listed word);
 * - pairs: every pair of neighbouring syllables seen — correct Vietnamese, never flagged — with
 *   how often it was seen;
 * - syllables: every syllable seen, with how often;
 * - triples: three-syllable words (vô hình trung), whose inner pairs count as known pairs;
 * - trigrams: runs of three neighbouring syllables real text writes at least MIN_TRIGRAM_COUNT
 *   times ("công tác phòng"), with how often, so two neighbours on one side can speak (issue 21);
 * - others: words that are no syllable but real text uses again and again (buýt, México, max).
 */
import { foldVietnamese } from '#shared/text/fold';
import { isWellFormedSyllable } from '#shared/text/syllable';
import { decodeTelex } from '#shared/text/typing-leftovers';
import { countLevel, levelChar, packNumbers, packSorted } from '#shared/text/words/packed-numbers';
import { SYLLABLE_TOKEN, wordKey } from '#shared/text/words/word-key';
import { addCount, type CorpusCounts } from './corpus-counts';

/** A listed word outweighs a corpus pair seen a few times. */
export const LISTED_WORD_WEIGHT = 5;
/** A corpus pair (or run of three) becomes a suggestion once seen this often. */
export const MIN_CORPUS_COUNT_FOR_WORD = 3;

/**
 * Grammar words that glue other words together. A corpus pair holding one ("tác của", "lục
 * này" of "phụ lục này") is seldom a word of its own, so it is known but never a suggestion;
 * words that do hold one (xảy ra, lúc này) come from the word lists.
 */
const GRAMMAR_WORDS = new Set(
  (
    'các của và là có được cho với này đó kia những trong theo về để từ khi đã sẽ đang không chưa thì mà nếu hoặc hay cũng đều vẫn còn rất ' +
    'một hai ba bốn mỗi mọi tại do bởi vì nên nhưng tuy như trên dưới ngoài sau trước giữa ra vào lên xuống qua lại bị ở đến cùng ' +
    'nào gì ai đây đấy thế sự nhất hơn lắm quá chỉ mới đã ngay luôn'
  ).split(' '),
);

/** A pair the Wikipedia counts saw fewer times is not shipped: twice may be the same slip twice. */
export const MIN_SHIPPED_PAIR_COUNT = 3;
/**
 * A run of three syllables seen fewer times is not shipped (the app reads the figure from the
 * generated module: not shipped means seen fewer times than this).
 */
export const MIN_TRIGRAM_COUNT = 3;
/** A non-syllable word real text uses this often is a name or a loanword, not a typo. */
export const MIN_OTHER_WORD_COUNT = 5;
/** One use in the project's own office text weighs like this many in Wikipedia. */
export const OWN_TEXT_WEIGHT = 10;
/** A listed word counts as seen this often at least. */
export const LISTED_WORD_COUNT = 50;

export interface VocabularySources {
  /** Word-list files: comma-separated entries, `#` comments. */
  lexicons: string[];
  /** Running text. */
  corpora: string[];
  /** Counts of a large body of real text (Vietnamese Wikipedia). */
  counts: CorpusCounts;
}

/** Runs of syllables written one space apart: pairs are only counted inside a run. */
export function syllableRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let lastEnd = -1;
  for (const match of text.normalize('NFC').matchAll(SYLLABLE_TOKEN)) {
    const word = match[0];
    const joined = lastEnd >= 0 && text.slice(lastEnd, match.index) === ' ';
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    lastEnd = match.index + word.length;
    if (!isWellFormedSyllable(word)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    run.push(wordKey(word));
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

export interface VocabularyCounts {
  words: Map<string, number>;
  /** Every known pair (words included) with how often it was seen. */
  pairs: Map<string, number>;
  syllables: Map<string, number>;
  triples: Map<string, number>;
  /** Runs of three syllables seen at least MIN_TRIGRAM_COUNT times, whose first pair is known. */
  trigrams: Map<string, number>;
  others: Set<string>;
  /** Syllables counted in all. */
  tokens: number;
}

export function countVocabulary(sources: VocabularySources): VocabularyCounts {
  const corpusPairs = new Map<string, number>();
  const corpusTriples = new Map<string, number>();
  for (const text of sources.corpora) {
    for (const run of syllableRuns(text)) {
      for (let i = 0; i + 1 < run.length; i += 1) {
        const pair = `${run[i]} ${run[i + 1]}`;
        addCount(corpusPairs, pair);
        if (i + 2 < run.length) {
          const triple = `${pair} ${run[i + 2]}`;
          addCount(corpusTriples, triple);
        }
      }
    }
  }
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const [pair, n] of sources.counts.pairs) if (n >= MIN_SHIPPED_PAIR_COUNT) addCount(pairs, pair, n);
  for (const [pair, n] of corpusPairs) addCount(pairs, pair, n * OWN_TEXT_WEIGHT);
  const syllableCounts = new Map(sources.counts.syllables);
  let tokens = sources.counts.tokens;
  for (const text of sources.corpora) {
    for (const run of syllableRuns(text)) {
      for (const s of run) syllableCounts.set(s, (syllableCounts.get(s) ?? 0) + OWN_TEXT_WEIGHT);
      tokens += run.length * OWN_TEXT_WEIGHT;
    }
  }
  const triples = new Map<string, number>();
  const lexical = (syllables: string) => !syllables.split(' ').some((s) => GRAMMAR_WORDS.has(s));
  for (const [pair, count] of corpusPairs) if (count >= MIN_CORPUS_COUNT_FOR_WORD && lexical(pair)) words.set(pair, count);
  for (const [triple, count] of corpusTriples) if (count >= MIN_CORPUS_COUNT_FOR_WORD && lexical(triple)) triples.set(triple, count);
  for (const lexicon of sources.lexicons) {
    for (const line of lexicon.split('\n')) {
      if (line.trim().startsWith('#')) continue;
      for (const entry of line.split(',')) {
        const syllables = syllableRuns(entry.trim()).flat();
        if (syllables.length < 2) continue;
        for (const s of syllables) if (!syllableCounts.has(s)) syllableCounts.set(s, LISTED_WORD_COUNT);
        if (syllables.length === 2) {
          const pair = syllables.join(' ');
          words.set(pair, (corpusPairs.get(pair) ?? 0) + LISTED_WORD_WEIGHT);
          pairs.set(pair, Math.max(pairs.get(pair) ?? 0, LISTED_WORD_COUNT));
          continue;
        }
        // Longer entries: their pairs are correct Vietnamese but not words on their own
        // ("hình trung" of "vô hình trung"); a three-syllable entry is a word of its own.
        for (let i = 0; i + 1 < syllables.length; i += 1) {
          const pair = `${syllables[i]} ${syllables[i + 1]}`;
          pairs.set(pair, Math.max(pairs.get(pair) ?? 0, LISTED_WORD_COUNT));
        }
        if (syllables.length === 3) {
          const triple = syllables.join(' ');
          triples.set(triple, (corpusTriples.get(triple) ?? 0) + LISTED_WORD_WEIGHT);
        }
      }
    }
  }
  const trigrams = new Map<string, number>();
  for (const [trigram, n] of sources.counts.trigrams) addCount(trigrams, trigram, n);
  for (const [trigram, n] of corpusTriples) addCount(trigrams, trigram, n * OWN_TEXT_WEIGHT);
  for (const [trigram, n] of trigrams) {
    const [a, b, c] = trigram.split(' ') as [string, string, string];
    if (n < MIN_TRIGRAM_COUNT || !pairs.has(`${a} ${b}`) || !syllableCounts.has(c)) trigrams.delete(trigram);
  }
  const others = new Set([...sources.counts.others].filter(([w, n]) => n >= MIN_OTHER_WORD_COUNT && !isLostMarkSlip(w, n, syllableCounts)).map(([w]) => w));
  return { words, pairs, syllables: syllableCounts, triples, trigrams, others, tokens };
}

/**
 * A word that is no syllable ("xuât", "chưc", "hoc") but whose letters, marks taken off, are a
 * syllable real text uses far more often is the same slip made many times, not a word of another
 * language: it stays out of the list of words real text keeps using.
 */
function isLostMarkSlip(word: string, count: number, syllables: ReadonlyMap<string, number>): boolean {
  // Telex keys left in the word ("thoong" for "thông"): the syllable they spell is the evidence.
  const typed = decodeTelex(word);
  if (typed && typed !== word && isWellFormedSyllable(typed) && (syllables.get(wordKey(typed)) ?? 0) >= count * PLAIN_SLIP_RATIO) return true;
  const letters = foldVietnamese(word);
  // A plain word needs the stronger evidence: English (chat, top, set) writes such words on purpose.
  if (letters === word) return !isWellFormedSyllable(word) && (foldedCounts(syllables).get(letters) ?? 0) >= count * PLAIN_SLIP_RATIO;
  return (foldedCounts(syllables).get(letters) ?? 0) >= count * SLIP_RATIO;
}
/** How many times more often the syllable must be seen than the other word for the word to be its slip. */
const SLIP_RATIO = 100;
const PLAIN_SLIP_RATIO = 1000;
let folded: { of: ReadonlyMap<string, number>; counts: Map<string, number> } | null = null;
function foldedCounts(syllables: ReadonlyMap<string, number>): Map<string, number> {
  if (folded?.of === syllables) return folded.counts;
  const counts = new Map<string, number>();
  for (const [s, n] of syllables) {
    const key = foldVietnamese(s);
    counts.set(key, Math.max(counts.get(key) ?? 0, n));
  }
  folded = { of: syllables, counts };
  return counts;
}

/** The TypeScript module the app loads (shared/text/words/vocabulary-data.ts). */
export function vocabularyModule(counts: VocabularyCounts): string {
  const names = [...new Set([...counts.syllables.keys(), ...counts.pairs.keys(), ...counts.triples.keys()].flatMap((k) => k.split(' ')))].sort();
  const index = new Map(names.map((s, i) => [s, i]));
  const code = (pair: string) => {
    const [a, b] = pair.split(' ') as [string, string];
    return (index.get(a) as number) * names.length + (index.get(b) as number);
  };
  const words = [...counts.words].map(([pair, weight]) => [code(pair), weight] as const).sort((x, y) => x[0] - y[0]);
  const pairs = [...counts.pairs].map(([pair, n]) => [code(pair), n] as const).sort((x, y) => x[0] - y[0]);
  const triples = [...counts.triples].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  // A run of three is its first pair's place among the sorted pairs, times the syllable count, plus the third syllable.
  const pairPlace = new Map(pairs.map(([c], i) => [c, i]));
  const trigrams = [...counts.trigrams]
    .map(([trigram, n]) => {
      const [a, b, c] = trigram.split(' ') as [string, string, string];
      return [(pairPlace.get(code(`${a} ${b}`)) as number) * names.length + (index.get(c) as number), n] as const;
    })
    .sort((x, y) => x[0] - y[0]);
  return [
    '// Generated by `npm run vocabulary` (scripts/spelling/build-vocabulary.ts): do not edit by hand.',
    '// Sources and licences: shared/text/words/sources/README.md. Numbers: shared/text/words/packed-numbers.ts.',
    `export const TOKENS = ${counts.tokens};`,
    `export const SYLLABLES = ${JSON.stringify(names.join(' '))};`,
    `export const SYLLABLE_COUNTS = ${JSON.stringify(packNumbers(names.map((s) => counts.syllables.get(s) ?? 0)))};`,
    `export const PAIR_CODES = ${JSON.stringify(packSorted(pairs.map(([c]) => c)))};`,
    `export const PAIR_LEVELS = ${JSON.stringify(pairs.map(([, n]) => levelChar(countLevel(n))).join(''))};`,
    `export const WORD_CODES = ${JSON.stringify(packSorted(words.map(([c]) => c)))};`,
    `export const WORD_WEIGHTS = ${JSON.stringify(packNumbers(words.map(([, w]) => w)))};`,
    `export const TRIPLES = ${JSON.stringify(triples.map(([t, w]) => `${t}:${w.toString(36)}`).join('|'))};`,
    `export const MIN_TRIGRAM_COUNT = ${MIN_TRIGRAM_COUNT};`,
    `export const TRIGRAM_CODES = ${JSON.stringify(packSorted(trigrams.map(([c]) => c)))};`,
    `export const TRIGRAM_LEVELS = ${JSON.stringify(trigrams.map(([, n]) => levelChar(countLevel(n))).join(''))};`,
    `export const OTHER_WORDS = ${JSON.stringify([...counts.others].sort().join(' '))};`,
    '',
  ].join('\n');
}
