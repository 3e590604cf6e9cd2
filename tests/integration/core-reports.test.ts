/** The back end through its one dispatcher: what the UI relies on, method by method. */
import { textParagraph } from '#shared/domain/report';
import { describe, expect, it } from 'vitest';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { fixtureText, sampleReport } from '../support/fixtures';
import { mammothText } from '../support/docx-reader';
import { testCore } from '../support/test-core';

describe('dispatcher', () => {
  it('rejects an unknown method and bad arguments with a Vietnamese validation error', async () => {
    const core = testCore();
    expect(await core.raw('reports.hack', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
    const bad = await core.raw('reports.get', { id: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!bad.ok && bad.error.message).toMatch(/trường "id"/);
    expect(await core.raw('reports.create', { templateId: 'so-ket-nghi-quyet', profile: 'state', period: 'x', extra: true })).toMatchObject({ ok: false });
  });

  it('answers not_found for a report that does not exist', async () => {
    expect(await testCore().raw('reports.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('turns an unexpected failure into a plain message and logs the stack', async () => {
    const core = testCore();
    core.close(); // the database is gone: every query throws a non-AppError
    const result = await core.raw('library.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!result.ok && result.error.message).toMatch(/Dữ liệu đã lưu không bị ảnh hưởng/);
    expect(core.errors).toHaveLength(1);
  });
});

describe('reports', () => {
  it('creates a report from a template with the standard parts and the profile’s defaults', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'so-ket-nghi-quyet', profile: 'party', period: '6 tháng đầu năm 2026' });
    expect(report.sections.map((s) => s.role)).toEqual(['dissemination', 'results', 'assessment', 'directions', 'recommendations']);
    expect(report.sections[2]?.children.map((c) => c.role)).toEqual(['strengths', 'limitations', 'causes', 'lessons']);
    expect(report.header.summary).toBe('sơ kết 6 tháng đầu năm 2026');
    expect(report.header.symbol).toBe('BC/');
    expect(report.signature.authority).toBe('TM.');
    expect(report.recipients.at(-1)).toMatch(/^Lưu Văn phòng/);
  });

  it('lists reports newest edit first, with title and period', async () => {
    const core = testCore();
    const a = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý I năm 2026' });
    const b = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý II năm 2026' });
    await core.edit('reports.updateMeta', { id: a.id, period: 'quý I năm 2026 (sửa)' });
    const list = await core.call('library.list', {});
    expect(list.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ period: 'quý I năm 2026 (sửa)', title: 'Kết quả công tác quý I năm 2026; phương hướng, nhiệm vụ kỳ tới' });
  });

  it('saves header, signer and recipients, cleaning pasted control characters', async () => {
    const core = testCore();
    const { id } = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'năm 2026' });
    const header = {
      parentBody: 'UBND TỈNH QUẢNG NGÃI',
      issuingBody: 'SỞ\u0000 NỘI VỤ',
      number: '',
      symbol: 'BC-SNV',
      place: 'Quảng Ngãi',
      date: null,
      docType: 'BÁO CÁO',
      summary: 'Tổng kết năm 2026',
    };
    await core.edit('reports.updateMeta', { id, header, recipients: ['Bộ Nội vụ;', 'Lưu: VT, VP.'] });
    const saved = await core.call('reports.get', { id });
    expect(saved.header.issuingBody).toBe('SỞ NỘI VỤ');
    expect(saved.recipients).toEqual(['Bộ Nội vụ;', 'Lưu: VT, VP.']);
  });

  it('adds, renames, reorders and removes sub-items, renumbering positions', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'so-ket-nghi-quyet', profile: 'state', period: 'x' });
    const results = report.sections[1]!;
    const first = (await core.edit('sections.add', { reportId: report.id, parentId: results.id, title: 'Nhiệm vụ 1' })).section;
    const second = (await core.edit('sections.add', { reportId: report.id, parentId: results.id, title: 'Nhiệm vụ 2' })).section;
    await core.edit('sections.update', { reportId: report.id, sectionId: second.id, title: 'Nhiệm vụ hai', blocks: [{ type: 'paragraph', text: 'Nội dung' }] });
    let tree = await core.edit('sections.move', { reportId: report.id, sectionId: second.id, direction: 'up' });
    expect(tree.sections[1]?.children.map((c) => c.title)).toEqual(['Nhiệm vụ hai', 'Nhiệm vụ 1']);
    tree = await core.edit('sections.remove', { reportId: report.id, sectionId: second.id });
    expect(tree.sections[1]?.children.map((c) => c.id)).toEqual([first.id]);
    // Moving past the end does nothing rather than failing.
    tree = await core.edit('sections.move', { reportId: report.id, sectionId: first.id, direction: 'down' });
    expect(tree.sections[1]?.children.map((c) => c.id)).toEqual([first.id]);
  });

  it('stops at four levels, saying how to write deeper content', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    let parent = report.sections[0]!.id;
    for (let i = 0; i < 3; i += 1) parent = (await core.edit('sections.add', { reportId: report.id, parentId: parent, title: `cấp ${i + 2}` })).section.id;
    const fifth = await core.raw('sections.add', { reportId: report.id, baseStructureRevision: 4, parentId: parent, title: 'cấp 5' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!fifth.ok && fifth.error.message).toMatch(/tối đa 4 cấp/);
  });

  it('refuses to import a file nested deeper than the editor allows, naming the path', async () => {
    const file = reportToFile(await testCore().call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' }));
    let section: unknown = { title: 'Ý cuối', blocks: [] };
    for (let i = 0; i < 800; i += 1) section = { title: `Cấp ${i}`, children: [section] };
    const result = await testCore().raw('library.importJson', { json: JSON.stringify({ ...file, sections: [section] }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported_file' } });
    expect(!result.ok && result.error.message).toMatch(
      /sections\[0\]\.children\[0\]\.children\[0\]\.children\[0\]\.children\[0\]: các phần lồng nhau quá 4 cấp/,
    );
  });

  it('refuses to touch a section through another report', async () => {
    const core = testCore();
    const a = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'a' });
    const b = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'b' });
    const result = await core.raw('sections.update', { reportId: b.id, sectionId: a.sections[0]!.id, baseRevision: 1, title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('deletes a report', async () => {
    const core = testCore();
    const { id } = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'a' });
    await core.call('library.delete', { id });
    expect(await core.call('library.list', {})).toEqual([]);
  });
});

describe('report files', () => {
  it('imports a file and exports it back unchanged', async () => {
    const core = testCore();
    const imported = await core.call('library.importJson', { json: fixtureText('so-ket-phuong.report.json') });
    expect(imported.period).toBe('6 tháng đầu năm 2026');
    const exported = await core.call('reports.exportJson', { id: imported.id });
    expect(exported.fileName).toBe('BC-so-ket-6-thang-dau-nam-2026.json');
    const original = sampleReport();
    const normalise = (r: typeof original) => JSON.parse(JSON.stringify(r, (_k, v: unknown) => v)) as unknown;
    const roundTripped = JSON.parse(exported.json) as typeof original;
    // Sections gain their defaults (role "other", empty lists); the content is identical.
    expect(roundTripped.header).toEqual(original.header);
    expect(roundTripped.signature).toEqual(original.signature);
    expect(roundTripped.recipients).toEqual(original.recipients);
    expect(JSON.stringify(roundTripped.sections)).toContain('Chợ phường triển khai mã QR cho 95% tiểu thương.');
    expect(normalise(reportToFile(await core.call('reports.get', { id: imported.id })))).toEqual(roundTripped);
  });

  it('refuses an invalid file with the bad field’s path and what to do', async () => {
    const bad = sampleReport() as unknown as { header: { date: string } };
    bad.header.date = '05/06/2026';
    const result = await testCore().raw('library.importJson', { json: JSON.stringify(bad) });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported_file' } });
    expect(!result.ok && result.error.message).toMatch(/header\.date: ngày không hợp lệ[\s\S]*Hãy sửa tệp rồi nhập lại/);
  });
});

describe('export.docx', () => {
  it('writes a Word file that a real reader opens, with a file name Windows accepts', async () => {
    const core = testCore();
    const { id } = await core.call('library.importJson', { json: fixtureText('so-ket-phuong.report.json') });
    const file = await core.call('export.docx', { id });
    expect(file.fileName).toBe('BC-so-ket-6-thang-dau-nam-2026.docx');
    expect(file.omittedEmptyParts).toEqual(['Nguyên nhân']);
    const { text, messages } = await mammothText(Buffer.from(file.base64, 'base64'));
    expect(messages).toEqual([]);
    expect(text).toContain('I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN');
  });

  it('says which step to complete when the issuing body is missing', async () => {
    const core = testCore();
    const { id } = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    const result = await core.raw('export.docx', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!result.ok && result.error.message).toMatch(/Thông tin chung/);
  });
});

describe('Đơn vị của tôi', () => {
  const org = {
    profile: 'party' as const,
    parentBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
    issuingBody: 'ĐẢNG ỦY PHƯỜNG NGHĨA LỘ',
    symbol: 'BC/ĐU',
    place: 'Nghĩa Lộ',
    signature: { authority: 'TM.' as const, onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Lê Văn Bình' },
    recipients: ['Ban Thường vụ Tỉnh ủy (b/c);', '', 'Lưu Văn phòng Đảng ủy.'],
  };

  it('is empty until set up, then saved once and returned cleaned', async () => {
    const core = testCore();
    expect(await core.call('organization.get', {})).toBeNull();
    const saved = await core.call('organization.save', org);
    expect(saved.recipients).toEqual(['Ban Thường vụ Tỉnh ủy (b/c);', 'Lưu Văn phòng Đảng ủy.']);
    expect(await core.call('organization.get', {})).toEqual(saved);
  });

  it("keeps the unit's spelling choices: tone style, and i/y only when one was chosen", async () => {
    const core = testCore();
    expect(await core.call('organization.save', org)).not.toHaveProperty('iyStyle');
    const saved = await core.call('organization.save', { ...org, toneStyle: 'old', iyStyle: 'y' });
    expect(saved).toMatchObject({ toneStyle: 'old', iyStyle: 'y' });
    expect(await core.call('organization.get', {})).toMatchObject({ toneStyle: 'old', iyStyle: 'y' });
    const refused = await core.call('organization.save', { ...org, iyStyle: 'x' as 'y' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).not.toBeNull();
  });

  it('prefills every new report of the same thể thức', async () => {
    const core = testCore();
    await core.call('organization.save', org);
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'party', period: 'quý III năm 2026' });
    expect(report.header).toMatchObject({ parentBody: org.parentBody, issuingBody: org.issuingBody, symbol: 'BC/ĐU', place: 'Nghĩa Lộ' });
    expect(report.signature.name).toBe('Lê Văn Bình');
    expect(report.recipients.at(-1)).toBe('Lưu Văn phòng Đảng ủy.');
  });

  it('keeps the names but not the Party signer for a report in another thể thức', async () => {
    const core = testCore();
    await core.call('organization.save', org);
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    expect(report.header.issuingBody).toBe(org.issuingBody);
    expect(report.header.symbol).toBe('BC-');
    expect(report.signature.name).toBe('');
    expect(report.recipients).toEqual(['Lưu: VT, VP.']);
  });
});

describe('outline and phụ lục', () => {
  it('saves the Phần level and phụ lục, and carries them through the report file', async () => {
    const core = testCore();
    const { id } = await core.call('reports.create', { templateId: 'so-ket-nghi-quyet', profile: 'state', period: 'x' });
    await core.edit('reports.updateMeta', {
      id,
      outline: 'parts',
      appendices: [{ title: 'Biểu số liệu\u0007', blocks: [{ type: 'paragraph', text: 'Nội dung' }] }],
    });
    const report = await core.call('reports.get', { id });
    expect(report.outline).toBe('parts');
    expect(report.appendices).toEqual([{ title: 'Biểu số liệu', blocks: [textParagraph('Nội dung')] }]);
    const file = JSON.parse((await core.call('reports.exportJson', { id })).json) as { outline: string; appendices: unknown[] };
    expect(file.outline).toBe('parts');
    const again = await core.call('library.importJson', { json: JSON.stringify(file) });
    expect(again.outline).toBe('parts');
    expect(again.appendices).toEqual(report.appendices);
  });

  it('keeps the kỳ báo cáo through export and import, even when the trích yếu names another', async () => {
    const core = testCore();
    const { id } = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 11 năm 2026 (đợt bổ sung)' });
    const file = JSON.parse((await core.call('reports.exportJson', { id })).json) as { period?: string };
    expect(file.period).toBe('tháng 11 năm 2026 (đợt bổ sung)');
    const again = await core.call('library.importJson', { json: JSON.stringify(file) });
    expect(again.period).toBe('tháng 11 năm 2026 (đợt bổ sung)');
  });
});

describe('history of a part', () => {
  async function setup() {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    const sectionId = report.sections[0]!.id;
    const write = (text: string) => core.edit('sections.update', { reportId: report.id, sectionId, blocks: [{ type: 'paragraph', text }] });
    return { core, reportId: report.id, sectionId, write };
  }

  it('keeps a snapshot at the first edit after a few minutes, not at every keystroke', async () => {
    const { core, reportId, sectionId, write } = await setup();
    await write('Bản một');
    await write('Bản một, sửa');
    core.advance(4 * 60 * 1000);
    await write('Bản hai');
    const list = await core.call('history.list', { reportId, sectionId });
    // No empty start (nothing to bring back): "Bản một" (the first text, kept at the next save),
    // then "Bản một, sửa" (what stood before the edit after the pause).
    expect(list.map((r) => r.preview)).toEqual(['Bản một, sửa', 'Bản một']);
    expect(list[0]).toMatchObject({ reason: 'editing', characters: 12 });
  });

  it('snapshots every part before an export', async () => {
    const { core, reportId, sectionId, write } = await setup();
    const current = await core.call('reports.get', { id: reportId });
    await core.edit('reports.updateMeta', {
      id: reportId,
      header: { ...current.header, issuingBody: 'SỞ NỘI VỤ' },
      signature: { ...current.signature, name: 'Nguyễn Văn An' },
    });
    await write('Nội dung đã xuất');
    await core.call('export.docx', { id: reportId });
    const list = await core.call('history.list', { reportId, sectionId });
    expect(list[0]).toMatchObject({ reason: 'export', preview: 'Nội dung đã xuất' });
  });

  it('refuses to export what the checklist refuses, saying what to fix', async () => {
    const { core, reportId, write } = await setup();
    await write('Đã tổ chức […] hội nghị.');
    await expect(core.call('export.docx', { id: reportId })).rejects.toThrow(
      /^validation: Chưa xuất được tệp Word: Chưa nhập tên cơ quan ban hành\..*Chưa nhập họ tên người ký\..*Còn chỗ trống chưa điền \[…\]/,
    );
  });

  it('restores a snapshot, and the restore itself can be undone', async () => {
    const { core, reportId, sectionId, write } = await setup();
    await write('Bản cũ');
    core.advance(4 * 60 * 1000);
    await write('Bản mới');
    const old = (await core.call('history.list', { reportId, sectionId })).find((r) => r.preview === 'Bản cũ')!;
    const restored = await core.edit('history.restore', { reportId, sectionId, revisionId: old.id });
    expect(restored.sections[0]?.blocks).toEqual([textParagraph('Bản cũ')]);
    const undo = (await core.call('history.list', { reportId, sectionId })).find((r) => r.reason === 'before-restore')!;
    expect(undo.preview).toBe('Bản mới');
    const back = await core.edit('history.restore', { reportId, sectionId, revisionId: undo.id });
    expect(back.sections[0]?.blocks).toEqual([textParagraph('Bản mới')]);
  });

  it('refuses a snapshot of another part', async () => {
    const { core, reportId, sectionId, write } = await setup();
    await write('A');
    core.advance(4 * 60 * 1000);
    await write('B');
    const revision = (await core.call('history.list', { reportId, sectionId }))[0]!;
    const other = (await core.call('reports.get', { id: reportId })).sections[1]!.id;
    expect(await core.raw('history.restore', { reportId, sectionId: other, revisionId: revision.id })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});

describe('từ điển riêng của đơn vị', () => {
  it('keeps words and names of several words as typed (with their capitals), sorted, one entry per spelling ignoring case', async () => {
    const core = testCore();
    expect(await core.call('dictionary.list', {})).toEqual([]);
    await core.call('dictionary.add', { word: 'Bắc Bình' });
    await core.call('dictionary.add', { word: 'pleiku' });
    expect(await core.call('dictionary.add', { word: 'Pleiku' })).toEqual(['Bắc Bình', 'Pleiku']);
    expect(await core.raw('dictionary.add', { word: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/từ điển riêng của đơn vị/) },
    });
  });

  it('takes back an entry added by mistake, whatever its case', async () => {
    const core = testCore();
    await core.call('dictionary.add', { word: 'năgn' });
    await core.call('dictionary.add', { word: 'Pleiku' });
    expect(await core.call('dictionary.remove', { word: 'Năgn' })).toEqual(['Pleiku']);
    expect(await core.call('dictionary.remove', { word: 'không-có' })).toEqual(['Pleiku']);
  });
});

describe('unit templates', () => {
  it('saves a report’s outline and trích yếu pattern, and starts next period’s report from it', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 10 năm 2026' });
    await core.edit('sections.addMany', { reportId: report.id, parentId: report.sections[0]!.id, titles: ['Công tác văn thư', 'Công tác lưu trữ'] });
    await core.edit('sections.update', {
      reportId: report.id,
      sectionId: report.sections[0]!.id,
      blocks: [{ type: 'paragraph', text: 'Nội dung riêng của tháng 10' }],
    });
    const saved = await core.call('templates.saveFromReport', { reportId: report.id, name: 'Báo cáo tháng của Văn phòng' });
    expect(saved).toMatchObject({ name: 'Báo cáo tháng của Văn phòng', own: true });
    expect((await core.call('templates.list', {}))[0]?.id).toBe(saved.id);

    const next = await core.call('reports.create', { templateId: saved.id, profile: 'state', period: 'tháng 11 năm 2026' });
    expect(next.header.summary).toBe('Kết quả công tác tháng 11 năm 2026; phương hướng, nhiệm vụ kỳ tới');
    expect(next.sections[0]?.children.map((c) => c.title)).toEqual(['Công tác văn thư', 'Công tác lưu trữ']);
    expect(next.sections[0]?.blocks).toEqual([]);

    await core.call('templates.delete', { id: saved.id });
    expect(await core.raw('reports.create', { templateId: saved.id, profile: 'state', period: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('reports.changeProfile', () => {
  it('changes the thể thức and the details that follow it in one save, as reports.create would have started them', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý I năm 2026' });
    const saved = await core.call('reports.changeProfile', { id: report.id, baseRevision: report.revision, profile: 'party' });
    // One save: the revision moves by one, not once per detail.
    expect(saved.revision).toBe(report.revision + 1);
    const fresh = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'party', period: 'quý I năm 2026' });
    const stored = await core.call('reports.get', { id: report.id });
    expect(stored.profile).toBe('party');
    expect({ symbol: stored.header.symbol, signature: stored.signature, recipients: stored.recipients }).toEqual({
      symbol: fresh.header.symbol,
      signature: fresh.signature,
      recipients: fresh.recipients,
    });
    expect(saved).toMatchObject({ profile: 'party', symbol: fresh.header.symbol, signature: fresh.signature, recipients: fresh.recipients });
  });

  it('keeps a typed signer and refuses a stale save with the stored report', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    const signature = { ...report.signature, position: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' };
    const { revision } = await core.call('reports.updateMeta', { id: report.id, baseRevision: report.revision, signature });
    const stale = await core.raw('reports.changeProfile', { id: report.id, baseRevision: report.revision, profile: 'trade-union' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await core.call('reports.get', { id: report.id })).profile).toBe('state');
    const saved = await core.call('reports.changeProfile', { id: report.id, baseRevision: revision, profile: 'trade-union' });
    expect(saved.signature).toMatchObject({ position: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' });
  });
});
