/**
 * Builds the word model's vocabulary from text the project may ship: its own word lists
 * (shared/text/words/sources/lexicon) and public-domain administrative text (Nghị định
 * 30/2020 and its appendices I–III: legal documents carry no copyright, Luật SHTT Điều 15),
 * plus the app's own templates and guidance. GPL word lists (Hồ Ngọc Đức's, hunspell-vi) are
 * deliberately not used.
 *
 * Output, all keys in `wordKey` form:
 * - words: two-syllable words a slip can be corrected to, with a weight (how often the corpus
 *   uses them, plus a fixed weight for a listed word);
 * - pairs: every pair of neighbouring syllables seen in the corpus — correct Vietnamese, never
 *   flagged, but too weak to be a suggestion;
 * - triples: three-syllable words (vô hình trung), whose inner pairs count as known pairs.
 */
import { isWellFormedSyllable } from '../../shared/text/syllable';
import { SYLLABLE_TOKEN, wordKey } from '../../shared/text/words/word-key';

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
  ('các của và là có được cho với này đó kia những trong theo về để từ khi đã sẽ đang không chưa thì mà nếu hoặc hay cũng đều vẫn còn rất ' +
    'một hai ba bốn mỗi mọi tại do bởi vì nên nhưng tuy như trên dưới ngoài sau trước giữa ra vào lên xuống qua lại bị ở đến cùng ' +
    'nào gì ai đây đấy thế sự nhất hơn lắm quá chỉ mới đã ngay luôn').split(' '),
);

export interface VocabularySources {
  /** Word-list files: comma-separated entries, `#` comments. */
  lexicons: string[];
  /** Running text. */
  corpora: string[];
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
  pairs: Set<string>;
  triples: Map<string, number>;
}

export function countVocabulary(sources: VocabularySources): VocabularyCounts {
  const corpusPairs = new Map<string, number>();
  const corpusTriples = new Map<string, number>();
  for (const text of sources.corpora) {
    for (const run of syllableRuns(text)) {
      for (let i = 0; i + 1 < run.length; i += 1) {
        const pair = `${run[i]} ${run[i + 1]}`;
        corpusPairs.set(pair, (corpusPairs.get(pair) ?? 0) + 1);
        if (i + 2 < run.length) {
          const triple = `${pair} ${run[i + 2]}`;
          corpusTriples.set(triple, (corpusTriples.get(triple) ?? 0) + 1);
        }
      }
    }
  }
  const words = new Map<string, number>();
  const pairs = new Set<string>(corpusPairs.keys());
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
        if (syllables.length === 2) {
          const pair = syllables.join(' ');
          words.set(pair, (corpusPairs.get(pair) ?? 0) + LISTED_WORD_WEIGHT);
          continue;
        }
        // Longer entries: their pairs are correct Vietnamese but not words on their own
        // ("hình trung" of "vô hình trung"); a three-syllable entry is a word of its own.
        for (let i = 0; i + 1 < syllables.length; i += 1) pairs.add(`${syllables[i]} ${syllables[i + 1]}`);
        if (syllables.length === 3) {
          const triple = syllables.join(' ');
          triples.set(triple, (corpusTriples.get(triple) ?? 0) + LISTED_WORD_WEIGHT);
        }
      }
    }
  }
  for (const word of words.keys()) pairs.delete(word);
  return { words, pairs, triples };
}

/** Sorted, delta-coded integers in base 36: a few characters per pair. */
function packCodes(codes: number[]): string {
  let previous = 0;
  return codes.map((code) => {
    const delta = code - previous;
    previous = code;
    return delta.toString(36);
  }).join(',');
}

/** The TypeScript module the app loads (shared/text/words/vocabulary-data.ts). */
export function vocabularyModule(counts: VocabularyCounts): string {
  const syllables = [...new Set([...counts.words.keys(), ...counts.pairs, ...counts.triples.keys()].flatMap((k) => k.split(' ')))].sort();
  const index = new Map(syllables.map((s, i) => [s, i]));
  const code = (pair: string) => {
    const [a, b] = pair.split(' ') as [string, string];
    return (index.get(a) as number) * syllables.length + (index.get(b) as number);
  };
  const words = [...counts.words].map(([pair, weight]) => [code(pair), weight] as const).sort((x, y) => x[0] - y[0]);
  const pairs = [...counts.pairs].map(code).sort((x, y) => x - y);
  const triples = [...counts.triples].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return [
    '// Generated by `npm run vocabulary` (scripts/spelling/build-vocabulary.ts): do not edit by hand.',
    '// Sources and licences: shared/text/words/sources/README.md.',
    `export const SYLLABLES = ${JSON.stringify(syllables.join(' '))};`,
    `export const WORD_CODES = ${JSON.stringify(packCodes(words.map(([c]) => c)))};`,
    `export const WORD_WEIGHTS = ${JSON.stringify(words.map(([, w]) => w.toString(36)).join(','))};`,
    `export const PAIR_CODES = ${JSON.stringify(packCodes(pairs))};`,
    `export const TRIPLES = ${JSON.stringify(triples.map(([t, w]) => `${t}:${w.toString(36)}`).join('|'))};`,
    '',
  ].join('\n');
}
