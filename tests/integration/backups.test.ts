/**
 * Backups a clerk can trust: verified before they count, compressed, rotated, left-overs of an
 * interrupted backup removed, restore that first keeps what is there.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillReports, folderCore, newDataDir } from '../support/data-folder';

describe('backups', () => {
  it('are verified, compressed and named with their report count; the daily one runs once a day', async () => {
    const core = folderCore(newDataDir('sao-luu'));
    await fillReports(core, 20);
    await core.data.startBackgroundWork();
    await core.data.startBackgroundWork();
    const list = await core.call('backups.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'hang-ngay', kindLabel: 'Tự động hằng ngày', reports: 20 });
    expect(list[0]!.name).toMatch(/^baocao-\d{8}-\d{6}-hang-ngay-20\.db\.gz$/);
    const file = join(core.dir, 'backups', list[0]!.name);
    expect(gunzipSync(readFileSync(file)).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    // Compressed: well under the database's own size.
    core.data.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(file).size).toBeLessThan(statSync(core.dbPath).size / 3);
    const manual = await core.call('backups.create', {});
    expect(manual).toMatchObject({ kind: 'thu-cong', reports: 20, count: 2 });
    core.close();
  });

  it('remove what an interrupted backup left behind, and never count it', async () => {
    const dir = newDataDir('do-dang');
    const core = folderCore(dir);
    await fillReports(core, 3);
    core.close();
    const folder = join(dir, 'backups');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'baocao-20261129-230000-hang-ngay.db.tmp'), 'half a copy');
    writeFileSync(join(folder, 'baocao-20261129-230000-hang-ngay.db.gz.tmp'), 'half an archive');
    // A half-written copy from the old kind of backup: fails its check and goes.
    writeFileSync(join(folder, 'baocao-20261128-230000.db'), Buffer.alloc(8192, 1));
    const again = folderCore(dir);
    expect(await again.call('backups.list', {})).toHaveLength(1);
    await again.data.startBackgroundWork();
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(folder, 'baocao-20261128-230000.db'))).toBe(false);
    const list = await again.call('backups.list', {});
    expect(list.map((b) => b.kind)).toEqual(['hang-ngay']);
    again.close();
  });

  it('restore puts the chosen backup in place after backing up the current data, and can be undone', async () => {
    const core = folderCore(newDataDir('khoi-phuc'));
    await fillReports(core, 5);
    const first = await core.call('backups.create', {});
    await fillReports(core, 2, 'Thêm');
    core.advance(2_000);
    const restored = await core.call('backups.restore', { name: first.name });
    expect(restored.reports).toBe(5);
    expect(await core.call('library.list', {})).toHaveLength(5);
    const list = await core.call('backups.list', {});
    const before = list.find((b) => b.kind === 'truoc-khoi-phuc');
    expect(before).toMatchObject({ reports: 7 });
    // Undo: restore the copy taken just before.
    await core.call('backups.restore', { name: before!.name });
    expect(await core.call('library.list', {})).toHaveLength(7);
    // Saving works on the restored file.
    await fillReports(core, 1, 'Sau');
    expect(await core.call('library.list', {})).toHaveLength(8);
    core.close();
  });

  it('refuses a damaged backup without touching the current data', async () => {
    const core = folderCore(newDataDir('hong-sao-luu'));
    await fillReports(core, 2);
    const made = await core.call('backups.create', {});
    writeFileSync(join(core.dir, 'backups', made.name), Buffer.from('not gzip at all'));
    const refused = await core.raw('backups.restore', { name: made.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!refused.ok && refused.error.message).toMatch(/bị hỏng, không dùng được.*Dữ liệu hiện tại không bị thay đổi/);
    expect(await core.call('library.list', {})).toHaveLength(2);
    expect(await core.raw('backups.restore', { name: 'baocao-20200101-000000-hang-ngay-1.db.gz' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });

  it('a folder where backups cannot be written: a plain message, and saving goes on', async () => {
    const dir = newDataDir('chan');
    writeFileSync(join(dir, 'backups'), 'a file where the folder should be');
    const core = folderCore(dir);
    await fillReports(core, 1);
    const blocked = await core.raw('backups.create', {});
    expect(blocked).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!blocked.ok && blocked.error.message).toMatch(/sao lưu/i);
    await fillReports(core, 1);
    core.close();
  });
});
