/**
 * Drafting without the office server: the cable is pulled (a proxy between the PC and the test
 * cluster is cut), the clerk goes on writing the report she has open, and when it is plugged back
 * the saves go up in order — except the one part a colleague changed meanwhile, whose offline
 * text opens on the conflict screen beside the colleague's. Nothing is lost.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type pg from 'pg';
import { upgradeSchema } from '../../electron/core/server/server-schema';
import { adminPool, backends, newServerDatabase } from '../support/libraries';
import { uniqueLogin } from '../support/server-accounts';
import { socketProxy, type SocketProxy } from '../support/socket-proxy';
import { testCore, type TestCore } from '../support/test-core';
import { folderCore, newDataDir } from '../support/data-folder';

const paragraph = (text: string) => [{ type: 'paragraph' as const, text }];

describe.skipIf(!backends().includes('postgres'))('drafting while the office server cannot be reached', () => {
  let admin: pg.Pool;
  let lan: SocketProxy;
  let core: TestCore;
  const clerk = uniqueLogin('offline');
  const password = 'mật khẩu ngoại tuyến';

  beforeAll(async () => {
    const cluster = inject('postgres')!;
    const database = await newServerDatabase();
    admin = adminPool(database);
    await upgradeSchema(admin, () => new Date().toISOString());
    await admin.query('SELECT baocao_create_account($1, $2, $3, $4)', [clerk, 'Chuyên viên', 'chuyen_vien', password]);
    lan = await socketProxy(cluster.socketDir, cluster.port);
    core = testCore(new Date(), ':memory:', undefined, randomUUID());
    await core.call('server.connect', { url: `postgres://${clerk}@localhost:${cluster.port}/${database}?host=${encodeURIComponent(lan.dir)}`, password });
  });
  afterAll(async () => {
    core.close();
    await lan.close();
    await admin.end();
  });

  it('keeps writing on the PC’s copy, sends the saves in order when the server is back, and shows the one a colleague overtook as a conflict', async () => {
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026' });
    const [first, second] = (await core.call('reports.get', { id: report.id })).sections;
    await lan.cut();

    // Two saves of one part, one of another, and the report's period: all taken on the PC.
    const a1 = await core.call('sections.update', {
      reportId: report.id,
      sectionId: first!.id,
      baseRevision: first!.revision,
      blocks: paragraph('Mất mạng, lần 1.'),
    });
    const status = await core.call('server.status', {});
    expect(status).toMatchObject({ connected: true, offline: true, waiting: 1 });
    const a2 = await core.call('sections.update', {
      reportId: report.id,
      sectionId: first!.id,
      baseRevision: a1.revision,
      blocks: paragraph('Mất mạng, lần 2.'),
    });
    await core.call('sections.update', {
      reportId: report.id,
      sectionId: second!.id,
      baseRevision: second!.revision,
      blocks: paragraph('Phần hai, viết khi mất mạng.'),
    });
    const meta = await core.call('reports.revisions', { id: report.id });
    await core.call('reports.updateMeta', { id: report.id, baseRevision: meta.revision, period: 'tháng 12 năm 2026 (bản mất mạng)' });
    expect((await core.call('server.status', {})).waiting).toBe(4);
    expect((await core.call('reports.get', { id: report.id })).sections[0]!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'Mất mạng, lần 2.' }] }]);
    expect(a2.revision).toBe(a1.revision + 1);
    // What needs the server says so.
    expect(
      await core.raw('sections.add', { reportId: report.id, parentId: null, title: 'Phần mới', baseStructureRevision: meta.structureRevision }),
    ).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/cần máy chủ/) },
    });

    // Meanwhile a colleague (here the administrator, on the server's own socket) changes the second part.
    await admin.query('UPDATE sections SET blocks_json = $1, revision = revision + 1 WHERE id = $2', [
      JSON.stringify(paragraph('Đồng nghiệp sửa.')),
      second!.id,
    ]);

    await lan.mend();
    // Waits on the app's own state: the PC asks the server again every few seconds, then sends.
    const deadline = Date.now() + 60_000;
    while ((await core.call('server.status', {})).offline && Date.now() < deadline)
      await core.call('library.waitForChange', { after: 0, timeoutMs: 0 }).then(() => new Promise((r) => setTimeout(r, 200)));
    expect(await core.call('server.status', {})).toMatchObject({ offline: false, waiting: 0 });

    const blocksOnServer = async (id: string) =>
      JSON.parse((await admin.query('SELECT blocks_json FROM sections WHERE id = $1', [id])).rows[0].blocks_json as string) as unknown;
    expect(await blocksOnServer(first!.id)).toEqual([{ type: 'paragraph', runs: [{ text: 'Mất mạng, lần 2.' }] }]);
    expect(await blocksOnServer(second!.id)).toEqual(paragraph('Đồng nghiệp sửa.'));
    expect((await admin.query('SELECT period FROM reports WHERE id = $1', [report.id])).rows[0].period).toBe('tháng 12 năm 2026 (bản mất mạng)');
    // The overtaken part opens on the conflict screen with the clerk's offline text.
    const opened = await core.call('reports.get', { id: report.id });
    expect(opened.offlineConflicts).toEqual([
      { sectionId: second!.id, title: second!.title, blocks: [{ type: 'paragraph', runs: [{ text: 'Phần hai, viết khi mất mạng.' }] }] },
    ]);
    // Settled: the clerk keeps hers; the conflict is gone.
    const stored = opened.sections[1]!;
    await core.call('sections.resolveConflict', {
      reportId: report.id,
      sectionId: stored.id,
      baseRevision: stored.revision,
      keep: 'mine',
      title: stored.title,
      blocks: opened.offlineConflicts![0]!.blocks,
    });
    expect((await core.call('reports.get', { id: report.id })).offlineConflicts).toBeUndefined();
  }, 120_000);
});

describe.skipIf(!backends().includes('postgres'))('saves waiting when the PC was closed', () => {
  it('go up when the PC connects again, the next time the app starts', async () => {
    const cluster = inject('postgres')!;
    const database = await newServerDatabase();
    const admin = adminPool(database);
    await upgradeSchema(admin, () => new Date().toISOString());
    const clerk = uniqueLogin('restart');
    await admin.query('SELECT baocao_create_account($1, $2, $3, $4)', [clerk, 'Chuyên viên', 'chuyen_vien', 'mật khẩu 12345']);
    const lan = await socketProxy(cluster.socketDir, cluster.port);
    const url = `postgres://${clerk}@localhost:${cluster.port}/${database}?host=${encodeURIComponent(lan.dir)}`;
    const dir = newDataDir();
    try {
      const before = folderCore(dir);
      await before.call('server.connect', { url, password: 'mật khẩu 12345' });
      const report = await before.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026' });
      const part = (await before.call('reports.get', { id: report.id })).sections[0]!;
      await lan.cut();
      await before.call('sections.update', {
        reportId: report.id,
        sectionId: part.id,
        baseRevision: part.revision,
        blocks: paragraph('Viết trước khi tắt máy.'),
      });
      expect((await before.call('server.status', {})).waiting).toBe(1);
      before.close();
      await lan.mend();

      // The next start: the address is kept; the clerk types her password; the waiting save goes up.
      const after = folderCore(dir);
      expect((await after.call('server.status', {})).settings?.login).toBe(clerk);
      expect(await after.call('server.connect', { url, password: 'mật khẩu 12345' })).toMatchObject({ connected: true, waiting: 0 });
      const stored = await admin.query('SELECT blocks_json FROM sections WHERE id = $1', [part.id]);
      expect(JSON.parse(stored.rows[0].blocks_json as string)).toEqual([{ type: 'paragraph', runs: [{ text: 'Viết trước khi tắt máy.' }] }]);
      after.close();
    } finally {
      await lan.close();
      await admin.end();
    }
  }, 120_000);
});

/** A PC connected with a clerk's account to a fresh library, through a cable (a socket proxy) the test can cut. */
async function officePc(label: string) {
  const cluster = inject('postgres')!;
  const database = await newServerDatabase();
  const admin = adminPool(database);
  await upgradeSchema(admin, () => new Date().toISOString());
  const clerk = uniqueLogin(label);
  await admin.query('SELECT baocao_create_account($1, $2, $3, $4)', [clerk, 'Chuyên viên', 'chuyen_vien', 'mật khẩu 12345']);
  const lan = await socketProxy(cluster.socketDir, cluster.port);
  const url = `postgres://${clerk}@localhost:${cluster.port}/${database}?host=${encodeURIComponent(lan.dir)}`;
  const pc = folderCore(newDataDir());
  const connectAgain = () => pc.call('server.connect', { url, password: 'mật khẩu 12345' });
  await connectAgain();
  const close = async () => {
    pc.close();
    await lan.close();
    await admin.end();
  };
  return { admin, lan, pc, connectAgain, close };
}

describe.skipIf(!backends().includes('postgres'))('a save the server took but whose answer was lost', () => {
  it('is not shown to the clerk as a conflict with her own text when it is sent again', async () => {
    const { admin, lan, pc, connectAgain, close } = await officePc('twice');
    try {
      const report = await pc.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026' });
      const part = (await pc.call('reports.get', { id: report.id })).sections[0]!;
      await lan.cut();
      const first = await pc.call('sections.update', {
        reportId: report.id,
        sectionId: part.id,
        baseRevision: part.revision,
        blocks: paragraph('Lần lưu đã tới máy chủ.'),
      });
      await pc.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: first.revision, blocks: paragraph('Lần lưu sau đó.') });
      // The first save reached the server (its COMMIT went through) but the answer was lost with
      // the cable, or the PC was switched off before striking it off its list: it is sent again.
      await admin.query('UPDATE sections SET blocks_json = $1, revision = revision + 1 WHERE id = $2', [
        JSON.stringify([{ type: 'paragraph', runs: [{ text: 'Lần lưu đã tới máy chủ.' }] }]),
        part.id,
      ]);
      await lan.mend();
      expect(await connectAgain()).toMatchObject({ connected: true, offline: false, waiting: 0 });
      const opened = await pc.call('reports.get', { id: report.id });
      expect(opened.offlineConflicts).toBeUndefined();
      expect(opened.sections[0]).toMatchObject({ revision: part.revision + 2, blocks: [{ type: 'paragraph', runs: [{ text: 'Lần lưu sau đó.' }] }] });
    } finally {
      await close();
    }
  }, 120_000);
});

describe.skipIf(!backends().includes('postgres'))('the report’s details saved offline while a colleague changed them', () => {
  it('sends the fields the colleague left alone, and puts the one both changed before the clerk to choose', async () => {
    const { admin, lan, pc, connectAgain, close } = await officePc('meta');
    try {
      const report = await pc.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 11 năm 2026' });
      const { revision } = await pc.call('reports.get', { id: report.id });
      await lan.cut();
      const closing = [{ type: 'paragraph' as const, runs: [{ text: 'Trên đây là báo cáo tháng 11 năm 2026.' }] }];
      await pc.call('reports.updateMeta', { id: report.id, baseRevision: revision, period: 'tháng 11/2026 (của tôi)', closing });
      // Meanwhile a colleague changes the period too, to something else.
      await admin.query('UPDATE reports SET period = $1, revision = revision + 1 WHERE id = $2', ['tháng 11 năm 2026 (đồng nghiệp)', report.id]);
      await lan.mend();
      expect(await connectAgain()).toMatchObject({ offline: false, waiting: 0 });

      const opened = await pc.call('reports.get', { id: report.id });
      // The closing the colleague did not touch went up; the period both changed waits for the clerk.
      expect(opened.closing).toEqual(closing);
      expect(opened.period).toBe('tháng 11 năm 2026 (đồng nghiệp)');
      expect(opened.offlineMetaConflict).toEqual({ period: 'tháng 11/2026 (của tôi)' });
      // She keeps hers: saved on the server, and the refusal is settled.
      await pc.call('reports.updateMeta', { id: report.id, baseRevision: opened.revision, period: 'tháng 11/2026 (của tôi)' });
      const after = await pc.call('reports.get', { id: report.id });
      expect(after.offlineMetaConflict).toBeUndefined();
      expect((await admin.query('SELECT period FROM reports WHERE id = $1', [report.id])).rows[0].period).toBe('tháng 11/2026 (của tôi)');
    } finally {
      await close();
    }
  }, 120_000);
});

/** Autosaves made while the waiting ones go up: far more than a clerk makes in the seconds it takes. */
const SAVES_WHILE_SENDING = 300;

describe.skipIf(!backends().includes('postgres'))('saving on while the waiting saves go up', () => {
  it('never makes the clerk’s next save a conflict with her own earlier one', async () => {
    const { admin, lan, pc, close } = await officePc('steady');
    try {
      const report = await pc.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026' });
      const part = (await pc.call('reports.get', { id: report.id })).sections[0]!;
      let revision = part.revision;
      let n = 0;
      // Autosave's rhythm: a save, and the next one from the revision the last one was given.
      const save = async () => {
        n += 1;
        const saved = await pc.raw('sections.update', {
          reportId: report.id,
          sectionId: part.id,
          baseRevision: revision,
          blocks: paragraph(`Lần lưu số ${n}.`),
        });
        expect(saved).toMatchObject({ ok: true });
        if (saved.ok) revision = (saved.value as { revision: number }).revision;
        await new Promise((resolve) => setTimeout(resolve, 5));
      };
      await lan.cut();
      for (let i = 0; i < 20; i += 1) await save();
      await lan.mend();
      const sending = async () => {
        const status = await pc.call('server.status', {});
        return status.offline || status.waiting > 0;
      };
      // Saving on through the moment the server answers again and the waiting saves go up — a
      // bounded number of saves, so how long the sending takes (the machine's load) decides nothing
      // — then waiting on the app's own state until every save is sent.
      let during = 0;
      do {
        await save();
        during += 1;
      } while (during < SAVES_WHILE_SENDING && (await sending()));
      while (await sending()) await new Promise((resolve) => setTimeout(resolve, 20));
      for (let i = 0; i < 5; i += 1) await save();
      const stored = await admin.query('SELECT blocks_json FROM sections WHERE id = $1', [part.id]);
      expect(JSON.parse(stored.rows[0].blocks_json as string)).toEqual([{ type: 'paragraph', runs: [{ text: `Lần lưu số ${n}.` }] }]);
      expect((await pc.call('reports.get', { id: report.id })).offlineConflicts).toBeUndefined();
    } finally {
      await close();
    }
  }, 120_000);
});
