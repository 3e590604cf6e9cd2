/**
 * `npm run bench` (PDF in): a unit's signed PDF read like a Word file — pdf.js's text and drawing
 * operations, the page laid out into paragraphs and columns, the recogniser. Goal: a 20-page PDF
 * in under 2 s. Measured on real Party documents (tests/fixtures/pdf: 8, 33 and 35 pages, Word 365
 * and Spire.Doc + iText output): in-process, the first read of a process (loading pdf.js) apart,
 * then the median of 5; and the whole `baocao import` process, as a clerk's batch would run it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWordFile } from '../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pdf');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cases = [
  { file: 'huongdan21.pdf', pages: 8 },
  { file: 'huongdan06.pdf', pages: 33 },
  { file: 'quydinh294.pdf', pages: 35 },
];
for (const c of cases) {
  const bytes = readFileSync(join(dir, c.file));
  const once = async () => {
    const started = performance.now();
    importWordSource(await readWordFile(bytes));
    return performance.now() - started;
  };
  const first = await once();
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) runs.push(await once());
  const m = median(runs);
  console.log(
    `PDF in, ${c.file} (${c.pages} pages, ${(bytes.length / 1024).toFixed(0)} KB): median ${m.toFixed(0)} ms in-process (${(m / c.pages).toFixed(0)} ms a page, 20 pages ≈ ${((m / c.pages) * 20).toFixed(0)} ms; first read ${first.toFixed(0)} ms; goal 20 pages < 2000 ms)`,
  );
}
const whole: number[] = [];
for (let i = 0; i < 3; i += 1) {
  const started = performance.now();
  execFileSync(process.execPath, [
    join(import.meta.dirname, '..', 'bin', 'baocao.mjs'),
    'import',
    join(dir, 'huongdan06.pdf'),
    '-o',
    join(tmpdir(), 'baocao-pdf-bench.json'),
  ]);
  whole.push(performance.now() - started);
}
console.log(`PDF in, whole process: baocao import huongdan06.pdf (33 pages) median ${median(whole).toFixed(0)} ms`);
