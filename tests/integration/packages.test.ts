/**
 * Report packages (.baocao) between two machines: made on one, verified and received on the
 * other, never overwriting silently — a newer revision of an unchanged copy is taken, two changed
 * copies wait for the clerk's choice, and an altered, truncated or unknown package is refused
 * whole with nothing added.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { INDICATOR_SET_FORMAT } from '#shared/domain/indicator-set';
import { testCore, type TestCore } from '../support/test-core';

async function machine(prefix: string): Promise<TestCore> {
  return testCore(new Date('2026-06-05T08:00:00Z'), ':memory:', undefined, prefix);
}

async function writeReport(core: TestCore, text: string) {
  const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý II năm 2026' });
  await core.edit('reports.updateMeta', {
    id: r.id,
    header: { ...r.header, issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', summary: 'Kết quả công tác quý II năm 2026' },
    signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
  });
  await core.edit('sections.update', { reportId: r.id, sectionId: r.sections[0]!.id, blocks: [textParagraph(text)] });
  return core.call('reports.get', { id: r.id });
}

const firstText = async (core: TestCore, id: string) => {
  const r = await core.call('reports.get', { id });
  const block = r.sections[0]!.blocks[0];
  return block?.type === 'paragraph' ? block.runs.map((x) => x.text).join('') : '';
};

describe('a package made on one machine is received on another', () => {
  it('adds the report under its own id with its Word file, attachments and Bộ chỉ tiêu; the same package again changes nothing', async () => {
    const commune = await machine('xa');
    const district = await machine('tinh');
    await commune.call('indicatorSets.save', {
      set: { format: INDICATOR_SET_FORMAT, name: 'Bộ chỉ tiêu cấp xã', indicators: [{ code: 'HS', name: 'Hồ sơ', aggregate: 'sum' }] },
    });
    const report = await writeReport(commune, 'Giải quyết 312 hồ sơ đúng hạn.');
    await commune.edit('sections.update', {
      reportId: report.id,
      sectionId: report.sections[1]!.id,
      blocks: [{ type: 'indicators', previousLabel: 'Quý I', currentLabel: 'Quý II', rows: [{ code: 'HS', name: 'Hồ sơ', previous: '280', current: '312' }] }],
    });
    const made = await commune.call('packages.make', {
      id: report.id,
      attachments: [{ name: 'ban-ky-so.pdf', base64: Buffer.from('%PDF-1.7 đã ký').toString('base64') }],
    });
    expect(made).toMatchObject({ fileName: expect.stringMatching(/\.baocao$/), revision: 1, withWord: true });

    const received = await district.call('packages.receive', { fileName: made.fileName, base64: made.base64 });
    expect(received).toMatchObject({
      outcome: 'added',
      reportId: report.id,
      sender: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ',
      period: 'quý II năm 2026',
      revision: 1,
      attachments: ['ban-ky-so.pdf'],
      indicatorSet: 'Bộ chỉ tiêu cấp xã',
    });
    const there = await district.call('reports.get', { id: report.id });
    expect(reportToFile(there)).toEqual(reportToFile(await commune.call('reports.get', { id: report.id })));
    expect((await district.call('packages.attachments', { id: report.id })).map((a) => [a.name, Buffer.from(a.base64, 'base64').toString()])).toEqual([
      ['ban-ky-so.pdf', '%PDF-1.7 đã ký'],
    ]);
    expect((await district.call('indicatorSets.list', {})).map((s) => s.set.name)).toEqual(['Bộ chỉ tiêu cấp xã']);

    expect((await district.call('packages.receive', { fileName: made.fileName, base64: made.base64 })).outcome).toBe('same');
  });

  it('takes a newer revision of an unchanged copy and keeps the old one whole; an older package is not taken', async () => {
    const commune = await machine('xa');
    const district = await machine('tinh');
    const report = await writeReport(commune, 'Bản thứ nhất.');
    const first = await commune.call('packages.make', { id: report.id });
    await district.call('packages.receive', { fileName: 'a.baocao', base64: first.base64 });
    await commune.edit('sections.update', { reportId: report.id, sectionId: report.sections[0]!.id, blocks: [textParagraph('Bản thứ hai, đã sửa số liệu.')] });
    const second = await commune.call('packages.make', { id: report.id });
    expect(second.revision).toBe(2);

    expect((await district.call('packages.receive', { fileName: 'b.baocao', base64: second.base64 })).outcome).toBe('updated');
    expect(await firstText(district, report.id)).toBe('Bản thứ hai, đã sửa số liệu.');
    const versions = await district.call('packages.versions', { id: report.id });
    expect(versions.map((v) => v.reason)).toEqual(['replaced-by-received']);
    const old = await district.call('packages.openVersion', { versionId: versions[0]!.id });
    expect(await firstText(district, old.id)).toBe('Bản thứ nhất.');

    expect((await district.call('packages.receive', { fileName: 'a.baocao', base64: first.base64 })).outcome).toBe('older');
    expect(await firstText(district, report.id)).toBe('Bản thứ hai, đã sửa số liệu.');
  });

  it('when both sides changed, stores nothing and shows the parts side by side; then keeps mine, takes theirs or keeps both', async () => {
    const commune = await machine('xa');
    const district = await machine('tinh');
    const report = await writeReport(commune, 'Bản gốc.');
    await district.call('packages.receive', { fileName: 'a.baocao', base64: (await commune.call('packages.make', { id: report.id })).base64 });
    // A part's id is the machine's own; the report's id is the same everywhere.
    const theirPart = (await district.call('reports.get', { id: report.id })).sections[0]!.id;
    await district.edit('sections.update', { reportId: report.id, sectionId: theirPart, blocks: [textParagraph('Cấp trên sửa.')] });
    await commune.edit('sections.update', { reportId: report.id, sectionId: report.sections[0]!.id, blocks: [textParagraph('Xã sửa lại.')] });
    const changed = await commune.call('packages.make', { id: report.id });

    const asked = await district.call('packages.receive', { fileName: 'b.baocao', base64: changed.base64 });
    expect(asked.outcome).toBe('conflict');
    expect(asked.differences!.filter((d) => d.changed)).toEqual([
      { part: 'Kết quả thực hiện nhiệm vụ', mine: 'Cấp trên sửa.', theirs: 'Xã sửa lại.', changed: true, diff: expect.any(Array) },
    ]);
    // The changed words are marked, as the bản trình review marks them.
    expect(
      asked
        .differences!.find((d) => d.changed)!
        .diff!.filter((op) => op.kind !== 'same')
        .map((op) => `${op.kind}:${op.text.trim()}`),
    ).toEqual(['deleted:Cấp trên', 'inserted:Xã', 'inserted:lại']);
    expect(await firstText(district, report.id)).toBe('Cấp trên sửa.');

    expect((await district.call('packages.receive', { fileName: 'b.baocao', base64: changed.base64, choice: 'mine' })).outcome).toBe('kept-mine');
    expect(await firstText(district, report.id)).toBe('Cấp trên sửa.');
    expect((await district.call('packages.versions', { id: report.id })).map((v) => [v.reason, v.source])).toEqual([
      ['received-not-kept', 'ỦY BAN NHÂN DÂN XÃ AN PHÚ, lần gửi 2'],
    ]);

    expect((await district.call('packages.receive', { fileName: 'b.baocao', base64: changed.base64, choice: 'theirs' })).outcome).toBe('took-theirs');
    expect(await firstText(district, report.id)).toBe('Xã sửa lại.');
    expect((await district.call('packages.versions', { id: report.id })).map((v) => v.reason)).toEqual(['mine-not-kept', 'received-not-kept']);
    // The part kept its id: its history is still there.
    expect((await district.call('history.list', { reportId: report.id, sectionId: theirPart })).length).toBeGreaterThan(0);

    await district.edit('sections.update', { reportId: report.id, sectionId: theirPart, blocks: [textParagraph('Cấp trên sửa lần nữa.')] });
    await commune.edit('sections.update', { reportId: report.id, sectionId: report.sections[0]!.id, blocks: [textParagraph('Xã sửa lần ba.')] });
    const third = await commune.call('packages.make', { id: report.id });
    const both = await district.call('packages.receive', { fileName: 'c.baocao', base64: third.base64, choice: 'both' });
    expect(both.outcome).toBe('kept-both');
    expect(await firstText(district, report.id)).toBe('Cấp trên sửa lần nữa.');
    expect(await firstText(district, both.newReportId!)).toBe('Xã sửa lần ba.');
    // The copy kept beside it says in the list where it came from (issue 22: identical rows before).
    const listed = (await district.call('library.page', { shelf: 'active', offset: 0, limit: 50 })).items.find((r) => r.id === both.newReportId);
    expect(listed?.receivedFrom).toBe(both.sender);
  });
});

describe('a package is verified before anything is stored', () => {
  async function tampered(change: (zip: JSZip) => Promise<void> | void): Promise<string> {
    const commune = await machine('xa');
    const report = await writeReport(commune, 'Nội dung thật.');
    const made = await commune.call('packages.make', { id: report.id });
    const zip = await JSZip.loadAsync(Buffer.from(made.base64, 'base64'));
    await change(zip);
    return Buffer.from(await zip.generateAsync({ type: 'uint8array' })).toString('base64');
  }

  it.each([
    [
      'an altered report',
      (zip: JSZip) =>
        void zip.file(
          'report.json',
          zip
            .file('report.json')!
            .async('string')
            .then((t) => t.replace('Nội dung thật.', 'Nội dung giả.')),
        ),
      'không khớp mã kiểm tra',
    ],
    ['a missing Word file', (zip: JSZip) => void zip.remove(Object.keys(zip.files).find((n) => n.endsWith('.docx'))!), 'thiếu phần'],
    ['an entry the manifest does not list', (zip: JSZip) => void zip.file('them-vao.exe', 'MZ'), 'không ghi trong mô tả'],
    [
      'a package of a newer format',
      async (zip: JSZip) => void zip.file('manifest.json', (await zip.file('manifest.json')!.async('string')).replace('baocao.package/1', 'baocao.package/2')),
      'phiên bản Soạn Báo Cáo mới hơn',
    ],
    ['no manifest', (zip: JSZip) => void zip.remove('manifest.json'), 'phần mô tả'],
  ])('refuses %s, and adds nothing', async (_what, change, message) => {
    const district = await machine('tinh');
    const base64 = await tampered(change);
    const refused = await district.raw('packages.receive', { fileName: 'x.baocao', base64 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported_file', message: expect.stringContaining(message) } });
    expect(await district.call('library.list', {})).toEqual([]);
  });

  it('refuses a truncated file, a file that is no zip, and a name that leaves the package', async () => {
    const district = await machine('tinh');
    const whole = Buffer.from(await tampered(() => undefined), 'base64');
    for (const bytes of [whole.subarray(0, Math.floor(whole.length / 2)), Buffer.from('không phải gói')]) {
      expect(await district.raw('packages.receive', { fileName: 'x.baocao', base64: bytes.toString('base64') })).toMatchObject({
        ok: false,
        error: { code: 'unsupported_file' },
      });
    }
    const escaping = await tampered((zip) => void zip.file('../../ngoai.txt', 'x'));
    expect(await district.raw('packages.receive', { fileName: 'x.baocao', base64: escaping })).toMatchObject({
      ok: false,
      error: { code: 'unsupported_file' },
    });
    expect(await district.call('library.list', {})).toEqual([]);
  });
});
