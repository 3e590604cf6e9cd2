/**
 * Counts of a large body of real Vietnamese text, as the word model uses them: how often each
 * syllable and each pair of neighbouring syllables occurs (keys in `wordKey` form), and how often
 * each other word occurs (a name, a loanword, a foreign word: "buýt", "México", "max"), so that a
 * word real text uses again and again is not called a typo.
 *
 * Lines written without Vietnamese marks (English references, unaccented titles) add no pairs:
 * "ke hoach" there would teach the model that a mark may be left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isWellFormedSyllable } from '../../shared/text/syllable';
import { SYLLABLE_TOKEN, wordKey } from '../../shared/text/words/word-key';

const COUNTS_FOLDER = join(import.meta.dirname, '..', '..', 'shared', 'text', 'words', 'sources', 'counts');
export const countsFile = (name: string) => join(COUNTS_FOLDER, `${name}.tsv.gz`);
/** The counted sources, by file name (wikipedia-vi, baomoi-news…). */
export const countedSources = () =>
  readdirSync(COUNTS_FOLDER)
    .filter((f) => f.endsWith('.tsv.gz'))
    .sort();

/** Below this share of marked syllables a line is not Vietnamese prose (Vietnamese marks about 70%). */
const MIN_MARKED_SHARE = 0.25;
/** Pairs and other words seen fewer times are left out of the file: once is as likely a slip. */
const MIN_KEPT = 2;
const MARKED = /\P{ASCII}/u;

export interface CorpusCounts {
  tokens: number;
  syllables: Map<string, number>;
  pairs: Map<string, number>;
  others: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

export function countCorpus(texts: Iterable<string>): CorpusCounts {
  const counts: CorpusCounts = { tokens: 0, syllables: new Map(), pairs: new Map(), others: new Map() };
  for (const text of texts) {
    for (const line of text.normalize('NFC').split('\n')) {
      const words = [...line.matchAll(SYLLABLE_TOKEN)];
      if (words.length === 0) continue;
      const marked = words.filter((m) => MARKED.test(m[0])).length;
      const prose = words.length < 4 || marked / words.length >= MIN_MARKED_SHARE;
      let previous: string | null = null;
      let previousEnd = -1;
      for (const match of words) {
        const word = match[0];
        const joined = previousEnd >= 0 && line.slice(previousEnd, match.index) === ' ';
        previousEnd = match.index + word.length;
        if (!isWellFormedSyllable(word)) {
          add(counts.others, word.toLowerCase());
          previous = null;
          continue;
        }
        const key = wordKey(word);
        counts.tokens += 1;
        add(counts.syllables, key);
        if (prose && joined && previous !== null) add(counts.pairs, `${previous} ${key}`);
        previous = key;
      }
    }
  }
  for (const map of [counts.pairs, counts.others]) for (const [key, n] of map) if (n < MIN_KEPT) map.delete(key);
  return counts;
}

/** The counts file: a header, then `s<TAB>syllable<TAB>n`, `p<TAB>a b<TAB>n`, `o<TAB>word<TAB>n`, sorted. */
export function formatCounts(counts: CorpusCounts, about: { name: string; files: number; excluded: number }): string {
  const section = (tag: string, map: Map<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, n]) => `${tag}\t${k}\t${n}`);
  return [
    `# Counts of ${about.name} (${about.files} files, ${about.excluded} kept out for measuring): scripts/spelling/count-corpus.ts`,
    `# tokens\t${counts.tokens}`,
    ...section('s', counts.syllables),
    ...section('p', counts.pairs),
    ...section('o', counts.others),
    '',
  ].join('\n');
}

/** Every counted source added together. */
export function readCounts(files = countedSources().map((f) => join(COUNTS_FOLDER, f))): CorpusCounts {
  const counts: CorpusCounts = { tokens: 0, syllables: new Map(), pairs: new Map(), others: new Map() };
  for (const file of files) {
    for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
      if (line.startsWith('# tokens\t')) counts.tokens += Number(line.slice(9));
      if (line === '' || line.startsWith('#')) continue;
      const [tag, key, n] = line.split('\t') as [string, string, string];
      add(tag === 's' ? counts.syllables : tag === 'p' ? counts.pairs : counts.others, key, Number(n));
    }
  }
  return counts;
}
