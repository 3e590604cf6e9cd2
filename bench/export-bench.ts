/**
 * `npm run bench`: how long exporting a report takes at about 10, 30 and 100 pages (with 3, 10
 * and 30 tables) — inside the process (what the app's "Xuất Word" waits for), as a whole
 * `baocao export` process, and, as a yardstick, pandoc converting the same content from Markdown
 * — and how much memory one export takes. Medians of several runs; the two processes take turns.
 * Goal (issue 33): the whole process ahead of pandoc from 30 pages up, within 1.2× of it at 10.
 * Two more lines say where a single file's process time goes: a batch of files exported by one
 * process (what IT staff converting a folder pay per file), and the floor no export can go under —
 * a fresh Node process that loads the docx library and packs a one-paragraph document.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportReportDocx } from '../electron/core/export/export-docx';
import { hasLibreOffice, renderDocx } from '../tests/support/libreoffice';
import { longBenchReport, toMarkdown } from './long-report';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const dir = mkdtempSync(join(tmpdir(), 'baocao-bench-'));
const today = new Date('2026-06-05T08:00:00');
const RUNS = 7;
const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;

async function timeInProcess(parts: number): Promise<{ ms: number; bytes: Uint8Array }> {
  const report = longBenchReport(parts);
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 2; i += 1) bytes = (await exportReportDocx(report, today)).bytes; // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    bytes = (await exportReportDocx(report, today)).bytes;
    times.push(performance.now() - start);
  }
  return { ms: median(times), bytes };
}

function timeOnce(command: string, args: string[]): number | null {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0 ? performance.now() - start : null;
}

/** Peak memory of a fresh process, in MB: loading the exporter only, and loading it and exporting. */
function peakMemoryMb(parts: number): { load: number; export: number } | null {
  const run = (extra: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/export-memory.ts', String(parts), ...extra], { encoding: 'utf8' });
    return result.status === 0 ? Number(result.stdout.trim()) / 1024 : null;
  };
  const load = run(['--load-only']);
  const both = run([]);
  return load === null || both === null ? null : { load, export: both };
}

const BATCH = 10;

/** Per file, one process exporting BATCH copies of a report into a folder (median of RUNS processes). */
function batchPerFile(jsonPath: string): number | null {
  const folder = join(dir, 'batch');
  mkdirSync(folder, { recursive: true });
  const inputs = Array.from({ length: BATCH }, (_, i) => {
    const copy = join(dir, `batch-${i}.report.json`);
    writeFileSync(copy, readFileSync(jsonPath));
    return copy;
  });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const one = timeOnce(process.execPath, ['bin/baocao.mjs', 'export', ...inputs, '-o', folder]);
    if (one === null) return null;
    times.push(one / BATCH);
  }
  return median(times);
}

/** The whole process of the smallest export the docx library can make — what any export through it starts from — beside Node's own start. */
function docxLibraryFloor(): { node: number; docx: number } | null {
  const script = join(dir, 'docx-floor.mjs');
  const docxUrl = pathToFileURL(createRequire(import.meta.url).resolve('docx')).href.replace(/index\.cjs$/, 'index.mjs');
  writeFileSync(
    script,
    `import { Document, Packer, Paragraph } from '${docxUrl}';\nawait Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));\n`,
  );
  const node: number[] = [];
  const docx: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const bare = timeOnce(process.execPath, ['-e', '0']);
    const one = timeOnce(process.execPath, [script]);
    if (bare === null || one === null) return null;
    node.push(bare);
    docx.push(one);
  }
  return { node: median(node), docx: median(docx) };
}

const tables = (parts: number) =>
  longBenchReport(parts)
    .sections.flatMap((s) => s.children ?? [])
    .flatMap((c) => c.blocks ?? [])
    .filter((b) => b.type === 'table').length;

for (const parts of [2, 6, 20]) {
  const report = longBenchReport(parts);
  const jsonPath = join(dir, `report-${parts}.report.json`);
  writeFileSync(jsonPath, JSON.stringify(report));
  const mdPath = join(dir, `report-${parts}.md`);
  writeFileSync(mdPath, toMarkdown(report));
  const inProcess = await timeInProcess(parts);
  const cliTimes: number[] = [];
  const pandocTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const one = timeOnce(process.execPath, ['bin/baocao.mjs', 'export', jsonPath, '-o', join(dir, 'cli.docx')]);
    if (one !== null) cliTimes.push(one);
    const other = hasPandoc ? timeOnce('pandoc', [mdPath, '-o', join(dir, 'pandoc.docx')]) : null;
    if (other !== null) pandocTimes.push(other);
  }
  const cli = cliTimes.length === RUNS ? median(cliTimes) : null;
  const pandoc = pandocTimes.length === RUNS ? median(pandocTimes) : null;
  const pages = hasLibreOffice() ? renderDocx(inProcess.bytes, `bench-${parts}`).pages.length : null;
  const memory = peakMemoryMb(parts);
  console.log(`\nBáo cáo ${pages ?? '?'} trang A4 (LibreOffice), ${tables(parts)} bảng, ${(inProcess.bytes.length / 1024).toFixed(0)} KB .docx`);
  console.log(`  in-process export (median of ${RUNS}):   ${inProcess.ms.toFixed(0)} ms`);
  if (memory)
    console.log(
      `  peak memory of a fresh process:        ${memory.export.toFixed(0)} MB (${memory.load.toFixed(0)} MB loading the code; the export itself ${(memory.export - memory.load).toFixed(0)} MB)`,
    );
  console.log(`  whole "baocao export" process (median of ${RUNS}, taking turns with pandoc): ${cli === null ? 'failed' : `${cli.toFixed(0)} ms`}`);
  console.log(`  pandoc, same content from Markdown:    ${pandoc === null ? (hasPandoc ? 'failed' : 'pandoc not installed') : `${pandoc.toFixed(0)} ms`}`);
  if (cli !== null && pandoc !== null) console.log(`  baocao / pandoc: ${(cli / pandoc).toFixed(2)}× (goal: < 1 from 30 pages, ≤ 1.2 at 10)`);
  const batch = batchPerFile(jsonPath);
  if (batch !== null) console.log(`  one "baocao export" of ${BATCH} such files into a folder: ${batch.toFixed(0)} ms per file`);
}

const floor = docxLibraryFloor();
if (floor !== null)
  console.log(
    `\nFloor (median of ${RUNS}, taking turns): Node starting and exiting ${floor.node.toFixed(0)} ms; Node loading docx and packing a one-paragraph document ${floor.docx.toFixed(0)} ms`,
  );
