/**
 * Spell check speed on report-sized text. By default a ~50 KB text built from the repository's
 * sample report; set BENCH_SAMPLE to a file (e.g. a real report page) to measure that instead.
 * Goal: under 200 ms for a page of that size.
 */
import { readFileSync } from 'node:fs';
import { blockFromFile, blockTexts } from '../shared/domain/report';
import { checkSpelling } from '../shared/text/spell-check';
import { sampleReport } from '../tests/support/fixtures';

function repoText(): string {
  const report = sampleReport();
  const parts: string[] = [];
  const walk = (sections: typeof report.sections) => {
    for (const s of sections) {
      parts.push(s.title);
      for (const b of s.blocks ?? []) if (b.type !== 'table') parts.push(...blockTexts(blockFromFile(b)));
      walk(s.children ?? []);
    }
  };
  walk(report.sections);
  const page = parts.join('\n');
  return Array.from({ length: Math.ceil(50_000 / page.length) }, () => page).join('\n');
}

const source = process.env.BENCH_SAMPLE;
const text = source ? readFileSync(source, 'utf8') : repoText();
const cold = performance.now();
const findings = checkSpelling(text);
const coldMs = performance.now() - cold;
const times: number[] = [];
for (let i = 0; i < 7; i += 1) {
  const start = performance.now();
  checkSpelling(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`spell check of ${source ?? 'repository text'} (${text.length} characters, ${findings.length} findings): first run ${coldMs.toFixed(0)} ms, then median ${times[3]?.toFixed(0)} ms`);
