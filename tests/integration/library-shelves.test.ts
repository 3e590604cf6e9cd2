/** "Báo cáo của tôi" as a library: pages, Lưu trữ, Thùng rác kept 30 days. */
import { describe, expect, it } from 'vitest';
import { testCore } from '../support/test-core';
import { folderCore, newDataDir } from '../support/data-folder';

describe('the list pages through a shelf', () => {
  it('gives one page at a time, newest edit first, with the shelf size', async () => {
    const core = testCore();
    const made = [];
    for (let i = 1; i <= 7; i += 1) made.push(await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: `tháng ${i} năm 2026` }));
    const first = await core.call('library.page', { shelf: 'active', offset: 0, limit: 3 });
    expect(first.total).toBe(7);
    expect(first.items.map((r) => r.period)).toEqual(['tháng 7 năm 2026', 'tháng 6 năm 2026', 'tháng 5 năm 2026']);
    const last = await core.call('library.page', { shelf: 'active', offset: 6, limit: 3 });
    expect(last.items.map((r) => r.id)).toEqual([made[0]!.id]);
  });
});

describe('Lưu trữ and Thùng rác', () => {
  it('archiving hides a report from the list without touching it; deleting puts it in the Thùng rác, from where it comes back', async () => {
    const core = testCore();
    const a = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý I năm 2026' });
    const b = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý II năm 2026' });
    await core.call('library.archive', { id: a.id, archived: true });
    const ids = async (shelf: 'active' | 'archived' | 'trash') => (await core.call('library.page', { shelf, offset: 0, limit: 50 })).items.map((r) => r.id);
    expect(await ids('active')).toEqual([b.id]);
    expect(await ids('archived')).toEqual([a.id]);
    expect((await core.call('reports.get', { id: a.id })).updatedAt).toBe(a.updatedAt);

    await core.call('library.delete', { id: b.id });
    expect(await ids('active')).toEqual([]);
    const trash = await core.call('library.page', { shelf: 'trash', offset: 0, limit: 50 });
    expect(trash.items.map((r) => [r.id, typeof r.deletedAt])).toEqual([[b.id, 'string']]);
    // Still whole while in the Thùng rác.
    expect((await core.call('reports.get', { id: b.id })).sections.length).toBe(b.sections.length);
    await core.call('library.restore', { id: b.id });
    expect(await ids('active')).toEqual([b.id]);

    // "Xóa hẳn" only from the Thùng rác.
    expect(await core.raw('library.deleteForever', { id: b.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await core.call('library.delete', { id: b.id });
    await core.call('library.deleteForever', { id: b.id });
    expect(await core.raw('reports.get', { id: b.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await core.call('library.archive', { id: a.id, archived: false });
    expect(await ids('active')).toEqual([a.id]);
  });

  it('deletes for good what has been in the Thùng rác more than 30 days, when the app next opens', async () => {
    const dir = newDataDir('thung-rac');
    const core = folderCore(dir);
    const old = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 1' });
    const recent = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 2' });
    await core.call('library.delete', { id: old.id });
    core.advance(20 * 86_400_000);
    await core.call('library.delete', { id: recent.id });
    core.close();

    const later = folderCore(dir, new Date(Date.parse('2026-06-05T08:00:00Z') + 31 * 86_400_000));
    await later.upkept();
    const trash = await later.call('library.page', { shelf: 'trash', offset: 0, limit: 50 });
    expect(trash.items.map((r) => r.id)).toEqual([recent.id]);
    later.close();
  });
});
