/**
 * `npm run crash-test [-- --trials N]`: kill -9 during a stream of saves and during backups,
 * N times (default 200), on one data folder that lives through every trial. After each kill:
 * every acknowledged save is in the file, integrity_check passes, and — after the cleanup the
 * next start runs — every backup in the rotation is a finished, verified file. Prints one line.
 *
 * What it cannot show: a power cut. The operating system still writes its cache after a
 * process is killed; durability across a power cut comes from synchronous=FULL (each commit is
 * synced before it is acknowledged), which the integration tests check is set.
 */
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackBackup } from '../../electron/core/backups/backup-copy';
import { listBackupFiles } from '../../electron/core/backups/backup-files';
import { DataFile } from '../../electron/core/data-file/data-file';
import { bundleWriter } from './bundles';

const trialsArg = process.argv.indexOf('--trials');
const TRIALS = trialsArg > 0 ? Number(process.argv[trialsArg + 1]) : 200;
const dataDir = mkdtempSync(join(tmpdir(), 'baocao-crash-'));
const { writer, worker } = await bundleWriter('writer.ts');

interface TrialResult {
  acked: number;
  stored: number;
  backupsAsked: number;
}

/**
 * One trial: the writer is killed a few milliseconds after its `killAfterAcks`-th acknowledged
 * save — mid-save, mid-checkpoint or mid-backup — rather than at a time after start, so that
 * every kill comes after real saves whatever the machine's speed (a slow machine used to be
 * killed before it had saved much, and a kill after no save proves nothing).
 */
function runOnce(killAfterAcks: number, thenMs: number): Promise<TrialResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, worker], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = 0;
    let backupsAsked = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ACK ')) {
          acked = Number(line.slice(4));
          if (acked === killAfterAcks) setTimeout(() => child.kill('SIGKILL'), thenMs);
        } else if (line.startsWith('BACKUP ')) backupsAsked += 1;
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      resolve({ acked, stored: storedSaveNumber(), backupsAsked });
    });
  });
}

/** The highest save number in the file, read the way the app reads it (WAL recovered). */
function storedSaveNumber(): number {
  const db = new BetterSqlite3(join(dataDir, 'baocao.db'));
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
    const rows = db.prepare("SELECT blocks_json FROM sections WHERE blocks_json LIKE '%Lần lưu số %'").all() as { blocks_json: string }[];
    return Math.max(0, ...rows.map((r) => Number(/Lần lưu số (\d+)/.exec(r.blocks_json)?.[1] ?? 0)));
  } finally {
    db.close();
  }
}

const verified = new Set<string>();
let badBackups = 0;
let leftoversSeen = 0;

/** What the next start does, then a check of every finished backup not checked before. */
async function checkBackups(): Promise<void> {
  leftoversSeen += readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.tmp')).length;
  const data = DataFile.open(dataDir, () => new Date(), { error: () => undefined });
  await data.backups?.tidy();
  data.close();
  if (readdirSync(join(dataDir, 'backups')).some((n) => n.endsWith('.tmp'))) throw new Error('a leftover survived the cleanup');
  for (const entry of listBackupFiles(dataDir)) {
    if (verified.has(entry.name)) continue;
    try {
      const reports = await unpackBackup(join(dataDir, 'backups', entry.name), join(tmpdir(), `baocao-crash-check-${process.pid}.db`));
      if (entry.reports !== null && reports !== entry.reports) throw new Error('count differs');
      verified.add(entry.name);
    } catch {
      badBackups += 1;
    }
  }
}

let lost = 0;
let corrupt = 0;
let acknowledged = 0;
let backupsAsked = 0;
const started = Date.now();
for (let trial = 1; trial <= TRIALS; trial += 1) {
  try {
    // 1 to 30 saves before the kill (15.5 on average), then up to 40 ms more: the kill lands anywhere in a save's cycle.
    const result = await runOnce(1 + Math.floor(Math.random() * 30), Math.floor(Math.random() * 40));
    acknowledged += result.acked;
    backupsAsked += result.backupsAsked;
    if (result.stored < result.acked) lost += result.acked - result.stored;
  } catch (error) {
    corrupt += 1;
    process.stderr.write(`trial ${trial}: ${(error as Error).message}\n`);
  }
  await checkBackups();
  if (trial % 20 === 0) process.stderr.write(`… ${trial}/${TRIALS}\n`);
}
console.log(
  `crash-test: ${TRIALS} trials, ${acknowledged} acknowledged saves (${(acknowledged / TRIALS).toFixed(1)} per kill), ${lost} lost, ${corrupt} corrupt; ` +
    `${backupsAsked} backups finished before a kill, ${verified.size} backups verified, ${badBackups} bad, ${leftoversSeen} leftovers removed; ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(lost === 0 && corrupt === 0 && badBackups === 0 ? 0 : 1);
