/**
 * `npm run bench` (data part): the cost of keeping a clerk's data safe.
 * - Autosave with durable saves (synchronous=FULL): p50/p99/max of a part save through the
 *   core, in bursts with pauses as a clerk types, idle checkpoints included. Goal p99 < 15 ms.
 * - A library of 10,000 reports: quick_check, and start-up (open + the first list). Goal < 2 s.
 * - Saving while a backup of that library runs on the worker thread. Goal: no save > 50 ms.
 * - Backup size: the compressed copy against the database.
 * - The library list: one page of 50. Search: building the index from scratch, then queries
 *   with and without diacritics (goal p95 < 50 ms), and a search right after a save.
 * Cold-cache numbers need root's drop_caches; where that is refused the numbers are warm.
 */
import { SEARCH_INDEX_FILE } from '../electron/core/data-dir';
import { SEARCH_SYNC_BUDGET_MS } from '../electron/core/library/library-handlers';
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../electron/core/host/create-core';
import { DataFile } from '../electron/core/data-file/data-file';
import { quickCheck } from '../electron/core/db/open-database';
import { fillLibrary } from './library-fixture';

const LIBRARY = Number(process.env.BENCH_LIBRARY ?? 10_000);
const quiet = { error: () => undefined };
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] as number;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function coreOn(data: DataFile): Core {
  let id = 0;
  return createCore({
    data,
    clock: () => new Date(),
    newId: () => `b-${++id}-${Math.random()}`,
    log: quiet,
    info: { version: 'bench', dataDir: '', mode: 'browser' },
  });
}

async function call<T>(core: Core, method: string, args: unknown): Promise<T> {
  const envelope = await core.dispatch(method, args);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

function dropCaches(): boolean {
  try {
    execSync('sync && echo 3 > /proc/sys/vm/drop_caches', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Saves of a ~5-page part, 600 of them: bursts of 30 saves 20–60 ms apart, then a 1.2 s pause. */
async function autosaveBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-bench-save-'));
  const data = DataFile.open(dir, () => new Date(), quiet);
  await fillLibrary(data.db, 300, 7);
  const core = coreOn(data);
  const report = await call<{ id: string; sections: { id: string; revision: number }[] }>(core, 'reports.create', {
    templateId: 'dinh-ky',
    profile: 'state',
    period: 'tháng 11 năm 2026',
  });
  const section = report.sections[0]!;
  let revision = section.revision;
  const base = 'Ủy ban nhân dân xã đã chỉ đạo triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng. ';
  const times: number[] = [];
  for (let n = 0; n < 600; n += 1) {
    const blocks = Array.from({ length: 25 }, (_, p) => ({ type: 'paragraph', text: `${p === 24 ? `Lần ${n}. ` : ''}${base.repeat(6)}` }));
    const started = performance.now();
    const saved = await call<{ revision: number }>(core, 'sections.update', { reportId: report.id, sectionId: section.id, baseRevision: revision, blocks });
    times.push(performance.now() - started);
    revision = saved.revision;
    await sleep(n % 30 === 29 ? 1_200 : 20 + Math.random() * 40);
  }
  core.close();
  console.log(
    `Autosave (durable, synchronous=FULL, idle checkpoints), 600 saves of a ~5-page part: p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))}, max ${fmt(Math.max(...times))} (goal p99 < 15 ms)`,
  );
}

async function libraryBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-bench-library-'));
  const path = join(dir, 'baocao.db');
  {
    const started = performance.now();
    const data = DataFile.open(dir, () => new Date(), quiet);
    await fillLibrary(data.db, LIBRARY);
    data.db.pragma('wal_checkpoint(TRUNCATE)');
    data.close();
    console.log(
      `Library of ${LIBRARY.toLocaleString('vi-VN')} reports: ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const cold = dropCaches();
  const startedOpen = performance.now();
  const data = DataFile.open(dir, () => new Date(), quiet);
  const opened = performance.now() - startedOpen;
  const core = coreOn(data);
  const list = await call<unknown[]>(core, 'library.list', {});
  const startup = performance.now() - startedOpen;
  await data.checked();
  const checkedAt = performance.now() - startedOpen;
  const checkStarted = performance.now();
  quickCheck(data.db);
  const check = performance.now() - checkStarted;
  console.log(
    `Start-up at ${list.length.toLocaleString('vi-VN')} reports (${cold ? 'cold cache' : 'warm cache: drop_caches refused'}): open (identity, schema) ${fmt(opened)}, ` +
      `open + first list ${fmt(startup)} (goal < 2 s); quick_check on the worker thread done at ${fmt(checkedAt)} (writes wait for it); quick_check again, warm: ${fmt(check)}`,
  );

  // "Báo cáo của tôi" first page (the renderer shows one page of 50; Chromium's timing is in bench/list-bench.ts).
  const pageTimes: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    await call(core, 'library.page', { shelf: 'active', offset: i * 50, limit: 50 });
    pageTimes.push(performance.now() - started);
  }
  console.log(`List page of 50 at ${list.length.toLocaleString('vi-VN')} reports: p50 ${fmt(percentile(pageTimes, 50))}, max ${fmt(Math.max(...pageTimes))}`);

  // The search index: built once in its own file (tim-kiem.db), then kept current lazily.
  // Asked again and again as the search box does while it says "Đang lập chỉ mục"; the idle upkeep helps too.
  const buildStarted = performance.now();
  let rounds = 0;
  let longest = 0;
  for (;;) {
    const started = performance.now();
    const result = await call<{ indexing: unknown }>(core, 'library.search', { query: 'chuyển đổi số' });
    longest = Math.max(longest, performance.now() - started);
    rounds += 1;
    if (result.indexing === null) break;
  }
  const build = performance.now() - buildStarted;
  console.log(
    `Search index built from scratch for ${list.length.toLocaleString('vi-VN')} reports: ${(build / 1000).toFixed(1)} s over ${rounds} searches of at most ${SEARCH_SYNC_BUDGET_MS} ms indexing each (longest answer ${fmt(longest)}); ` +
      `tim-kiem.db ${(['', '-wal'].reduce((sum, extra) => sum + (existsSync(join(dir, SEARCH_INDEX_FILE + extra)) ? statSync(join(dir, SEARCH_INDEX_FILE + extra)).size : 0), 0) / 1024 / 1024).toFixed(0)} MB beside a ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB data file (not in backups)`,
  );
  // Words with and without diacritics, some filtered by year; goal p95 < 50 ms.
  const queries = [
    'chuyển đổi số',
    'chuyen doi so',
    'nông thôn mới',
    'nong thon moi',
    'cải cách hành chính',
    'cai cach hanh chinh',
    'an ninh trật tự',
    'an ninh trat tu',
    'thi đua yêu nước',
    'thi dua',
    'Hồ Chí Minh',
    'ho chi minh',
    'đúng hạn',
    'dung han',
    'Đảng ủy',
    'dang uy',
    'tiến độ',
    'tien do',
    'Mặt trận',
    'mat tran',
  ];
  // A subject in the clerk's own words: every word, not side by side (the phrase is found nowhere,
  // so the search looks for the words in any order too — its slowest path).
  const ownWords = ['kiểm tra an ninh trật tự', 'quan triet nghi quyet chuyen doi so', 'kết quả phong trào thi đua', 'tien do cai cach hanh chinh'];
  const searchTimes: number[] = [];
  const ownWordsTimes: number[] = [];
  let found = 0;
  for (let round = 0; round < 3; round += 1) {
    for (const [i, query] of [...queries, ...ownWords].entries()) {
      const started = performance.now();
      const result = await call<{ hits: unknown[] }>(core, 'library.search', { query, ...(i % 4 === 3 ? { year: 2020 + (i % 6) } : {}) });
      (i < queries.length ? searchTimes : ownWordsTimes).push(performance.now() - started);
      found += result.hits.length;
    }
  }
  const all = [...searchTimes, ...ownWordsTimes];
  console.log(
    `Search over ${list.length.toLocaleString('vi-VN')} reports, ${searchTimes.length} phrase queries (with and without diacritics, some filtered by year; at most 50 hits each; includes checking the index is current): p50 ${fmt(percentile(searchTimes, 50))}, p95 ${fmt(percentile(searchTimes, 95))} (goal p95 < 50 ms); ` +
      `${ownWordsTimes.length} queries in a clerk's own words: p50 ${fmt(percentile(ownWordsTimes, 50))}, slowest ${fmt(Math.max(...ownWordsTimes))}; all ${all.length}: p95 ${fmt(percentile(all, 95))}; ${found} hits`,
  );

  // Saving while a backup of the whole library runs on the worker thread.
  const report = await call<{ id: string; sections: { id: string; revision: number }[] }>(core, 'reports.create', {
    templateId: 'dinh-ky',
    profile: 'state',
    period: 'x',
  });
  let revision = report.sections[0]!.revision;
  const during: number[] = [];
  let done = false;
  const backupStarted = performance.now();
  const backup = call<{ bytes: number; reports: number }>(core, 'backups.create', {}).finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    const saved = await call<{ revision: number }>(core, 'sections.update', {
      reportId: report.id,
      sectionId: report.sections[0]!.id,
      baseRevision: revision,
      blocks: [{ type: 'paragraph', text: `Lưu trong lúc sao lưu ${during.length}` }],
    });
    during.push(performance.now() - started);
    revision = saved.revision;
    await sleep(10);
  }
  const made = await backup;
  const backupMs = performance.now() - backupStarted;
  console.log(
    `Backup of ${made.reports.toLocaleString('vi-VN')} reports on the worker thread: ${(backupMs / 1000).toFixed(1)} s, ${(made.bytes / 1024 / 1024).toFixed(1)} MB compressed ` +
      `(${((made.bytes / statSync(path).size) * 100).toFixed(0)}% of the database; 7 daily + 4 weekly ≈ ${((11 * made.bytes) / statSync(path).size).toFixed(1)}× at most). ` +
      `${during.length} saves meanwhile: p50 ${fmt(percentile(during, 50))}, max ${fmt(Math.max(...during))} (goal max < 50 ms)`,
  );
  // After an edit, the next search indexes that report again first.
  const afterEdit: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const saved = await call<{ revision: number }>(core, 'sections.update', {
      reportId: report.id,
      sectionId: report.sections[0]!.id,
      baseRevision: revision,
      blocks: [{ type: 'paragraph', text: `Sửa lần ${i}: chuyển đổi số` }],
    });
    revision = saved.revision;
    const started = performance.now();
    await call(core, 'library.search', { query: 'chuyen doi so' });
    afterEdit.push(performance.now() - started);
  }
  console.log(`Search right after a save (the saved report indexed again first): p50 ${fmt(percentile(afterEdit, 50))}, max ${fmt(Math.max(...afterEdit))}`);
  core.close();
  commandLineBench(dir, list.length);
}

/**
 * What the integrity check before the first write costs the command line: quick_check on a fresh
 * connection, as `baocao library add` makes it (the file in the system's cache, as right after
 * the app used it), and the whole `library add` of one report, process start included; median of 5.
 */
function commandLineBench(dir: string, reports: number): void {
  const bin = join(import.meta.dirname, '..', 'bin', 'baocao.mjs');
  const report = join(import.meta.dirname, '..', 'tests', 'fixtures', 'so-ket-phuong.report.json');
  const checks: number[] = [];
  const adds: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const db = new BetterSqlite3(join(dir, 'baocao.db'), { readonly: true });
    const started = performance.now();
    quickCheck(db);
    checks.push(performance.now() - started);
    db.close();
    const addStarted = performance.now();
    execFileSync(process.execPath, [bin, 'library', 'add', report, '--data-dir', dir], { stdio: 'ignore' });
    adds.push(performance.now() - addStarted);
  }
  console.log(
    `Command line at ${reports.toLocaleString('vi-VN')} reports: the integrity check before library add's first write ${fmt(percentile(checks, 50))} (median of 5, fresh connection); ` +
      `library add of one report, whole process, ${fmt(percentile(adds, 50))}`,
  );
}

await autosaveBench();
await libraryBench();
