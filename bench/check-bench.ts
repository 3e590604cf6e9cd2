/**
 * `npm run bench` ("Kiểm tra thể thức" with LibreOffice's layout): twelve real offices' .docx
 * files from the field corpus (công văn, quyết định, báo cáo, kế hoạch of several provinces, one
 * to nine pages) checked — each file by its own `baocao check` (one LibreOffice start per file,
 * as before batches), and all by one `baocao check` (LibreOffice laying each batch out in one
 * start); then in-process as the app's worker does it, in the screen's groups (CHECK_BATCH) and
 * one file at a time. Goal: ≤ 2 s per file after the first. Whole processes, interleaved, the
 * median of 3 rounds; nothing is written but LibreOffice's own temporary folders.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_BATCH } from '#shared/contract/checker';
import { checkWordFiles } from '../electron/core/checker/check-word-file';
import { libreOfficeAvailable } from '../electron/core/libreoffice/convert';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'tests', 'fixtures', 'field', 'files');
const all = readdirSync(folder)
  .filter((f) => f.endsWith('.docx') && !f.endsWith('.lo.docx'))
  .sort();
// Twelve spread over the corpus's sources and kinds (its files sort by office and kind).
const files = Array.from({ length: 12 }, (_, i) => join(folder, all[Math.floor((i * all.length) / 12)] as string));

if (!libreOfficeAvailable()) {
  console.log('Kiểm tra thể thức: LibreOffice is not installed here — nothing to measure.');
} else {
  const seconds = (work: () => unknown) => {
    const started = performance.now();
    work();
    return (performance.now() - started) / 1000;
  };
  const cli = (paths: string[]) => {
    try {
      execFileSync(process.execPath, [join(root, 'bin', 'baocao.mjs'), 'check', ...paths], { stdio: 'ignore' });
    } catch (error) {
      // Exit 3: findings — a check that ran.
      if ((error as { status?: number }).status !== 3) throw error;
    }
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const single: number[] = [];
  const oneByOne: number[] = [];
  const batch: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    single.push(seconds(() => cli(files.slice(0, 1))));
    oneByOne.push(seconds(() => files.forEach((f) => cli([f]))));
    batch.push(seconds(() => cli(files)));
  }
  const n = files.length;
  console.log(
    `Kiểm tra thể thức, ${n} real .docx, whole \`baocao check\` processes: one file ${median(single).toFixed(2)} s; ` +
      `each file by its own command ${(median(oneByOne) / n).toFixed(2)} s per file; ` +
      `all ${n} by one command ${median(batch).toFixed(2)} s — ${((median(batch) - median(single)) / (n - 1)).toFixed(2)} s per file after the first (goal ≤ 2 s)`,
  );

  const bytes = files.map((f) => readFileSync(f));
  const inProcess = async (groupSize: number) => {
    const started = performance.now();
    for (let i = 0; i < n; i += groupSize) await checkWordFiles(bytes.slice(i, i + groupSize), undefined, { layout: true });
    return (performance.now() - started) / 1000;
  };
  await inProcess(1); // modules loaded and the vocabulary read before anything is timed
  const grouped: number[] = [];
  const alone: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    grouped.push(await inProcess(CHECK_BATCH.files));
    alone.push(await inProcess(1));
  }
  console.log(
    `Kiểm tra thể thức in the app's way (in-process, as its worker does): groups of ${CHECK_BATCH.files} ${(median(grouped) / n).toFixed(2)} s per file; ` +
      `one file at a time ${(median(alone) / n).toFixed(2)} s per file`,
  );
}
