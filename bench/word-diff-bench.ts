/**
 * `npm run bench` (issue 23): the word diff a leader's edits are shown with, before (a full LCS
 * table, bench/baselines/lcs-word-diff.ts) and after (jsdiff's Myers diff), on paragraphs of
 * 500, 1,500 and 3,000 words of varied office prose, lightly edited (a word in twenty) and
 * reworded (a word in four). Memory: the growth of the process while one diff runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords } from '#shared/sign-off/word-diff';
import { lcsDiffWords } from './baselines/lcs-word-diff';

const PROSE = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'spelling', 'clean', 'office-prose.txt'), 'utf8')
  .split(/\s+/)
  .filter(Boolean);

function paragraph(words: number, offset: number): string {
  return Array.from({ length: words }, (_, i) => PROSE[(offset + i) % PROSE.length]).join(' ');
}

function edited(text: string, every: number): string {
  return text
    .split(' ')
    .map((w, i) => (i % every === 0 ? `${w}x` : w))
    .join(' ');
}

function measure(diff: (a: string, b: string) => unknown, a: string, b: string): { ms: number; mb: number } {
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  diff(a, b);
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const mb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1024 / 1024;
  return { ms, mb: Math.max(0, mb) };
}

for (const words of [500, 1_500, 3_000]) {
  const text = paragraph(words, words);
  for (const [label, every] of [
    ['a word in 20 changed', 20],
    ['a word in 4 changed', 4],
  ] as const) {
    const changed = edited(text, every);
    const oldOne = measure(lcsDiffWords, text, changed);
    const newOne = measure(diffWords, text, changed);
    console.log(
      `word diff, ${String(words).padStart(5)} words, ${label}: LCS table ${oldOne.ms.toFixed(0)} ms / ${oldOne.mb.toFixed(0)} MB → jsdiff ${newOne.ms.toFixed(0)} ms / ${newOne.mb.toFixed(0)} MB`,
    );
  }
}
