/**
 * `npm run crash-test:server [-- --trials N]`: a PC drafting on the office server, cut off in the
 * two ways an office sees. Odd trials: the app is killed (kill -9) mid-save — while connected,
 * between the PC's own commit and the server's, or while it sends what waited. Even trials: the
 * server is stopped at once (pg_ctl -m immediate, as a power cut at the server) mid-save; the PC
 * goes on saving on its copy, the server is started again, and the app is killed at a random
 * moment after, often while it is sending what waited. After every trial the next start connects
 * and sends what is left; then the server must hold every save the screen called saved, and no
 * part may be shown as a conflict with the clerk's own text (only this PC writes). Prints one line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { upgradeSchema } from '../../electron/core/server/server-schema';
import { startCluster } from '../../tests/support/postgres';
import { bundleWriter } from './bundles';

const trialsArg = process.argv.indexOf('--trials');
const TRIALS = trialsArg > 0 ? Number(process.argv[trialsArg + 1]) : 100;
const PASSWORD = 'Mật khẩu thử 2026';

const cluster = startCluster({ durable: true });
const adminOf = (database: string) => new pg.Pool({ host: cluster.socketDir, port: cluster.port, user: 'postgres', database, max: 2 });
const setup = adminOf('postgres');
await setup.query('CREATE DATABASE baocao_crash');
await setup.end();
const admin = adminOf('baocao_crash');
admin.on('error', () => undefined);
await upgradeSchema(admin, () => new Date().toISOString());
await admin.query('SELECT baocao_create_account($1, $2, $3, $4)', ['chuyen_vien_1', 'Nguyễn Văn An', 'chuyen_vien', PASSWORD]);
await admin.end();
const url = `postgres://chuyen_vien_1@localhost:${cluster.port}/baocao_crash?host=${encodeURIComponent(cluster.socketDir)}`;
const dataDir = mkdtempSync(join(tmpdir(), 'baocao-crash-server-'));
const { writer, worker } = await bundleWriter('server-writer.ts');

interface Line {
  kind: string;
  numbers: number[];
}

/** Starts the app; `onLine` sees each line it prints; resolves with what READY said. */
function startWriter(onLine: (line: Line, child: ChildProcess) => void, settle = false): { child: ChildProcess; ended: Promise<void> } {
  const child = spawn(process.execPath, [writer, dataDir, worker, url, PASSWORD, ...(settle ? ['settle'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const text of lines) {
      if (process.env.CRASH_VERBOSE) process.stderr.write(`${text}\n`);
      const [kind = '', ...rest] = text.split(' ');
      onLine({ kind, numbers: rest.map(Number) }, child);
    }
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const ended = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || (settle && code === 0) ? resolve() : reject(new Error(`app ended (${code}): ${stderr}`)))),
  );
  return { child, ended };
}

let lastAcked = 0;
let lost = 0;
let wrongConflicts = 0;
let acknowledged = 0;
let offlineAcks = 0;
let conflictsSeen = 0;

/** What the next start finds on the server: every save acknowledged before is there. */
function checkReady(stored: number, conflicts: number): void {
  if (stored < lastAcked) lost += lastAcked - stored;
  if (conflicts > conflictsSeen) wrongConflicts += conflicts - conflictsSeen;
  conflictsSeen = Math.max(conflictsSeen, conflicts);
}

function trial(serverStops: boolean): Promise<void> {
  const killAfter = 1 + Math.floor(Math.random() * 20);
  const resumeAfter = 1 + Math.floor(Math.random() * 8);
  let acksThisRun = 0;
  let phase: 'saving' | 'halted' | 'resumed' = 'saving';
  let offlineSeen = 0;
  const { ended } = startWriter((line, child) => {
    if (line.kind === 'READY') checkReady(line.numbers[0]!, line.numbers[1]!);
    if (line.kind === 'CONFLICT') wrongConflicts += 1;
    if (line.kind !== 'ACK') return;
    const [n, offline] = line.numbers as [number, number];
    lastAcked = Math.max(lastAcked, n);
    acknowledged += 1;
    acksThisRun += 1;
    if (offline) offlineAcks += 1;
    if (!serverStops) {
      if (acksThisRun === killAfter) setTimeout(() => child.kill('SIGKILL'), Math.random() * 30);
      return;
    }
    if (phase === 'saving' && acksThisRun === killAfter) {
      phase = 'halted';
      cluster.halt();
    } else if (phase === 'halted' && offline && (offlineSeen += 1) === resumeAfter) {
      phase = 'resumed';
      cluster.resume();
      // The PC asks again every 3 s and then sends what waited: the kill lands before, during or after.
      setTimeout(() => child.kill('SIGKILL'), Math.random() * 6000);
    }
  });
  return ended;
}

const started = Date.now();
let failures = 0;
for (let n = 1; n <= TRIALS; n += 1) {
  try {
    await trial(n % 2 === 0);
  } catch (error) {
    failures += 1;
    process.stderr.write(`trial ${n}: ${(error as Error).message}\n`);
  }
  if (n % 10 === 0) process.stderr.write(`… ${n}/${TRIALS}\n`);
}
await startWriter((line) => {
  if (line.kind === 'READY') checkReady(line.numbers[0]!, line.numbers[1]!);
}, true).ended;
cluster.stop();
console.log(
  `crash-test (office server): ${TRIALS} trials (${TRIALS >> 1} server stops), ${acknowledged} acknowledged saves (${offlineAcks} made while the server was down), ` +
    `${lost} lost, ${wrongConflicts} shown as a conflict with the clerk's own text, ${failures} apps that failed; ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(lost === 0 && wrongConflicts === 0 && failures === 0 ? 0 : 1);
