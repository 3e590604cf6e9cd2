/**
 * `npm run bench` (office server): the shared library on PostgreSQL 15, on this machine, in a
 * throwaway cluster of the bench's own (a temporary folder, Unix socket only — nothing of the
 * machine's is touched) that writes to disk before each commit returns, as an office's server does.
 *
 * 1. Saves: 20 PCs — each a whole core connected with its own chuyên viên login, as the app is —
 *    each make 1,000 saves of a part of their own report at once, every save on the revision the
 *    last one returned. Goal: 0 lost (each part holds the last text sent, at revision 1,001),
 *    0 wrong conflicts, p99 save < 50 ms. Then all 20 save the same part on the same revision:
 *    exactly one is kept and 19 get the conflict screen.
 * 2. A library of 100,000 reports (BENCH_SERVER_REPORTS), written through the stores; the search
 *    index caught up by the same code a PC runs; then the list's first screen drawn in Chromium
 *    (the app in browser mode, connected to the server) — goal < 300 ms — and 200 searches of
 *    varied words, with and without diacritics, common, rare and absent — goal p95 < 100 ms.
 *
 * All 20 PCs run in this one process and share its two cores with the server: a pessimistic
 * stand-in for an office, where each PC has its own processor.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import type { ApiArgs, ApiMethod, ApiResult } from '#shared/contract/api';
import type { Block } from '#shared/domain/report';
import { DataFile } from '../electron/core/data-file/data-file';
import { createCore, type Core } from '../electron/core/host/create-core';
import { PgSql } from '../electron/core/server/pg-sql';
import { PgSearch } from '../electron/core/server/pg-search';
import { upgradeSchema } from '../electron/core/server/server-schema';
import { startCluster } from '../tests/support/postgres';
import { blocks, fillStore, random } from './library-fixture';

const CLIENTS = Number(process.env.BENCH_SERVER_CLIENTS ?? 20);
const SAVES = Number(process.env.BENCH_SERVER_SAVES ?? 1_000);
const REPORTS = Number(process.env.BENCH_SERVER_REPORTS ?? 100_000);
const PASSWORD = 'Mật khẩu văn phòng 2026';
const DATABASE = 'baocao_bench';

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface Pc {
  core: Core;
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
}

async function connectPc(url: string): Promise<Pc> {
  const core = createCore({
    data: DataFile.inMemory(),
    clock: () => new Date(),
    newId: randomUUID,
    log: { error: (message, error) => console.error(message, error) },
    info: { version: 'bench', dataDir: ':memory:', mode: 'browser' },
  });
  const call = async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> => {
    const envelope = await core.dispatch(method, args);
    if (!envelope.ok) throw Object.assign(new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`), { code: envelope.error.code });
    return envelope.value as ApiResult<M>;
  };
  await call('server.connect', { url, password: PASSWORD });
  return { core, call };
}

const cluster = startCluster({ durable: true });
const webData = mkdtempSync(join(tmpdir(), 'baocao-server-bench-'));
const admin = (database: string) => new pg.Pool({ host: cluster.socketDir, port: cluster.port, user: 'postgres', database, max: 4 });
const urlFor = (login: string) => `postgres://${login}@localhost:${cluster.port}/${DATABASE}?host=${encodeURIComponent(cluster.socketDir)}`;
const pcs: Pc[] = [];
try {
  {
    const maintenance = admin('postgres');
    await maintenance.query(`CREATE DATABASE ${DATABASE}`);
    await maintenance.end();
  }
  const pool = admin(DATABASE);
  await upgradeSchema(pool, () => new Date().toISOString());
  const logins = Array.from({ length: CLIENTS }, (_, i) => `chuyen_vien_${i + 1}`);
  for (const login of logins) await pool.query('SELECT baocao_create_account($1, $2, $3, $4)', [login, `Chuyên viên ${login}`, 'chuyen_vien', PASSWORD]);
  await pool.query('SELECT baocao_create_account($1, $2, $3, $4)', ['van_thu_1', 'Văn thư', 'van_thu', PASSWORD]);

  // 1. Saves.
  for (const login of logins) pcs.push(await connectPc(urlFor(login)));
  const drafts = await Promise.all(
    pcs.map(async (pc, i) => {
      const report = await pc.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: `tháng ${(i % 12) + 1} năm 2026` });
      const part = report.sections[1] ?? report.sections[0]!;
      // Opened as the editor does, so the PC keeps its copy for drafting without the server.
      await pc.call('reports.get', { id: report.id });
      return { report, part };
    }),
  );
  const latencies: number[] = [];
  let conflicts = 0;
  const lastSent: Block[][] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    pcs.map(async (pc, i) => {
      const { report, part } = drafts[i]!;
      const next = random(100 + i);
      let revision = part.revision;
      for (let n = 0; n < SAVES; n += 1) {
        const text = blocks(next);
        const before = performance.now();
        try {
          revision = (await pc.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: revision, blocks: text })).revision;
          lastSent[i] = text;
        } catch (error) {
          if ((error as { code?: string }).code !== 'conflict') throw error;
          conflicts += 1;
        }
        latencies.push(performance.now() - before);
      }
    }),
  );
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (process.env.BENCH_VERBOSE)
    console.log(`  the PCs' own process: ${((cpu.user + cpu.system) / 1000 / (CLIENTS * SAVES)).toFixed(2)} ms of processor a save`);
  let lost = 0;
  const checker = pcs[0]!;
  for (const [i, { report, part }] of drafts.entries()) {
    const stored = (await checker.call('reports.get', { id: report.id })).sections.find((s) => s.id === part.id)!;
    if (stored.revision !== part.revision + SAVES || JSON.stringify(stored.blocks) !== JSON.stringify(lastSent[i])) lost += 1;
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `Office server, ${CLIENTS} PCs × ${SAVES.toLocaleString('vi-VN')} saves at once (${latencies.length.toLocaleString('vi-VN')} saves in ${(wall / 1000).toFixed(1)} s, ${Math.round(latencies.length / (wall / 1000))} a second): ` +
      `${lost} reports lost a save, ${conflicts} wrong conflicts; save median ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))} (goal < 50 ms), slowest ${ms(latencies.at(-1)!)}`,
  );

  // …and all of them on one part, on the same revision: one is kept, the others are told.
  const shared = drafts[0]!;
  const base = (await checker.call('reports.get', { id: shared.report.id })).sections.find((s) => s.id === shared.part.id)!.revision;
  const outcomes = await Promise.all(
    pcs.map((pc, i) =>
      pc
        .call('sections.update', {
          reportId: shared.report.id,
          sectionId: shared.part.id,
          baseRevision: base,
          blocks: [{ type: 'paragraph', runs: [{ text: `Bản của máy ${i + 1}` }] }],
        })
        .then(
          () => `Bản của máy ${i + 1}`,
          (error: { code?: string }) => (error.code === 'conflict' ? 'conflict' : `error ${String(error)}`),
        ),
    ),
  );
  const kept = outcomes.filter((o) => o !== 'conflict');
  const storedText = JSON.stringify((await checker.call('reports.get', { id: shared.report.id })).sections.find((s) => s.id === shared.part.id)!.blocks);
  console.log(
    `Same part, same revision, ${CLIENTS} PCs at once: ${kept.length} kept (${kept.length === 1 && storedText.includes(kept[0]!) ? 'the stored text is that one' : `WRONG: ${kept.join(', ')}`}), ${outcomes.length - kept.length} conflicts`,
  );

  // 2. A large library.
  const fillStarted = performance.now();
  let lastReported = 0;
  await fillStore(new PgSql(pool), REPORTS, 2026, (done) => {
    if (process.env.BENCH_VERBOSE && done - lastReported >= 10_000) {
      lastReported = done;
      console.log(`  … ${done.toLocaleString('vi-VN')} reports written`);
    }
  });
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const indexStarted = performance.now();
  const search = new PgSearch(new PgSql(pool));
  for (;;) {
    const progress = await search.catchUp(5_000);
    if (progress.indexed >= progress.total) break;
  }
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  await pool.query('VACUUM ANALYZE');
  const total = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM reports')).rows[0]!.n);
  const rows = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM search_rows')).rows[0]!.n);
  console.log(
    `Office server library: ${total.toLocaleString('vi-VN')} reports written through the stores in ${fillSeconds.toFixed(0)} s; search index (${rows.toLocaleString('vi-VN')} rows) caught up by the PCs' own code in ${indexSeconds.toFixed(0)} s (${Math.round(REPORTS / indexSeconds)} reports a second)`,
  );

  // The list's first page through a PC's core.
  const pageTimes: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const before = performance.now();
    const page = await checker.call('library.page', { shelf: 'active', offset: 0, limit: 50 });
    pageTimes.push(performance.now() - before);
    if (page.items.length !== 50) throw new Error('the list’s first page is not full');
  }
  pageTimes.sort((a, b) => a - b);

  // …and drawn in Chromium, the app in browser mode connected to the server.
  const port = 42000 + Math.floor(Math.random() * 1000);
  const token = 'bench-token-server-0000000';
  const web = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts'], {
    env: { ...process.env, BAOCAO_DATA_DIR: webData, BAOCAO_PORT: String(port), BAOCAO_TOKEN: token },
    stdio: 'ignore',
  });
  const firstScreens: number[] = [];
  let range: string | null = null;
  try {
    let up = false;
    for (let i = 0; i < 150 && !up; i += 1) {
      up = await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      );
      if (!up) await new Promise((r) => setTimeout(r, 200));
    }
    const connected = await fetch(`http://127.0.0.1:${port}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-baocao-token': token },
      body: JSON.stringify({ method: 'server.connect', args: { url: urlFor('van_thu_1'), password: PASSWORD } }),
    }).then((r) => r.json() as Promise<{ ok: boolean }>);
    if (!connected.ok) throw new Error(`the browser-mode app could not connect: ${JSON.stringify(connected)}`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const page = await browser.newPage();
    for (let round = 0; round < 5; round += 1) {
      await page.goto(`http://127.0.0.1:${port}/?token=${token}`);
      await page.getByTestId('list-range').waitFor();
      firstScreens.push(await page.evaluate(() => performance.now()));
    }
    range = await page.getByTestId('list-range').textContent();
    await browser.close();
  } finally {
    web.kill();
  }
  firstScreens.sort((a, b) => a - b);
  console.log(
    `Office server list at ${total.toLocaleString('vi-VN')} reports: first screen in Chromium (“${range}”) median ${firstScreens[2]!.toFixed(0)} ms from navigation over 5 loads, slowest ${firstScreens[4]!.toFixed(0)} ms (goal < 300 ms); library.page alone median ${ms(percentile(pageTimes, 50))}, slowest ${ms(pageTimes.at(-1)!)}`,
  );

  // Searches: what clerks look for, with and without marks, common and rare, and words in no report.
  const queries = [
    'chuyển đổi số',
    'nong thon moi',
    'cải cách hành chính',
    'an ninh trật tự',
    'hồ sơ giải quyết đúng hạn',
    'tu tuong dao duc',
    'Nhân dân đồng tình',
    'tiến độ',
    'phong trào thi đua',
    'kế hoạch',
    'Công đoàn cơ sở',
    'Chỉ tiêu 3',
    'quán triệt',
    'phuong huong nhiem vu',
    'kiểm tra, đôn đốc',
    'đầu tư công',
    'xây dựng Đảng',
    'Mặt trận Tổ quốc',
    'hiện đại hóa nền hành chính',
    'bảo hiểm y tế',
  ];
  const searchTimes: number[] = [];
  const hitCounts = new Map<string, number>();
  for (let round = 0; round < 10; round += 1)
    for (const query of queries) {
      const before = performance.now();
      const result = await checker.call('library.search', { query });
      searchTimes.push(performance.now() - before);
      hitCounts.set(query, result.hits.length);
    }
  searchTimes.sort((a, b) => a - b);
  const found = [...hitCounts.values()].filter((n) => n > 0).length;
  console.log(
    `Office server search at ${total.toLocaleString('vi-VN')} reports: ${searchTimes.length} searches of ${queries.length} phrasings (${found} with hits, ${queries.length - found} in no report): median ${ms(percentile(searchTimes, 50))}, p95 ${ms(percentile(searchTimes, 95))} (goal < 100 ms), slowest ${ms(searchTimes.at(-1)!)}`,
  );
  await pool.end();
} finally {
  for (const pc of pcs) {
    await pc.call('server.disconnect', {}).catch(() => undefined);
    pc.core.close();
  }
  cluster.stop();
  rmSync(webData, { recursive: true, force: true });
}
