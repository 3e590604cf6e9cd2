/**
 * Spell check speed on report-sized text: ~50 KB built from the repository's sample report, and
 * ~50 KB of varied real prose (news, encyclopaedia and legal text from the real-prose corpus); set
 * BENCH_SAMPLE to a file to measure that instead. Then the CLI's own start-up for `text check`.
 * Goals (issue 21): 50 KB in under 100 ms in-process; `baocao text check` starts in under 0.5 s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockFromFile, blockTexts } from '#shared/domain/report';
import { checkSpelling } from '#shared/text/spell-check';
import { sampleReport } from '../tests/support/fixtures';
import { readRealProse } from '../tests/support/spelling-corpus';

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

/** About 50 KB taken in turn from each kind of real prose, so the text is varied, not repeated. */
function realProseText(): string {
  const docs = readRealProse();
  const kinds = [...new Set(docs.map((d) => d.kind))];
  const queues = kinds.map((k) => docs.filter((d) => d.kind === k));
  let text = '';
  for (let i = 0; text.length < 50_000; i += 1) {
    const doc = queues[i % queues.length]?.[Math.floor(i / queues.length)];
    if (!doc) break;
    text += `${doc.text.slice(0, 4_000)}\n`;
  }
  return text.slice(0, 50_000);
}

function measure(name: string, text: string): void {
  const cold = performance.now();
  const findings = checkSpelling(text);
  const coldMs = performance.now() - cold;
  // A few runs first so the median is of compiled code, as in an editor that checks every pause; then enough runs that one slow one (a GC, the machine busy) does not move it.
  for (let i = 0; i < 3; i += 1) checkSpelling(text);
  const times: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    checkSpelling(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `spell check of ${name} (${text.length} characters, ${findings.length} findings): first run ${coldMs.toFixed(0)} ms (vocabulary decoded), then median ${times[7]?.toFixed(0)} ms of 15 (fastest ${times[0]?.toFixed(0)}, slowest ${times[14]?.toFixed(0)})`,
  );
}

const source = process.env.BENCH_SAMPLE;
if (source) measure(source, readFileSync(source, 'utf8'));
else {
  measure('repository text', repoText());
  measure('real prose, varied', realProseText());
}

// The CLI as a clerk's IT staff run it: a new process per file (npm run bench builds dist/cli first).
const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'baocao.mjs');
if (existsSync(cli)) {
  const file = join(mkdtempSync(join(tmpdir(), 'spell-bench-')), 'mot-dong.txt');
  writeFileSync(file, 'Hoàn thành bao cáo tháng.\n');
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, [cli, 'text', 'check', file], { stdio: 'pipe' });
    } catch {
      // Exit 3: findings were printed, as expected for this line.
    }
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  console.log(`baocao text check of one line, whole process: median ${runs[2]?.toFixed(0)} ms over 5 runs`);
} else console.log('baocao text check start-up: not measured (run node scripts/build-cli.mjs first)');
