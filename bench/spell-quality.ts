/**
 * How well the spell checker knows Vietnamese: recall per kind of slip on the typo corpus (the
 * tuned part and the held-out part, reported apart), the share of found typos whose first
 * suggestion is the word meant, false alarms per 10,000 words of correct text (the part the
 * vocabulary was built from and the unseen part), and the vocabulary's size and load time.
 * Goals (issue 14): held-out recall ≥ 90%, first suggestion right ≥ 90%, ≤ 1 false alarm / 10,000 words.
 * Issue 21: the unseen 2026 sets (the first read while tuning in session 9, the second, 2026b, in
 * session 10; the third, 2026c, only measured) and real prose nobody here wrote, per kind and part
 * (tests/fixtures/spelling/real-prose/SOURCES.md), each remaining flag listed; typos the sources
 * really have are counted apart (real-prose/typos-in-sources.txt).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readTypos, scoreClean, scoreRealProse, scoreTypos, totalOf } from '../tests/support/spelling-corpus';

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

const loadStart = performance.now();
const { vocabulary } = await import('#shared/text/words/vocabulary');
vocabulary().knownPair('kiểm', 'tra');
const loadMs = performance.now() - loadStart;
const moduleKb = statSync(join(import.meta.dirname, '..', 'shared', 'text', 'words', 'vocabulary-data.ts')).size / 1024;
console.log(`vocabulary: ${moduleKb.toFixed(0)} KB of generated module, imported and decoded in ${loadMs.toFixed(0)} ms`);

for (const file of ['typos-tune.txt', 'typos-held-out.txt', 'typos-unseen-2026.txt', 'typos-unseen-2026b.txt', 'typos-unseen-2026c.txt'] as const) {
  const scores = scoreTypos(readTypos(file));
  const total = totalOf(scores);
  console.log(
    `${file}: found ${total.found}/${total.cases} (${percent(total.found, total.cases)}), first suggestion right ${total.rightFirst}/${total.found} of those found (${percent(total.rightFirst, total.found)}; ${percent(total.rightFirst, total.cases)} of all)`,
  );
  for (const s of scores)
    console.log(
      `  ${s.category.padEnd(14)} ${`${s.found}/${s.cases}`.padStart(6)}  ${percent(s.found, s.cases).padStart(6)}${s.missed.length ? `  not right: ${s.missed.join(' ¦ ')}` : ''}`,
    );
}

const clean = scoreClean();
for (const seen of [true, false]) {
  const part = clean.filter((c) => c.seen === seen);
  const words = part.reduce((n, c) => n + c.words, 0);
  const lines = part.reduce((n, c) => n + c.lines, 0);
  const alarms = part.flatMap((c) => c.alarms);
  console.log(
    `clean text ${seen ? 'the vocabulary was built from' : 'unseen by the vocabulary'} (${part.map((c) => c.name).join(', ')}): ${lines} lines, ${words} words, ${alarms.length} false alarms = ${((alarms.length * 10_000) / words).toFixed(2)} per 10,000 words`,
  );
  for (const a of alarms) console.log(`  ${a}`);
}

const prose = scoreRealProse();
const proseWords = prose.reduce((n, p) => n + p.words, 0);
const proseAlarms = prose.reduce((n, p) => n + p.alarms.length, 0);
console.log(
  `real prose (news, encyclopaedia, legal): ${proseWords} words, ${proseAlarms} false alarms = ${((proseAlarms * 10_000) / proseWords).toFixed(2)} per 10,000 words`,
);
for (const p of prose) {
  console.log(
    `  ${`${p.kind}/${p.part}`.padEnd(22)} ${String(p.words).padStart(7)} words, ${String(p.alarms.length).padStart(3)} false alarms = ${((p.alarms.length * 10_000) / p.words).toFixed(2)} per 10,000; ${p.sourceTypos.length} typos of the source found`,
  );
  for (const a of p.alarms) console.log(`      ${a}`);
}
