/**
 * `npm run bench`: how long exporting a ~100-page report with 30 tables takes — inside the
 * process (what the app's "Xuất Word" waits for), as a whole `baocao export` process, and, as a
 * yardstick, pandoc converting the same content from Markdown. Medians of several runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportReportDocx } from '../electron/core/export/export-docx';
import { hasLibreOffice, renderDocx } from '../tests/support/libreoffice';
import { longBenchReport, toMarkdown } from './long-report';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const dir = mkdtempSync(join(tmpdir(), 'baocao-bench-'));
const report = longBenchReport();
const today = new Date('2026-06-05T08:00:00');

async function timeInProcess(runs: number): Promise<{ ms: number; bytes: Uint8Array }> {
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 2; i += 1) bytes = (await exportReportDocx(report, today)).bytes; // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    bytes = (await exportReportDocx(report, today)).bytes;
    times.push(performance.now() - start);
  }
  return { ms: median(times), bytes };
}

function timeProcess(command: string, args: string[], runs: number): number | null {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: 'ignore' });
    if (result.status !== 0) return null;
    times.push(performance.now() - start);
  }
  return median(times);
}

const jsonPath = join(dir, 'long.report.json');
writeFileSync(jsonPath, JSON.stringify(report));
const mdPath = join(dir, 'long.md');
writeFileSync(mdPath, toMarkdown(report));

const inProcess = await timeInProcess(7);
const docxPath = join(dir, 'long.docx');
writeFileSync(docxPath, inProcess.bytes);
// The two processes take turns, so a busy moment of the machine falls on both alike.
const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
const cliTimes: number[] = [];
const pandocTimes: number[] = [];
for (let i = 0; i < 7; i += 1) {
  const one = timeProcess(process.execPath, ['bin/baocao.mjs', 'export', jsonPath, '-o', join(dir, 'cli.docx')], 1);
  if (one !== null) cliTimes.push(one);
  const other = hasPandoc ? timeProcess('pandoc', [mdPath, '-o', join(dir, 'pandoc.docx')], 1) : null;
  if (other !== null) pandocTimes.push(other);
}
const cli = cliTimes.length === 7 ? median(cliTimes) : null;
const pandoc = pandocTimes.length === 7 ? median(pandocTimes) : null;
const pages = hasLibreOffice() ? renderDocx(inProcess.bytes, 'long').pages.length : null;
const tables = report.sections
  .flatMap((s) => s.children ?? [])
  .flatMap((c) => c.blocks ?? [])
  .filter((b) => b.type === 'table').length;

console.log(`Báo cáo dài: ${pages ?? '?'} trang A4 (LibreOffice), ${tables} bảng, ${(inProcess.bytes.length / 1024).toFixed(0)} KB .docx`);
console.log(`in-process export (median of 7):      ${inProcess.ms.toFixed(0)} ms`);
console.log(`whole "baocao export" process (med. 7, interleaved with pandoc): ${cli === null ? 'failed' : `${cli.toFixed(0)} ms`}`);
console.log(`pandoc, same content from Markdown:    ${pandoc === null ? (hasPandoc ? 'failed' : 'pandoc not installed') : `${pandoc.toFixed(0)} ms`}`);
if (cli !== null && pandoc !== null) console.log(`pandoc / baocao process: ${(pandoc / cli).toFixed(2)}×`);
