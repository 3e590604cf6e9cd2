/**
 * Two PCs on one office library: each runs its own core, connected to the server with its own
 * login. What one saves the other lists, its open report hears of it at once, a stale save is the
 * existing conflict, and a PC's own library is brought up whole — again without doubling.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type pg from 'pg';
import { upgradeSchema } from '../../electron/core/server/server-schema';
import { adminPool, backends, newServerDatabase } from '../support/libraries';
import { uniqueLogin } from '../support/server-accounts';
import { testCore, type TestCore } from '../support/test-core';

describe.skipIf(!backends().includes('postgres'))('two PCs on the office server', () => {
  let database: string;
  let admin: pg.Pool;
  const password = 'mật khẩu văn phòng';
  const clerkA = uniqueLogin('cva');
  const clerkB = uniqueLogin('cvb');
  const url = (login: string) => {
    const cluster = inject('postgres')!;
    return `postgres://${login}@localhost:${cluster.port}/${database}?host=${encodeURIComponent(cluster.socketDir)}`;
  };
  const pc = async (login: string): Promise<TestCore> => {
    const core = testCore(new Date(), ':memory:', undefined, randomUUID());
    await core.call('server.connect', { url: url(login), password });
    if (process.env.DEBUG_CORE) core.errors.push = (...e: unknown[]) => (console.error(...e), 0);
    return core;
  };
  const cores: TestCore[] = [];

  beforeAll(async () => {
    database = await newServerDatabase();
    admin = adminPool(database);
    await upgradeSchema(admin, () => new Date().toISOString());
    for (const login of [clerkA, clerkB])
      await admin.query('SELECT baocao_create_account($1, $2, $3, $4)', [login, `Chuyên viên ${login}`, 'chuyen_vien', password]);
  });
  afterAll(async () => {
    for (const core of cores) core.close();
    await admin.end();
  });

  it('says what is wrong with a wrong password or a server that does not answer, and stays on the PC’s library', async () => {
    const core = testCore();
    cores.push(core);
    expect(await core.raw('server.connect', { url: url(clerkA), password: 'sai' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/^Sai tên đăng nhập hoặc mật khẩu/) },
    });
    expect(await core.raw('server.connect', { url: `postgres://${clerkA}@localhost:5999/${database}?host=/khong-co`, password })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^Không kết nối được máy chủ/) },
    });
    expect(await core.raw('server.connect', { url: 'http://may-chu', password })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Địa chỉ máy chủ chưa đúng/) },
    });
    expect((await core.call('server.status', {})).connected).toBe(false);
  });

  it('lists on one PC what the other saved, hears of a save at once, and refuses a stale one as a conflict', async () => {
    const a = await pc(clerkA);
    const b = await pc(clerkB);
    cores.push(a, b);
    expect((await a.call('server.status', {})).account).toMatchObject({ login: clerkA, role: 'chuyen_vien' });
    const report = await a.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026' });
    expect((await b.call('library.list', {})).map((r) => r.id)).toContain(report.id);
    // B waits for a change; A's save ends the wait long before its timeout.
    const { change } = await b.call('library.waitForChange', { after: 0, timeoutMs: 0 });
    const waiting = b.call('library.waitForChange', { after: change, timeoutMs: 20_000 });
    const started = Date.now();
    const part = report.sections[0]!;
    await a.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: part.revision, title: 'Kết quả (A sửa)' });
    await waiting;
    expect(Date.now() - started).toBeLessThan(10_000);
    const stale = await b.raw('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: part.revision, title: 'B sửa bản cũ' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await b.call('reports.get', { id: report.id })).sections[0]!.title).toBe('Kết quả (A sửa)');
    // The history says who.
    expect(await admin.query('SELECT updated_by FROM sections WHERE id = $1', [part.id]).then((r) => r.rows[0].updated_by)).toBe(clerkA);
    // B keeps his own text over A's: A's version goes into the history, stamped with who put it there.
    const stored = (await b.call('reports.get', { id: report.id })).sections[0]!;
    await b.call('sections.resolveConflict', {
      reportId: report.id,
      sectionId: part.id,
      baseRevision: stored.revision,
      keep: 'mine',
      title: 'B sửa bản cũ',
      blocks: [],
    });
    const history = await a.call('history.list', { reportId: report.id, sectionId: part.id });
    expect(history[0]).toMatchObject({ reason: 'conflict', title: 'Kết quả (A sửa)', by: clerkB });
    // A clerk cannot publish, whatever the screen offers.
    expect(await a.raw('signOff.setState', { id: report.id, state: 'published', number: '5', date: '2026-12-06' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Chỉ văn thư được phát hành/) },
    });
  });

  it('brings a PC’s own library up whole, and running it again adds nothing twice', async () => {
    const core = testCore(new Date(), ':memory:', undefined, randomUUID());
    cores.push(core);
    const mine = await core.call('reports.create', { templateId: 'so-ket-nghi-quyet', profile: 'state', period: '6 tháng đầu năm 2026' });
    const part = mine.sections[0]!;
    await core.call('sections.update', {
      reportId: mine.id,
      sectionId: part.id,
      baseRevision: part.revision,
      blocks: [{ type: 'paragraph', text: 'Nội dung trên máy.' }],
    });
    await core.call('dictionary.add', { word: 'Xuân Hương' });
    await core.call('server.connect', { url: url(clerkA), password });
    const first = await core.call('server.upload', {});
    expect(first).toMatchObject({ uploaded: 1, alreadyThere: 0 });
    expect(await core.call('server.upload', {})).toMatchObject({ uploaded: 0, alreadyThere: 1 });
    const onServer = await core.call('reports.get', { id: mine.id });
    expect(onServer.sections[0]!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Nội dung trên máy.' }] }]);
    expect(await core.call('dictionary.list', {})).toContain('Xuân Hương');
    expect((await core.call('library.search', { query: 'noi dung tren may' })).hits.map((h) => h.reportId)).toContain(mine.id);
  });
});
