/**
 * The README says `baocao library add` is safe beside the open app. Both write the same data file:
 * the app's autosaves must never fail while the command line adds reports (a save that reads,
 * then writes, in a deferred transaction is refused at once by SQLite when another writer
 * committed in between — the busy timeout never applies to it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../../electron/core/host/create-core';
import { DataFile } from '../../electron/core/data-file/data-file';
import { folderCore, newDataDir } from '../support/data-folder';
import { sampleReport } from '../support/fixtures';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'baocao.mjs');
const SAVES = 1_000;

describe('the app and the command line writing the same data folder', () => {
  it('loses no autosave while `baocao library add` runs (0 failed in 1,000)', async () => {
    const dir = newDataDir('hai-ben-ghi');
    const core = folderCore(dir);
    await core.data.checked();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'Tháng 6 năm 2026' });
    const sectionId = report.sections[0]!.id;

    const files = mkdtempSync(join(tmpdir(), 'baocao-them-'));
    const paths = Array.from({ length: 80 }, (_, i) => {
      const file = sampleReport();
      file.header.summary = `Báo cáo thêm bằng dòng lệnh số ${i + 1}`;
      const path = join(files, `bao-cao-${i + 1}.json`);
      writeFileSync(path, JSON.stringify(file));
      return path;
    });

    // The command line adds the 80 files again and again until the saves are done.
    let stop = false;
    let runs = 0;
    const cliErrors: string[] = [];
    const cliLoop = (async () => {
      while (!stop) {
        const code = await new Promise<number>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'library', 'add', ...paths, '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
          let stderr = '';
          let stdout = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          // A file it refuses ("Không thêm: …", exit 2) is said on stdout.
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          // How it ended is kept with what it said: a run killed by a signal says nothing on stderr.
          child.on('close', (c, signal) => {
            const refused = stdout.split('\n').filter((l) => l.startsWith('Không thêm'));
            if (c !== 0) cliErrors.push(`exit ${c ?? '-'}${signal ? ` (${signal})` : ''}: ${stderr}${refused.join('\n')}`);
            resolve(c ?? 1);
          });
        });
        if (code === 0) runs += 1;
      }
    })();

    // Wait until the command line is writing before the saves start.
    const started = Date.now();
    while ((await core.call('library.list', {})).length < 3 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));

    const before = (await core.call('library.list', {})).length;
    const failures: string[] = [];
    let revision = report.sections[0]!.revision;
    // At least SAVES saves, and more until the command line has added a report while they ran (a
    // slow start of the command line must not make the two write one after the other).
    const added = async () => (await core.call('library.list', {})).length - before;
    let saves = 0;
    for (let i = 0; i < SAVES || ((i % 50 !== 0 || (await added()) === 0) && Date.now() - started < 150_000); i += 1) {
      saves += 1;
      const envelope = await core.dispatch('sections.update', {
        reportId: report.id,
        sectionId,
        baseRevision: revision,
        blocks: [{ type: 'paragraph', text: `Lần lưu ${i + 1}: Ủy ban nhân dân xã triển khai kế hoạch.` }],
      });
      if (envelope.ok) revision = (envelope.value as { revision: number }).revision;
      else failures.push(envelope.error.message);
    }
    const addedMeanwhile = await added();
    stop = true;
    await cliLoop;
    core.close();
    console.log(`${saves} saves, ${failures.length} failed; the command line added ${addedMeanwhile} reports meanwhile (${runs} runs)`);

    expect(failures).toEqual([]);
    expect(cliErrors).toEqual([]);
    // The two really wrote side by side: the command line added reports while the saves went on.
    expect(addedMeanwhile).toBeGreaterThan(0);
  }, 180_000);
});

/**
 * A data folder's core with one report, whose busy timeout is short (a long hold on a loaded PC),
 * and the write lock held by another connection until `release`; `waiting` settles when the core
 * logs that a write waits for the lock.
 */
async function coreBesideAHeldLock(name: string) {
  const dir = newDataDir(name);
  let lockSeen: () => void = () => undefined;
  const waiting = new Promise<'waits for the lock'>((resolve) => (lockSeen = () => resolve('waits for the lock')));
  const data = DataFile.open(dir, () => new Date(), { error: () => undefined });
  const core = createCore({
    data,
    clock: () => new Date(),
    newId: (() => {
      let n = 0;
      return () => `${name}-${++n}`;
    })(),
    log: { error: () => undefined, info: (line) => /waits for the data file's write lock/.test(line) && lockSeen() },
    info: { version: 'test', dataDir: dir, mode: 'browser' },
  });
  await data.checked();
  const made = await core.dispatch('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'Tháng 6 năm 2026' });
  if (!made.ok) throw new Error(made.error.message);
  const report = made.value as { id: string; sections: { id: string; revision: number }[] };
  data.db.pragma('busy_timeout = 50');
  const other = new BetterSqlite3(join(dir, 'baocao.db'));
  other.exec('BEGIN IMMEDIATE');
  const release = () => {
    other.exec('COMMIT');
    other.close();
  };
  return { core, report, waiting, release };
}

describe('an autosave while another program holds the write lock', () => {
  it('is tried again quietly, and saved once the lock is let go, longer than SQLite’s busy timeout', async () => {
    const { core, report, waiting, release } = await coreBesideAHeldLock('khoa-ghi');
    const saving = core.dispatch('sections.update', {
      reportId: report.id,
      sectionId: report.sections[0]!.id,
      baseRevision: report.sections[0]!.revision,
      blocks: [{ type: 'paragraph', text: 'Đoạn gõ trong lúc dòng lệnh đang ghi.' }],
    });
    // Let go of the lock only once the save has been refused by SQLite at least once.
    expect(await Promise.race([waiting, saving])).toBe('waits for the lock');
    release();
    const saved = await saving;
    expect(saved.ok).toBe(true);
    const stored = await core.dispatch('reports.get', { id: report.id });
    expect(JSON.stringify(stored)).toContain('Đoạn gõ trong lúc dòng lệnh đang ghi.');
    core.close();
  });
});

describe('a report added while another program holds the write lock', () => {
  it('waits the lock out as an autosave does, instead of refusing the file as "busy"', async () => {
    const { core, waiting, release } = await coreBesideAHeldLock('khoa-ghi-them');
    const file = sampleReport();
    file.header.summary = 'Báo cáo thêm trong lúc tệp dữ liệu đang bận';
    const adding = core.dispatch('library.importJson', { json: JSON.stringify(file) });
    // It waits for the lock (and says so in the log) rather than answering "busy" at once.
    expect(await Promise.race([waiting, adding])).toBe('waits for the lock');
    release();
    const added = await adding;
    expect(added.ok, JSON.stringify(added)).toBe(true);
    const listed = await core.dispatch('library.list', {});
    expect(JSON.stringify(listed)).toContain('Báo cáo thêm trong lúc tệp dữ liệu đang bận');
    core.close();
  });
});
