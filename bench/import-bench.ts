/**
 * `npm run bench` (reading a Word file): what importing costs in CPU, against mammoth and pandoc
 * on the same real files — twelve .docx of the field corpus, spread over its offices and kinds,
 * 12–120 KB. Each tool as a whole process (`baocao import`, mammoth's command, pandoc to
 * Markdown), CPU of user and system from the kernel's count for finished children; then
 * in-process, as the app's worker reads a file (the reader and the recognition) against
 * mammoth's convertToHtml, modules loaded first. Interleaved, the median of 3 rounds; the output
 * goes to the system's temporary folder and is removed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { importWordSource } from '#shared/word-import/import-word';
import { readWordFile } from '../electron/core/word-import/read-word-file';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'tests', 'fixtures', 'field', 'files');
const all = readdirSync(folder)
  .filter((f) => f.endsWith('.docx') && !f.endsWith('.lo.docx'))
  .sort();
const files = Array.from({ length: 12 }, (_, i) => join(folder, all[Math.floor((i * all.length) / 12) + 1] as string));
const out = mkdtempSync(join(tmpdir(), 'baocao-import-bench-'));

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // cutime and cstime are fields 16 and 17 of the line, in clock ticks (100 per second on Linux).
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
const cpuOf = (command: string, args: string[]) => {
  const before = childrenCpu();
  execFileSync(command, args, { stdio: 'ignore' });
  return childrenCpu() - before;
};
const has = (command: string) => {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const tools: [string, (file: string) => [string, string[]]][] = [
  ['baocao import', (f) => [process.execPath, [join(root, 'bin', 'baocao.mjs'), 'import', f, '-o', join(out, 'r.json')]]],
  ['mammoth', (f) => [process.execPath, [join(root, 'node_modules', 'mammoth', 'bin', 'mammoth'), f, join(out, 'r.html')]]],
  ...(has('pandoc')
    ? [['pandoc', (f: string) => ['pandoc', [f, '-t', 'markdown', '-o', join(out, 'r.md')]]] as [string, (file: string) => [string, string[]]]]
    : []),
];
const perTool = new Map<string, number[]>(tools.map(([name]) => [name, []]));
for (let round = 0; round < 3; round += 1) {
  for (const [name, command] of tools) {
    let total = 0;
    for (const file of files) total += cpuOf(...command(file));
    perTool.get(name)!.push(total / files.length);
  }
}
const sizes = files.map((f) => statSync(f).size / 1024);
console.log(`Word import, ${files.length} real .docx (${Math.min(...sizes).toFixed(0)}–${Math.max(...sizes).toFixed(0)} KB), CPU per file as a whole process:`);
const ours = median(perTool.get('baocao import')!);
for (const [name] of tools) {
  const value = median(perTool.get(name)!);
  console.log(`  ${name}: ${value.toFixed(3)} CPU-s${name === 'baocao import' ? '' : ` (baocao ${(ours / value).toFixed(2)}×)`}`);
}

const bytes = files.map((f) => readFileSync(f));
const inProcessCpu = async (work: (b: Buffer) => Promise<unknown>) => {
  const before = process.cpuUsage();
  for (const b of bytes) await work(b);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6 / bytes.length;
};
const reader = async (b: Buffer) => importWordSource(await readWordFile(b));
const mammothHtml = (b: Buffer) => mammoth.convertToHtml({ buffer: b });
await inProcessCpu(reader);
await inProcessCpu(mammothHtml);
const oursIn: number[] = [];
const mammothIn: number[] = [];
for (let round = 0; round < 3; round += 1) {
  oursIn.push(await inProcessCpu(reader));
  mammothIn.push(await inProcessCpu(mammothHtml));
}
console.log(
  `  in-process (modules loaded): reader ${(median(oursIn) * 1000).toFixed(0)} ms CPU per file, mammoth's convertToHtml ${(median(mammothIn) * 1000).toFixed(0)} ms`,
);
rmSync(out, { recursive: true, force: true });
