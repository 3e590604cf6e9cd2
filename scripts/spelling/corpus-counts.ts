/**
 * Counts of a large body of real Vietnamese text, as the word model uses them: how often each
 * syllable, each pair and each run of three neighbouring syllables occurs (keys in `wordKey`
 * form; three-syllable runs let two neighbours on one side speak, issue 21), and how often
 * each other word occurs (a name, a loanword, a foreign word: "buýt", "México", "max"), so that a
 * word real text uses again and again is not called a typo.
 *
 * Lines written without Vietnamese marks (English references, unaccented titles) add no pairs:
 * "ke hoach" there would teach the model that a mark may be left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isWellFormedSyllable } from '#shared/text/syllable';
import { SYLLABLE_TOKEN, wordKey } from '#shared/text/words/word-key';

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
  /** Runs of three neighbouring syllables ("công tác phòng"), counted where pairs are. */
  trigrams: Map<string, number>;
  others: Map<string, number>;
}

const emptyCounts = (): CorpusCounts => ({ tokens: 0, syllables: new Map(), pairs: new Map(), trigrams: new Map(), others: new Map() });

/**
 * Tens of millions of three-syllable runs do not fit a map of strings: each is counted as a
 * number (three syllable numbers of 15 bits, exact in a double) and the numbers sorted.
 */
class TrigramTally {
  private readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  private codes = new Float64Array(1 << 20);
  private size = 0;
  private static readonly BASE = 1 << 15;

  add(a: string, b: string, c: string): void {
    if (this.size === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    const base = TrigramTally.BASE;
    this.codes[this.size] = (this.number(a) * base + this.number(b)) * base + this.number(c);
    this.size += 1;
  }

  /** Runs seen at least `min` times, as "a b c". */
  counted(min: number): Map<string, number> {
    const sorted = this.codes.subarray(0, this.size).sort();
    const base = TrigramTally.BASE;
    const out = new Map<string, number>();
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j < sorted.length && sorted[j] === sorted[i]) j += 1;
      if (j - i >= min) {
        const code = sorted[i] as number;
        const c = code % base;
        const b = Math.floor(code / base) % base;
        const a = Math.floor(code / base / base);
        out.set(`${this.names[a]} ${this.names[b]} ${this.names[c]}`, j - i);
      }
      i = j;
    }
    return out;
  }

  private number(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.names.length;
      if (n >= TrigramTally.BASE) throw new Error('too many syllables to count three-syllable runs');
      this.names.push(s);
      this.numbers.set(s, n);
    }
    return n;
  }
}

/** Adds `by` to the count of `key`. */
export const addCount = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

export function countCorpus(texts: Iterable<string>): CorpusCounts {
  const counts = emptyCounts();
  const trigrams = new TrigramTally();
  for (const text of texts) {
    for (const line of text.normalize('NFC').split('\n')) {
      const words = [...line.matchAll(SYLLABLE_TOKEN)];
      if (words.length === 0) continue;
      const marked = words.filter((m) => MARKED.test(m[0])).length;
      const prose = words.length < 4 || marked / words.length >= MIN_MARKED_SHARE;
      let previous: string | null = null;
      let beforePrevious: string | null = null;
      let previousEnd = -1;
      for (const match of words) {
        const word = match[0];
        const joined = previousEnd >= 0 && line.slice(previousEnd, match.index) === ' ';
        previousEnd = match.index + word.length;
        if (!isWellFormedSyllable(word)) {
          addCount(counts.others, word.toLowerCase());
          previous = null;
          beforePrevious = null;
          continue;
        }
        const key = wordKey(word);
        counts.tokens += 1;
        addCount(counts.syllables, key);
        if (prose && joined && previous !== null) {
          addCount(counts.pairs, `${previous} ${key}`);
          if (beforePrevious !== null) trigrams.add(beforePrevious, previous, key);
        }
        beforePrevious = joined ? previous : null;
        previous = key;
      }
    }
  }
  for (const map of [counts.pairs, counts.others]) for (const [key, n] of map) if (n < MIN_KEPT) map.delete(key);
  counts.trigrams = trigrams.counted(MIN_KEPT);
  return counts;
}

/** The counts file: a header, then `s<TAB>syllable<TAB>n`, `p<TAB>a b<TAB>n`, `t<TAB>a b c<TAB>n`, `o<TAB>word<TAB>n`, sorted. */
export function formatCounts(counts: CorpusCounts, about: { name: string; files: number; excluded: number }): string {
  const section = (tag: string, map: Map<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, n]) => `${tag}\t${k}\t${n}`);
  return [
    `# Counts of ${about.name} (${about.files} files, ${about.excluded} kept out for measuring): scripts/spelling/count-corpus.ts`,
    `# tokens\t${counts.tokens}`,
    ...section('s', counts.syllables),
    ...section('p', counts.pairs),
    ...section('t', counts.trigrams),
    ...section('o', counts.others),
    '',
  ].join('\n');
}

/** Every counted source added together. */
export function readCounts(files = countedSources().map((f) => join(COUNTS_FOLDER, f))): CorpusCounts {
  const counts = emptyCounts();
  const byTag: Record<string, Map<string, number>> = { s: counts.syllables, p: counts.pairs, t: counts.trigrams, o: counts.others };
  for (const file of files) {
    for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
      if (line.startsWith('# tokens\t')) counts.tokens += Number(line.slice(9));
      if (line === '' || line.startsWith('#')) continue;
      const [tag, key, n] = line.split('\t') as [string, string, string];
      const map = byTag[tag];
      if (!map) throw new Error(`${file}: unknown entry "${tag}"`);
      addCount(map, key, Number(n));
    }
  }
  return counts;
}
