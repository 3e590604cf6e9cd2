/**
 * The data file is ours, sound and durable — or it is left alone. Each case a clerk can meet:
 * another program's database, an empty or foreign file, a damaged one, a full or locked disk.
 */
import JSZip from 'jszip';
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/core/db/file-identity';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { storageProblem } from '../../electron/core/db/storage-errors';
import { damageLeafPage, fillReports, folderCore, newDataDir, sha256, sideFiles } from '../support/data-folder';

describe('a new data file', () => {
  it('carries our application_id and saves durably: WAL, synchronous=FULL, no checkpoint inside a save', async () => {
    const core = folderCore(newDataDir());
    const db = core.data.db;
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(await core.call('app.info', {})).toMatchObject({ data: { status: 'ok' } });
    core.close();
  });

  it('checkpoints the WAL into the file after the clerk pauses', async () => {
    const core = folderCore(newDataDir());
    await fillReports(core, 3);
    const walPages = () => (core.data.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
    // The idle checkpoint has run once the clerk paused: the log has been copied into the file.
    await core.data.checkpointed();
    const raw = new BetterSqlite3(core.dbPath, { readonly: true });
    expect((raw.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n).toBe(3);
    raw.close();
    expect(walPages()).toBeGreaterThanOrEqual(0);
    core.close();
    expect(sideFiles(core.dbPath)).not.toContain('-wal');
  });
});

describe('files that are not ours are refused and left byte for byte', () => {
  const cases: [string, (path: string) => void, RegExp][] = [
    ['a zero-length file', (p) => writeFileSync(p, ''), /rỗng \(0 byte\)/],
    ['a text file', (p) => writeFileSync(p, 'Đây không phải cơ sở dữ liệu. '.repeat(300)), /không phải tệp dữ liệu của Soạn Báo Cáo/],
    [
      'another program’s SQLite file with its own application_id',
      (p) => {
        const db = new BetterSqlite3(p);
        db.pragma('application_id = 1234');
        db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('An')");
        db.close();
      },
      /cơ sở dữ liệu của một chương trình khác/,
    ],
    [
      'another program’s SQLite file in WAL mode without an application_id',
      (p) => {
        const db = new BetterSqlite3(p);
        db.pragma('journal_mode = WAL');
        db.exec("CREATE TABLE reports (x); CREATE TABLE schema_migrations (id TEXT); INSERT INTO schema_migrations VALUES ('v1')");
        db.close();
      },
      /cơ sở dữ liệu của một chương trình khác/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const dir = newDataDir();
      const path = join(dir, 'baocao.db');
      make(path);
      const before = sha256(path);
      const core = folderCore(dir);
      const info = await core.call('app.info', {});
      expect(info.data).toMatchObject({ status: 'refused' });
      expect(info.data.status !== 'ok' && info.data.problem).toMatch(message);
      // Nothing that writes runs; the list is empty, not an error.
      expect(await core.call('library.list', {})).toEqual([]);
      const create = await core.raw('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
      expect(create).toMatchObject({ ok: false, error: { code: 'database' } });
      core.close();
      expect(sha256(path)).toBe(before);
      expect(sideFiles(path)).toEqual([]);
      expect(existsSync(join(dir, 'backups'))).toBe(false);
    });
  }

  it('a file from before the application_id is recognised by its ledger, checked, marked and migrated, with a backup first', async () => {
    const dir = newDataDir();
    const path = join(dir, 'baocao.db');
    // The previous version's file: six migrations, no application_id, a report in it.
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
    old.pragma('application_id = 0');
    old
      .prepare(
        "INSERT INTO reports (id, kind, profile, header_json, signature_json, recipients_json, created_at, updated_at) VALUES ('r1', 'dinh-ky', 'state', '{\"summary\":\"Báo cáo cũ\"}', '{}', '[]', 't', 't')",
      )
      .run();
    old.close();
    const core = folderCore(dir);
    expect((await core.call('app.info', {})).data).toEqual({ status: 'ok' });
    expect(core.data.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect((await core.call('library.list', {})).map((r) => r.title)).toEqual(['Báo cáo cũ']);
    const backups = await core.call('backups.list', {});
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ kind: 'truoc-nang-cap', reports: 1 });
    core.close();
  });
});

describe('a damaged file opens read-only to salvage what it holds', () => {
  async function damagedFolder(): Promise<{ dir: string; path: string; titles: string[] }> {
    const dir = newDataDir('hong');
    const core = folderCore(dir);
    await fillReports(core, 60);
    const made = await core.call('backups.create', {});
    expect(made.reports).toBe(60);
    const titles = (await core.call('library.list', {})).map((r) => r.title);
    core.close();
    const path = join(dir, 'baocao.db');
    damageLeafPage(path, 'reports');
    return { dir, path, titles };
  }

  it('says what happened, lists every readable report, exports them, writes nothing and backs nothing up', async () => {
    const { dir, path, titles } = await damagedFolder();
    const before = sha256(path);
    const backupsBefore = readdirSync(join(dir, 'backups')).sort();
    const core = folderCore(dir);
    const info = await core.call('app.info', {});
    expect(info.data.status).toBe('salvage');
    expect(info.data.status === 'salvage' && info.data.problem).toMatch(/bị hỏng.*chỉ đọc.*Khôi phục từ bản sao lưu/);
    // SQLite's own English diagnostics stay out of the clerk's sentence: they go to the details (and the log).
    expect(info.data.status === 'salvage' && info.data.problem).not.toMatch(/\*\*\*|database|page|Tree|Rowid|malformed/i);
    expect(info.data.status === 'salvage' && info.data.detail).toMatch(/\S/);

    const list = await core.call('library.list', {});
    expect(list.length).toBeGreaterThan(40);
    expect(list.length).toBeLessThan(60);
    for (const r of list) expect(titles).toContain(r.title);
    const exported = await core.call('reports.exportJson', { id: list[0]!.id });
    expect(JSON.parse(exported.json)).toMatchObject({ format: 'baocao.report/1' });
    expect((await core.call('export.docx', { id: list[0]!.id })).fileName).toMatch(/\.docx$/);
    // "Xuất tất cả báo cáo đọc được": one .zip with a report file for every readable report.
    const all = await core.call('library.exportAll', {});
    expect(all.fileName).toMatch(/\.zip$/);
    expect(all.exported).toBe(list.length);
    const zipped = await JSZip.loadAsync(Buffer.from(all.base64, 'base64'));
    const names = Object.keys(zipped.files);
    expect(names).toHaveLength(list.length);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(JSON.parse(await zipped.files[name]!.async('string'))).toMatchObject({ format: 'baocao.report/1' });

    for (const [method, args] of [
      ['reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' }],
      ['backups.create', {}],
      ['library.delete', { id: list[0]!.id }],
    ] as const) {
      const refused = await core.raw(method, args);
      expect(refused).toMatchObject({ ok: false, error: { code: 'database' } });
    }
    await core.data.startBackgroundWork();
    core.close();
    expect(sha256(path)).toBe(before);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(backupsBefore);
  });

  it('a save sent at the very start waits for the integrity check (run on the worker thread) and is refused', async () => {
    const { path } = await damagedFolder();
    const before = sha256(path);
    const core = folderCore(path.replace(/[\\/]baocao\.db$/, ''));
    // No app.info first: the write itself must wait for the check.
    const refused = await core.raw('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'ngay khi mở' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'database' } });
    expect(!refused.ok && refused.error.message).toMatch(/bị hỏng/);
    core.close();
    expect(sha256(path)).toBe(before);
  });

  it('restores a backup from the salvage state, keeping the damaged file aside', async () => {
    const { dir, path } = await damagedFolder();
    const damaged = sha256(path);
    const core = folderCore(dir);
    const [backup] = await core.call('backups.list', {});
    const restored = await core.call('backups.restore', { name: backup!.name });
    expect(restored.reports).toBe(60);
    expect(restored.keptAs).toMatch(/baocao\.db\.hong-\d{8}-\d{6}$/);
    expect(sha256(restored.keptAs!)).toBe(damaged);
    expect((await core.call('app.info', {})).data).toEqual({ status: 'ok' });
    expect(await core.call('library.list', {})).toHaveLength(60);
    // Writable again.
    await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'sau khôi phục' });
    core.close();
  });
});

describe('disk problems get a message that says what to do', () => {
  it('a full disk: the save is refused with "Ổ đĩa … đầy", nothing on screen is lost, and the next save goes through', async () => {
    const core = folderCore(newDataDir());
    const [id] = await fillReports(core, 1);
    const report = await core.call('reports.get', { id: id! });
    const pages = core.data.db.pragma('page_count', { simple: true }) as number;
    core.data.db.pragma(`max_page_count = ${pages}`);
    const big = Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph' as const, text: `Đoạn ${i}: ${'Nội dung dài. '.repeat(500)}` }));
    const full = await core.raw('sections.update', {
      reportId: id,
      sectionId: report.sections[0]!.id,
      baseRevision: report.sections[0]!.revision,
      blocks: big,
    });
    expect(full).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!full.ok && full.error.message).toMatch(/Ổ đĩa chứa dữ liệu đã đầy.*xóa bớt tệp/);
    expect(!full.ok && full.error.message).not.toMatch(/khởi động lại/);
    core.data.db.pragma('max_page_count = 1073741823');
    const retried = await core.raw('sections.update', {
      reportId: id,
      sectionId: report.sections[0]!.id,
      baseRevision: report.sections[0]!.revision,
      blocks: big,
    });
    expect(retried.ok).toBe(true);
    core.close();
  });

  it('a file locked by another program: "đang bị một chương trình khác giữ … đóng chương trình đó"', async () => {
    const core = folderCore(newDataDir());
    const [id] = await fillReports(core, 1);
    core.data.db.pragma('busy_timeout = 50');
    const other = new BetterSqlite3(core.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const locked = await core.raw('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    other.exec('ROLLBACK');
    other.close();
    expect(locked).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!locked.ok && locked.error.message).toMatch(/chương trình khác giữ.*đóng chương trình đó/);
    expect(await core.call('reports.get', { id: id! })).toBeTruthy();
    core.close();
  });

  it('a read-only file or folder: "chỉ đọc … chép cả thư mục dữ liệu sang một nơi ghi được"', async () => {
    const dir = newDataDir();
    folderCore(dir).close();
    // Root ignores file permissions here, so the read-only file is SQLite's own read-only handle.
    const readOnly = new BetterSqlite3(join(dir, 'baocao.db'), { readonly: true });
    let error: unknown;
    try {
      readOnly.exec("INSERT INTO personal_dictionary VALUES ('x', 't')");
    } catch (e) {
      error = e;
    }
    readOnly.close();
    expect(storageProblem(error)).toBe('read-only');
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY_DBMOVED']) expect(storageProblem({ code })).toBe('read-only');
    for (const code of ['ENOSPC', 'SQLITE_FULL']) expect(storageProblem({ code })).toBe('disk-full');
    for (const code of ['EBUSY', 'SQLITE_BUSY', 'SQLITE_LOCKED_SHAREDCACHE']) expect(storageProblem({ code })).toBe('locked');
    expect(storageProblem({ code: 'SQLITE_IOERR_FSYNC' })).toBe('disk-error');
    expect(storageProblem(new Error('x'))).toBeNull();
  });

  it('copies of the data folder open from wherever they are put', async () => {
    const dir = newDataDir();
    const core = folderCore(dir);
    await fillReports(core, 2);
    core.close();
    const copy = newDataDir('ban-chep');
    copyFileSync(join(dir, 'baocao.db'), join(copy, 'baocao.db'));
    const again = folderCore(copy);
    expect(await again.call('library.list', {})).toHaveLength(2);
    again.close();
  });
});

describe('a read-only data file and a read-only data folder', () => {
  it('each get their own words: un-tick Read-only on the file, or copy the folder somewhere writable', async () => {
    const { readOnlyPart, storageError } = await import('../../electron/core/db/storage-errors');
    const { READ_ONLY_MESSAGES } = await import('#shared/messages/storage');
    const dir = newDataDir('chi-doc');
    folderCore(dir).close();
    // Root ignores permissions here, so the file system's answer is given by hand.
    expect(readOnlyPart(dir, (path) => !path.endsWith('baocao.db'))).toBe('file');
    expect(readOnlyPart(dir, (path) => path.endsWith('baocao.db'))).toBe('folder');
    expect(readOnlyPart(dir, () => true)).toBeNull();
    expect(READ_ONLY_MESSAGES.file(join(dir, 'baocao.db'))).toMatch(/Properties → bỏ chọn "Read-only"/);
    expect(READ_ONLY_MESSAGES.folder(dir)).toMatch(/chép cả thư mục này sang một nơi ghi được/);
    // When the file system does not say which, the message names both ways out.
    expect(storageError({ code: 'SQLITE_READONLY' }, dir)?.message).toMatch(/Read-only.*chép cả thư mục dữ liệu/);
  });
});

describe('content written before the app held one shape', () => {
  it('reads paragraphs stored as plain text and dash items stored as strings as runs, and writes them back as runs', async () => {
    const { folderCore: open, newDataDir: fresh } = await import('../support/data-folder');
    const dir = fresh('mot-dang');
    let core = open(dir);
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 6' });
    const sectionId = report.sections[0]!.id;
    core.data.close();
    // A row as an older version wrote it: the file format's plain forms.
    const db = new BetterSqlite3(join(dir, 'baocao.db'));
    db.prepare('UPDATE sections SET blocks_json = ? WHERE id = ?').run(
      JSON.stringify([
        { type: 'paragraph', text: 'Đoạn cũ' },
        { type: 'bullets', items: ['ý một', { runs: [{ text: 'ý hai', bold: true }] }] },
      ]),
      sectionId,
    );
    db.close();
    core = open(dir);
    const read = await core.call('reports.get', { id: report.id });
    expect(read.sections[0]!.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Đoạn cũ' }] },
      {
        type: 'bullets',
        items: [
          { runs: [{ text: 'ý một' }], level: 1 },
          { runs: [{ text: 'ý hai', bold: true }], level: 1 },
        ],
      },
    ]);
    // The report file written from it uses the plainest forms again.
    const file = JSON.parse((await core.call('reports.exportJson', { id: report.id })).json) as { sections: { blocks?: unknown[] }[] };
    expect(file.sections[0]!.blocks).toEqual([
      { type: 'paragraph', text: 'Đoạn cũ' },
      { type: 'bullets', items: ['ý một', { runs: [{ text: 'ý hai', bold: true }] }] },
    ]);
    core.data.close();
  });
});
