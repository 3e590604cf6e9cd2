/**
 * One store suite, two backends: every store the core uses behaves the same on the PC's SQLite
 * file and on an office's PostgreSQL server (issue 34). The handlers' own tests run on SQLite;
 * here each store is held to what the handlers rely on, backend by backend.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
import type { NewMeta } from '../../electron/core/stores/report/report-store';
import { backends, openLibrary, type OpenLibrary } from '../support/libraries';

const meta = (summary: string, over: Partial<NewMeta> = {}): NewMeta => ({
  kind: 'dinh-ky',
  profile: 'state',
  period: 'quý II năm 2026',
  outline: 'sections',
  header: {
    parentBody: 'UBND TỈNH LÂM ĐỒNG',
    issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG',
    number: '',
    symbol: 'BC-UBND',
    place: 'Xuân Hương',
    date: null,
    docType: 'BÁO CÁO',
    summary,
  },
  signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
  recipients: ['UBND tỉnh;', 'Lưu: VT.'],
  appendices: [],
  opening: [],
  closing: [],
  ...over,
});

const parts = (...titles: string[]) => titles.map((title) => ({ role: 'other' as const, title, blocks: [textParagraph(`Nội dung ${title}.`)], children: [] }));

describe.each(backends())('the library on %s', (backend) => {
  let open: OpenLibrary;
  beforeEach(async () => {
    open = await openLibrary(backend);
  });
  afterEach(async () => {
    await open.close();
  });

  it('creates a report with its tree of parts and reads it back whole', async () => {
    const { reports } = open.library;
    const id = await reports.create(meta('Kết quả công tác quý II năm 2026'), [
      { role: 'results', title: 'Kết quả thực hiện', blocks: [textParagraph('Thu ngân sách đạt 102%.')], children: parts('Kinh tế', 'Văn hóa - xã hội') },
      ...parts('Phương hướng'),
    ]);
    const report = await reports.get(id);
    expect(report.header.summary).toBe('Kết quả công tác quý II năm 2026');
    expect(report.sections.map((s) => s.title)).toEqual(['Kết quả thực hiện', 'Phương hướng']);
    expect(report.sections[0]!.children.map((c) => c.title)).toEqual(['Kinh tế', 'Văn hóa - xã hội']);
    expect(report.sections[0]!.blocks).toEqual([textParagraph('Thu ngân sách đạt 102%.')]);
    expect(await reports.exists(id)).toBe(true);
    await expect(reports.get('khong-co')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a stale save of the details or a part with the stored version, and takes a fresh one', async () => {
    const { reports } = open.library;
    const id = await reports.create(meta('Báo cáo A'), parts('Một'));
    const { revision } = await reports.revisions(id);
    const saved = await reports.updateMeta(id, { period: 'quý III năm 2026' }, revision);
    expect(saved.revision).toBe(revision + 1);
    await expect(reports.updateMeta(id, { period: 'x' }, revision)).rejects.toMatchObject({ code: 'conflict', current: { period: 'quý III năm 2026' } });
    const part = (await reports.get(id)).sections[0]!;
    const edited = await reports.sections.update(id, part.id, { title: 'Một (sửa)' }, part.revision);
    await expect(reports.sections.update(id, part.id, { title: 'cũ' }, part.revision)).rejects.toMatchObject({
      code: 'conflict',
      current: { title: 'Một (sửa)', revision: edited.revision },
    });
    // Details worked out from the stored report, in the same transaction.
    await reports.updateMeta(id, (stored) => ({ period: `${stored.period} (đã sửa)` }));
    expect((await reports.get(id)).period).toBe('quý III năm 2026 (đã sửa)');
  });

  it('keeps exactly one of several saves made at once on the same revision, and tells the others', async () => {
    // On a server the saves of several PCs really do run at the same moment: each must see the
    // others' commits, never overwrite them (a PC's file runs one transaction at a time).
    const { reports } = open.library;
    const id = await reports.create(meta('Báo cáo cùng lúc'), parts('Một'));
    const part = (await reports.get(id)).sections[0]!;
    const { revision, structureRevision } = await reports.revisions(id);
    const settle = <T>(saves: Promise<T>[]) =>
      Promise.allSettled(saves).then((outcomes) => ({
        kept: outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : [])),
        refused: outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code?: string }).code : null)).filter((c) => c !== null),
      }));
    const titles = await settle(Array.from({ length: 8 }, (_, i) => reports.sections.update(id, part.id, { title: `Bản ${i}` }, part.revision)));
    expect(titles.kept).toHaveLength(1);
    expect(titles.refused).toEqual(Array(7).fill('conflict'));
    expect((await reports.get(id)).sections[0]!.title).toBe(`Bản ${titles.kept[0]}`);
    const details = await settle(Array.from({ length: 8 }, (_, i) => reports.updateMeta(id, { period: `kỳ ${i}` }, revision)));
    expect(details.kept).toHaveLength(1);
    expect(details.refused).toEqual(Array(7).fill('conflict'));
    const added = await settle(Array.from({ length: 8 }, (_, i) => reports.sections.add(id, null, `Phần thêm ${i}`, 'other', structureRevision)));
    expect(added.kept).toHaveLength(1);
    expect(added.refused).toEqual(Array(7).fill('conflict'));
    expect((await reports.get(id)).sections.map((s) => s.title)).toEqual([`Bản ${titles.kept[0]}`, `Phần thêm ${added.kept[0]}`]);
  });

  it('adds, moves and removes parts against the tree it was read from', async () => {
    const { reports } = open.library;
    const id = await reports.create(meta('Báo cáo cây'), parts('A', 'B', 'C'));
    const { structureRevision } = await reports.revisions(id);
    const added = await reports.sections.add(id, null, 'D', 'other', structureRevision);
    await expect(reports.sections.add(id, null, 'E', 'other', structureRevision)).rejects.toMatchObject({ code: 'conflict' });
    const [a, b] = (await reports.get(id)).sections;
    await reports.sections.addMany(id, a!.id, ['A.1', 'A.2'], 'other');
    await reports.sections.move(id, b!.id, 'up');
    await reports.sections.remove(id, added);
    const report = await reports.get(id);
    expect(report.sections.map((s) => s.title)).toEqual(['B', 'A', 'C']);
    expect(report.sections[1]!.children.map((c) => c.title)).toEqual(['A.1', 'A.2']);
  });

  it('replaces a report with a received version, keeping the ids of parts found again', async () => {
    const { reports } = open.library;
    const id = await reports.create(meta('Báo cáo nhận'), parts('Kết quả', 'Hạn chế'));
    const before = await reports.get(id);
    await reports.replaceContent(id, meta('Báo cáo nhận (bản mới)'), [...parts('Kết quả'), ...parts('Kiến nghị')]);
    const after = await reports.get(id);
    expect(after.header.summary).toBe('Báo cáo nhận (bản mới)');
    expect(after.sections.map((s) => s.title)).toEqual(['Kết quả', 'Kiến nghị']);
    expect(after.sections[0]!.id).toBe(before.sections[0]!.id);
    expect(after.structureRevision).toBe(before.structureRevision + 1);
  });

  it('keeps a published report locked', async () => {
    const { reports, signOff } = open.library;
    const id = await reports.create(meta('Đã phát hành'), parts('Một'));
    await signOff.setState(id, 'published', { number: '12', date: '2026-06-30' });
    await expect(reports.updateMeta(id, { period: 'x' })).rejects.toMatchObject({ code: 'validation' });
    const part = (await reports.get(id)).sections[0]!;
    await expect(reports.sections.update(id, part.id, { title: 'x' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('pages the shelves newest first, with Lưu trữ and the Thùng rác apart, and purges what is older than the cutoff', async () => {
    const { reports } = open.library;
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) ids.push(await reports.create(meta(`Báo cáo ${i}`), parts('Một')));
    await reports.shelves.setArchived(ids[0]!, true);
    await reports.shelves.moveToTrash(ids[1]!);
    const page = await reports.shelves.page('active', 0, 3);
    expect(page.total).toBe(5);
    expect(page.items.map((r) => r.title)).toEqual(['Báo cáo 6', 'Báo cáo 5', 'Báo cáo 4']);
    expect((await reports.shelves.page('active', 3, 3)).items.map((r) => r.title)).toEqual(['Báo cáo 3', 'Báo cáo 2']);
    expect((await reports.shelves.page('archived', 0, 10)).items.map((r) => r.id)).toEqual([ids[0]]);
    expect((await reports.shelves.page('trash', 0, 10)).items.map((r) => r.id)).toEqual([ids[1]]);
    expect(await reports.shelves.list()).toHaveLength(6);
    await expect(reports.shelves.deleteForever(ids[2]!)).rejects.toMatchObject({ code: 'not_found' });
    await reports.shelves.restoreFromTrash(ids[1]!);
    await reports.shelves.moveToTrash(ids[1]!);
    open.advance(31 * 86_400_000);
    expect(await reports.shelves.purgeTrash(new Date(Date.parse('2026-06-05T08:00:00Z') + 30 * 86_400_000).toISOString())).toBe(1);
    expect(await reports.exists(ids[1]!)).toBe(false);
  });

  it('lists received reports by the unit that sent them, its own first', async () => {
    const { reports, shares } = open.library;
    const own = await reports.create(meta('Của đơn vị'), parts('Một'));
    const fromB = await reports.create(meta('Của xã B'), parts('Một'));
    const fromA = await reports.create(meta('Của xã A'), parts('Một'));
    for (const [id, unit] of [
      [fromB, 'Xã Bình Minh'],
      [fromA, 'Xã An Phú'],
    ] as const) {
      await shares.record(id, `hash-${id}`, 1, 'received', unit);
      await shares.setLineage(id, [`hash-${id}`]);
    }
    const byUnit = await reports.shelves.page('active', 0, 10, undefined, 'unit');
    expect(byUnit.items.map((r) => r.id)).toEqual([own, fromA, fromB]);
    expect(byUnit.senders).toEqual(['Xã An Phú', 'Xã Bình Minh']);
    expect((await reports.shelves.page('active', 0, 10, 'Xã An Phú')).items.map((r) => r.id)).toEqual([fromA]);
    expect((await reports.shelves.page('active', 0, 10, '')).items.map((r) => r.id)).toEqual([own]);
    expect(byUnit.items.find((r) => r.id === fromA)).toMatchObject({ receivedFrom: 'Xã An Phú', received: { revision: 1 } });
  });

  it('numbers new versions of a published report and links them both ways', async () => {
    const { reports } = open.library;
    const first = await reports.create(meta('Bản 1', { header: { ...meta('').header, summary: 'Bản 1', number: '5', date: '2026-06-01' } }), parts('Một'));
    const second = await reports.create(meta('Bản 2'), parts('Một'));
    await reports.setVersionOf(second, first);
    const third = await reports.create(meta('Bản 3'), parts('Một'));
    await reports.setVersionOf(third, second);
    expect(await reports.version(third)).toMatchObject({ number: 3, of: { id: second } });
    expect(await reports.version(second)).toMatchObject({ number: 2, of: { id: first, number: '5', date: '2026-06-01' } });
    expect((await reports.get(first)).newerVersion).toBe(second);
    expect((await reports.shelves.page('active', 0, 10)).items.find((r) => r.id === third)?.version?.number).toBe(3);
  });

  it('keeps a part’s history, skips a snapshot equal to the last, prunes and restores', async () => {
    const { reports, history } = open.library;
    const id = await reports.create(meta('Lịch sử'), parts('Một'));
    const part = (await reports.get(id)).sections[0]!;
    await history.snapshot(part.id, 'editing');
    await history.snapshot(part.id, 'editing');
    expect(await history.list(id, part.id)).toHaveLength(1);
    await reports.sections.update(id, part.id, { blocks: [textParagraph('Bản thứ hai.')] });
    await history.snapshotIfDue(part.id);
    expect(await history.list(id, part.id)).toHaveLength(1);
    open.advance(4 * 60_000);
    await history.snapshotIfDue(part.id);
    const list = await history.list(id, part.id);
    expect(list.map((r) => r.preview)).toEqual(['Bản thứ hai.', 'Nội dung Một.']);
    expect((await history.get(id, list[1]!.id)).blocks).toEqual([textParagraph('Nội dung Một.')]);
    await history.keep(part.id, 'Một', [textParagraph('Bản không giữ.')], 'conflict');
    expect((await history.list(id, part.id))[0]).toMatchObject({ reason: 'conflict', preview: 'Bản không giữ.' });
    await expect(history.get(id, 'khong-co')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps no empty version of a part while it is being written: Lịch sử offers only text to bring back', async () => {
    const { reports, history } = open.library;
    const id = await reports.create(meta('Lịch sử trống'), parts('Một'));
    const part = (await reports.get(id)).sections[0]!;
    await reports.sections.update(id, part.id, { blocks: [] });
    await history.snapshotIfDue(part.id);
    expect(await history.list(id, part.id)).toEqual([]);
    await reports.sections.update(id, part.id, { blocks: [textParagraph('Đã viết.')] });
    open.advance(4 * 60_000);
    await history.snapshotIfDue(part.id);
    expect((await history.list(id, part.id)).map((r) => r.preview)).toEqual(['Đã viết.']);
  });

  it('records what travelled: seen, lineage, the last revision, whole versions and attachments byte for byte', async () => {
    const { reports, shares } = open.library;
    const id = await reports.create(meta('Đi và đến'), parts('Một'));
    await shares.record(id, 'h1', 1, 'sent', 'Phường Xuân Hương');
    await shares.record(id, 'h2', 2, 'received', 'Xã An Phú');
    await shares.addLineage(id, ['h1', 'h2', 'h1']);
    expect(await shares.seen(id)).toEqual(['h1', 'h2']);
    expect(await shares.lineage(id)).toEqual(['h1', 'h2']);
    expect(await shares.lastRevision(id)).toEqual({ revision: 2, hash: 'h2' });
    await shares.setLineage(id, ['h2']);
    expect(await shares.lineage(id)).toEqual(['h2']);
    await shares.keepVersion(id, 'mine-not-kept', 'bản trên máy này', '{"a":1}');
    const [version] = await shares.versions(id);
    expect(await shares.version(version!.id)).toEqual({ reportId: id, json: '{"a":1}' });
    const bytes = Uint8Array.from([0, 255, 1, 128, 37]);
    await shares.saveAttachments(id, [{ name: 'Danh sách.xlsx', bytes, sha256: 'x' }]);
    await shares.saveAttachments(id, [{ name: 'Danh sách.xlsx', bytes: Uint8Array.from([9]), sha256: 'y' }]);
    const [attachment] = await shares.attachments(id);
    expect(attachment!.name).toBe('Danh sách.xlsx');
    expect([...attachment!.bytes]).toEqual([9]);
  });

  it('keeps the sign-off state, its events in order and numbered bản trình', async () => {
    const { reports, signOff } = open.library;
    const id = await reports.create(meta('Trình ký'), parts('Một'));
    expect(await signOff.state(id)).toBe('drafting');
    const before = (await reports.revisions(id)).revision;
    expect(await signOff.addSubmission(id, '{"lan":1}')).toBe(1);
    expect(await signOff.addSubmission(id, '{"lan":2}')).toBe(2);
    await signOff.setState(id, 'submitted', { submission: 2 });
    expect((await reports.revisions(id)).revision).toBe(before + 1);
    await signOff.event(id, 'edits-taken', { submission: 2, accepted: 3 });
    expect((await signOff.events(id)).map((e) => e.kind)).toEqual(['submitted', 'edits-taken']);
    expect(await signOff.submission(id, 2)).toMatchObject({ json: '{"lan":2}' });
    expect(await signOff.submission(id, 3)).toBeNull();
  });

  it('keeps consolidations and their inputs, and the unit’s indicator sets, organization, templates and dictionary', async () => {
    const { consolidations, indicatorSets, organization, unitTemplates, dictionary, reports } = open.library;
    const cid = await consolidations.create({ period: 'quý II năm 2026', deadline: '2026-07-05', units: ['Xã An Phú'], setId: null });
    await consolidations.update(cid, { units: ['Xã An Phú', 'Xã Bình Minh'] });
    expect(await consolidations.get(cid)).toMatchObject({ units: ['Xã An Phú', 'Xã Bình Minh'], deadline: '2026-07-05' });
    await expect(
      consolidations.addInput('khong-co', { unit: 'x', sourceName: 'x', report: {} as never, revision: null, sentAt: null }, '{}'),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    const set = await indicatorSets.save(undefined, {
      format: 'baocao.indicators/1',
      name: 'Bộ chỉ tiêu KT-XH',
      indicators: [{ code: 'KT01', name: 'Thu ngân sách', unit: 'triệu đồng', aggregate: 'sum' }],
    });
    const again = await indicatorSets.save(undefined, { ...set.set, indicators: [...set.set.indicators] });
    expect(again.id).toBe(set.id);
    expect(await indicatorSets.list()).toHaveLength(1);
    await organization.save({ ...meta('').header, profile: 'state', signature: meta('').signature, recipients: ['Lưu: VT.'] } as never);
    expect((await organization.get())?.profile).toBe('state');
    const rid = await reports.create(meta('Mẫu báo cáo quý II năm 2026'), parts('Kết quả', 'Phương hướng'));
    const saved = await unitTemplates.save('Mẫu quý', 'Báo cáo quý II năm 2026', (await reports.get(rid)).sections);
    expect((await unitTemplates.use(saved.id, 'quý III năm 2026'))?.summary).toBe('Báo cáo quý III năm 2026');
    await dictionary.add('Xuân Hương');
    await dictionary.add('xuân hương');
    await dictionary.add('Ea H’leo');
    expect(await dictionary.list()).toEqual(['Ea H’leo', 'xuân hương']);
    await dictionary.remove('XUÂN HƯƠNG');
    expect(await dictionary.list()).toEqual(['Ea H’leo']);
  });

  it('keeps all of a transaction across stores, or none of it', async () => {
    const { library } = open;
    const id = await library.reports.create(meta('Giao dịch'), parts('Một'));
    await expect(
      library.transaction(async (tx) => {
        await tx.shares.record(id, 'h1', 1, 'sent', 'Phường');
        await tx.reports.updateMeta(id, { period: 'đã đổi' });
        await tx.signOff.event(id, 'submitted', {});
        throw new Error('mất điện giữa chừng');
      }),
    ).rejects.toThrow('mất điện giữa chừng');
    expect(await library.shares.seen(id)).toEqual([]);
    expect((await library.reports.get(id)).period).toBe('quý II năm 2026');
    expect(await library.signOff.events(id)).toEqual([]);
    // A failure inside a nested transaction undoes only that part.
    await library.transaction(async (tx) => {
      await tx.shares.record(id, 'h2', 1, 'sent', 'Phường');
      await expect(
        tx.transaction(async (inner) => {
          await inner.reports.updateMeta(id, { period: 'không giữ' });
          throw new Error('bỏ phần này');
        }),
      ).rejects.toThrow('bỏ phần này');
    });
    expect(await library.shares.seen(id)).toEqual(['h2']);
    expect((await library.reports.get(id)).period).toBe('quý II năm 2026');
  });

  it('finds the words with or without marks, exact spelling first, with the words shown in their place', async () => {
    const { reports, search } = open.library;
    const id = await reports.create(meta('Kết quả chuyển đổi số quý II năm 2026'), [
      { role: 'results', title: 'Thanh toán điện tử', blocks: [textParagraph('Tiểu thương được hỗ trợ đầu tư mã QR tại chợ trung tâm.')], children: [] },
      { role: 'other', title: 'Dự án đầu tu', blocks: [textParagraph('Dau tu cong giai doan 2026.')], children: [] },
    ]);
    const trashed = await reports.create(meta('Đầu tư đã xóa'), [{ role: 'other', title: 'Đầu tư', blocks: [textParagraph('đầu tư')], children: [] }]);
    await reports.shelves.moveToTrash(trashed);
    const result = await search.search({ query: 'đầu tư' });
    expect(result.indexing).toBeNull();
    expect(result.hits.map((h) => h.exact)).toEqual([true, false]);
    expect(result.hits[0]).toMatchObject({ reportId: id, part: 'Thanh toán điện tử' });
    const hit = result.hits[0]!;
    expect(hit.snippet.slice(...hit.highlight)).toBe('đầu tư');
    expect((await search.search({ query: 'dau tu' })).hits).toHaveLength(2);
    expect((await search.search({ query: 'chuyen doi so' })).hits[0]).toMatchObject({ sectionId: null, part: 'Phần đầu, mở đầu, kết thúc, phụ lục' });
    // A save is found at once; a removed part is no longer.
    const part = (await reports.get(id)).sections[0]!;
    await reports.sections.update(id, part.id, { blocks: [textParagraph('Chợ Đà Lạt triển khai thanh toán không dùng tiền mặt.')] });
    expect((await search.search({ query: 'tiền mặt' })).hits.map((h) => h.sectionId)).toEqual([part.id]);
    await reports.sections.remove(id, part.id);
    expect((await search.search({ query: 'tiền mặt' })).hits).toEqual([]);
  });

  it('finds a report by its tên loại too ("kiểm điểm" finds a Bản tự kiểm điểm)', async () => {
    const { reports, search } = open.library;
    const base = meta('Đánh giá chất lượng đảng viên năm 2026');
    const id = await reports.create({ ...base, header: { ...base.header, docType: 'BẢN TỰ KIỂM ĐIỂM' } }, [
      { role: 'results', title: 'Ưu điểm', blocks: [textParagraph('Chấp hành nghiêm chủ trương, đường lối.')], children: [] },
    ]);
    expect((await search.search({ query: 'kiem diem' })).hits.map((h) => h.reportId)).toEqual([id]);
    expect((await search.search({ query: 'kiểm điểm chất lượng đảng viên' })).hits.map((h) => h.reportId)).toEqual([id]);
  });

  it('finds a report by a subject in the clerk’s own words (every word, in any order), after the ones that hold the phrase', async () => {
    const { reports, search } = open.library;
    const older = await reports.create(meta('Đánh giá chất lượng đảng viên năm 2011'), [
      { role: 'results', title: 'Tự kiểm điểm', blocks: [textParagraph('Đảng viên tự nhận xét về phẩm chất chính trị.')], children: [] },
    ]);
    const phrase = await reports.create(meta('Kết quả công tác năm 2026'), [
      { role: 'results', title: 'Công tác đảng', blocks: [textParagraph('Rà soát chất lượng đảng viên ở các chi bộ.')], children: [] },
    ]);
    const hits = (await search.search({ query: 'danh gia dang vien' })).hits;
    expect(hits.map((h) => h.reportId)).toEqual([older]);
    expect(hits[0]!.snippet.slice(...hits[0]!.highlight)).toBe('Đánh');
    const both = (await search.search({ query: 'chất lượng đảng viên' })).hits;
    // The phrase in a trích yếu first, then the phrase in a part; no loose hit repeats them.
    expect(both.map((h) => h.reportId)).toEqual([older, phrase]);
    const reordered = (await search.search({ query: 'đảng viên chất lượng' })).hits;
    expect(new Set(reordered.map((h) => h.reportId))).toEqual(new Set([older, phrase]));
    expect(reordered.every((h) => h.snippet.slice(...h.highlight).length > 0)).toBe(true);
  });
});
