/**
 * Two windows on one report never overwrite each other silently: a save from a stale copy is
 * refused with what is stored, the clerk chooses, and the version not kept is in history.
 */
import { describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
import { testCore } from '../support/test-core';

async function twoWindows() {
  const core = testCore();
  const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý I năm 2026' });
  const part = report.sections[0]!;
  return { core, report, part };
}

/** A part's content as the file format lets a window send it, and as the core keeps it. */
const text = (t: string) => [{ type: 'paragraph' as const, text: t }];
const stored = (t: string) => [textParagraph(t)];

describe('revisions and conflicts', () => {
  it('reports.get and every save return revisions that grow', async () => {
    const { core, report, part } = await twoWindows();
    expect(report).toMatchObject({ revision: 1, structureRevision: 1 });
    expect(part.revision).toBe(1);
    const saved = await core.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 1, blocks: text('Một') });
    expect(saved.revision).toBe(2);
    const meta = await core.call('reports.updateMeta', { id: report.id, baseRevision: 1, period: 'quý II' });
    expect(meta.revision).toBe(2);
    expect(await core.call('reports.revisions', { id: report.id })).toMatchObject({ revision: 2, structureRevision: 1, sections: { [part.id]: 2 } });
  });

  it('a part saved from a stale copy is refused with code conflict and the stored part; nothing is written', async () => {
    const { core, report, part } = await twoWindows();
    await core.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 1, blocks: text('Cửa sổ A') });
    const stale = await core.raw('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 1, blocks: text('Cửa sổ B') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', current: { revision: 2, blocks: stored('Cửa sổ A') } } });
    expect(!stale.ok && stale.error.message).toMatch(/vừa được sửa ở một cửa sổ khác/);
    const saved = await core.call('reports.get', { id: report.id });
    expect(saved.sections[0]!.blocks).toEqual(stored('Cửa sổ A'));
  });

  it('"giữ bản của tôi" writes mine and keeps theirs in history; "lấy bản đang lưu" keeps theirs and puts mine in history', async () => {
    const { core, report, part } = await twoWindows();
    await core.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 1, blocks: text('Bản A') });
    const mine = await core.call('sections.resolveConflict', {
      reportId: report.id,
      sectionId: part.id,
      baseRevision: 2,
      keep: 'mine',
      title: part.title,
      blocks: text('Bản B'),
    });
    expect(mine).toMatchObject({ revision: 3, blocks: stored('Bản B') });
    let history = await core.call('history.list', { reportId: report.id, sectionId: part.id });
    expect(history.find((h) => h.reason === 'conflict')?.preview).toBe('Bản A');

    await core.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 3, blocks: text('Bản C') });
    const theirs = await core.call('sections.resolveConflict', {
      reportId: report.id,
      sectionId: part.id,
      baseRevision: 4,
      keep: 'theirs',
      title: part.title,
      blocks: text('Bản D'),
    });
    expect(theirs).toMatchObject({ revision: 4, blocks: stored('Bản C') });
    history = await core.call('history.list', { reportId: report.id, sectionId: part.id });
    expect(history.filter((h) => h.reason === 'conflict').map((h) => h.preview)).toContain('Bản D');
    expect((await core.call('reports.get', { id: report.id })).sections[0]!.blocks).toEqual(stored('Bản C'));
    // Settling from an older state than the stored one is itself a conflict.
    expect(
      await core.raw('sections.resolveConflict', { reportId: report.id, sectionId: part.id, baseRevision: 3, keep: 'mine', title: '', blocks: [] }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('the report’s details follow the same rule', async () => {
    const { core, report } = await twoWindows();
    await core.call('reports.updateMeta', { id: report.id, baseRevision: 1, header: { ...report.header, summary: 'Của cửa sổ A' } });
    const stale = await core.raw('reports.updateMeta', { id: report.id, baseRevision: 1, header: { ...report.header, summary: 'Của cửa sổ B' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', current: { revision: 2, header: { summary: 'Của cửa sổ A' } } } });
  });

  it('structural changes (add, move, remove, restore) from a stale tree are refused with the stored report', async () => {
    const { core, report, part } = await twoWindows();
    await core.call('sections.add', { reportId: report.id, baseStructureRevision: 1, parentId: null, title: 'Phần của A' });
    for (const [method, args] of [
      ['sections.add', { reportId: report.id, baseStructureRevision: 1, parentId: null, title: 'Phần của B' }],
      ['sections.move', { reportId: report.id, baseStructureRevision: 1, sectionId: part.id, direction: 'down' }],
      ['sections.addMany', { reportId: report.id, baseStructureRevision: 1, parentId: part.id, titles: ['x'] }],
      ['sections.remove', { reportId: report.id, baseStructureRevision: 1, baseRevision: 1, sectionId: part.id }],
    ] as const) {
      const refused = await core.raw(method, args);
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!refused.ok && (refused.error.current as { sections: { title: string }[] }).sections.map((s) => s.title)).toContain('Phần của A');
    }
    // Removing a part someone edited meanwhile would throw their text away: refused too.
    await core.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 1, blocks: text('Mới sửa') });
    // A later edit, after a pause: what was written first is kept in the part's history.
    core.advance(4 * 60_000);
    await core.call('sections.update', { reportId: report.id, sectionId: part.id, baseRevision: 2, blocks: text('Sửa lần hai') });
    expect(await core.raw('sections.remove', { reportId: report.id, baseStructureRevision: 2, baseRevision: 1, sectionId: part.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    // Restoring history over a newer save is refused as well.
    const [revision] = await core.call('history.list', { reportId: report.id, sectionId: part.id });
    expect(await core.raw('history.restore', { reportId: report.id, sectionId: part.id, revisionId: revision!.id, baseRevision: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await core.raw('history.restore', { reportId: report.id, sectionId: part.id, revisionId: revision!.id, baseRevision: 3 })).toMatchObject({
      ok: true,
    });
  });
});
