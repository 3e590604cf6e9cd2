/**
 * The higher level's desk as a Mặt trận or Party office uses it (issue 22): the consolidated
 * report follows the unit's thể thức, the units' texts meet each part at every level, the missing
 * unit is named, rows named like a Bộ chỉ tiêu entry are counted, received copies are told apart,
 * a conflict is settled part by part, and the e-office card carries the whole cơ quan and Nơi nhận.
 */
import { describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../support/test-core';
import { communeIndicatorSet, communeName, communeReport } from '../support/commune-reports';
import { writePackage } from '../../electron/core/packages/package-file';
import type { ReportFile } from '#shared/report-format/schema';
import { matchIndicatorByName } from '#shared/domain/indicator-set';

const SET = communeIndicatorSet(6);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function frontOffice(): Promise<TestCore> {
  const core = testCore();
  await core.call('organization.save', {
    profile: 'front',
    parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI',
    issuingBody: 'BAN THƯỜNG TRỰC',
    symbol: 'BC-MTTQ-BTT',
    place: 'Quảng Ngãi',
    signature: { authority: 'TM.', onBehalfOf: 'BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH', name: 'Lê Văn Minh' },
    recipients: ['Ban Thường trực UBTƯ MTTQ Việt Nam;', 'Lưu: VT.'],
  });
  return core;
}

/** A commune's report with Đánh giá chung split into Ưu điểm and Hạn chế, as the template writes it. */
function withAssessment(i: number): ReportFile {
  const report = communeReport(SET, i);
  report.sections.splice(1, 1, {
    role: 'assessment',
    title: 'Đánh giá chung',
    children: [
      { role: 'strengths', title: 'Ưu điểm', blocks: [{ type: 'paragraph', text: `${communeName(i)}: giải quyết hồ sơ nhanh.` }] },
      { role: 'limitations', title: 'Hạn chế', blocks: [{ type: 'paragraph', text: `${communeName(i)}: hạ tầng mạng còn yếu.` }] },
    ],
  });
  return report;
}

const pack = (report: ReportFile, i: number) =>
  b64(
    writePackage(
      { report, indicators: SET, attachments: [] },
      { appVersion: 'test', createdAt: new Date('2026-07-04T09:00:00Z'), reportId: `xa-${i}`, revision: 1, lineage: [] },
    ).bytes,
  );

describe('consolidating at a Mặt trận office', () => {
  async function consolidation(core: TestCore) {
    const saved = await core.call('indicatorSets.save', { set: SET });
    const units = [communeName(0), communeName(1), communeName(2)];
    const created = await core.call('consolidations.create', { period: 'quý II năm 2026', deadline: '2026-07-05', units, setId: saved.id });
    const added = await core.call('consolidations.addInputs', {
      id: created.id,
      files: [0, 1].map((i) => ({ fileName: `${communeName(i)}.baocao`, base64: pack(withAssessment(i), i) })),
    });
    return { view: added.view, units };
  }

  it('makes the consolidated report in the unit’s thể thức, not the state’s', async () => {
    const core = await frontOffice();
    const { view } = await consolidation(core);
    expect(view.suggestedProfile).toBe('front');
    const report = await core.call('consolidations.makeReport', { id: view.id, templateId: 'dinh-ky' });
    expect(report.profile).toBe('front');
  });

  it('names the unit that has not sent in the opening and in the phụ lục', async () => {
    const core = await frontOffice();
    const { view } = await consolidation(core);
    const report = await core.call('consolidations.makeReport', { id: view.id, templateId: 'dinh-ky' });
    const opening = JSON.stringify(report.opening);
    expect(opening).toContain('2/3 đơn vị');
    expect(opening).toContain(`${communeName(2)} chưa gửi báo cáo`);
    const appendix = JSON.stringify(report.appendices);
    expect(appendix).toContain(communeName(2));
    expect(appendix).toContain('Chưa gửi báo cáo');
  });

  it('shows the units’ texts beside each sub-part (Ưu điểm, Hạn chế under Đánh giá chung), not all under the parent', async () => {
    const core = await frontOffice();
    const { view } = await consolidation(core);
    const report = await core.call('consolidations.makeReport', { id: view.id, templateId: 'dinh-ky' });
    const all = report.sections.flatMap((s) => [s, ...s.children]);
    const strengths = all.find((s) => s.role === 'strengths')!;
    const assessment = all.find((s) => s.role === 'assessment')!;
    const narrative = await core.call('consolidations.narrative', { reportId: report.id, sectionId: strengths.id });
    expect(narrative!.texts.map((t) => [t.unit, t.title, JSON.stringify(t.blocks)])).toEqual([
      [communeName(0), 'Ưu điểm', JSON.stringify([{ type: 'paragraph', text: `${communeName(0)}: giải quyết hồ sơ nhanh.` }])],
      [communeName(1), 'Ưu điểm', JSON.stringify([{ type: 'paragraph', text: `${communeName(1)}: giải quyết hồ sơ nhanh.` }])],
    ]);
    // The parent's own text only: the sub-parts' titles and texts are not pasted under it.
    const parent = await core.call('consolidations.narrative', { reportId: report.id, sectionId: assessment.id });
    expect(JSON.stringify(parent!.texts)).not.toContain('Ưu điểm');
  });

  it('counts a row named like a Bộ chỉ tiêu entry though it carries no code', async () => {
    expect(matchIndicatorByName(SET, 'hồ sơ lĩnh vực 1 tiếp nhận')?.code).toBe('HS1');
    expect(matchIndicatorByName(SET, 'Số hồ sơ lĩnh vực 1 tiếp nhận')?.code).toBe('HS1');
    expect(matchIndicatorByName(SET, 'Tỉ lệ hồ sơ lĩnh vực 1 đúng hạn')?.code).toBe('TL1');
    expect(matchIndicatorByName(SET, 'Hồ sơ lĩnh vực 9')).toBeNull();
    const core = await frontOffice();
    const saved = await core.call('indicatorSets.save', { set: SET });
    const created = await core.call('consolidations.create', { period: 'quý II năm 2026', deadline: null, units: [communeName(0)], setId: saved.id });
    const report = communeReport(SET, 0);
    const table = report.sections[0]!.blocks!.find((b) => b.type === 'indicators')!;
    if (table.type === 'indicators') table.rows = table.rows.map(({ code: _code, ...row }) => row);
    const added = await core.call('consolidations.addInputs', { id: created.id, files: [{ fileName: 'a.baocao', base64: pack(report, 0) }] });
    expect(added.view.figures!.rows.find((r) => r.code === 'HS1')!.counted).toBe(1);
  });
});

describe('received reports in the list', () => {
  it('are marked with their sender, and a copy kept beside a conflict is told apart', async () => {
    const core = testCore();
    const report = communeReport(SET, 0);
    const first = writePackage(
      { report, indicators: SET, attachments: [] },
      { appVersion: 'test', createdAt: new Date('2026-07-01T00:00:00Z'), reportId: 'xa-0', revision: 1, lineage: [] },
    );
    await core.call('packages.receive', { fileName: 'a.baocao', base64: b64(first.bytes) });
    const sender = (i: number) => communeName(i).replace(/^Xã /, 'ỦY BAN NHÂN DÂN XÃ ').toLocaleUpperCase('vi-VN');
    const page = await core.call('library.page', { shelf: 'active', offset: 0, limit: 50 });
    expect(page.items[0]).toMatchObject({ receivedFrom: sender(0), period: 'quý II năm 2026' });
    // Another unit's report and one of the unit's own: the list is filtered and sorted by sender.
    const other = writePackage(
      { report: communeReport(SET, 1), indicators: SET, attachments: [] },
      { appVersion: 'test', createdAt: new Date('2026-07-01T00:00:00Z'), reportId: 'xa-1', revision: 1, lineage: [] },
    );
    await core.call('packages.receive', { fileName: 'b.baocao', base64: b64(other.bytes) });
    const own = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý II năm 2026' });
    const all = await core.call('library.page', { shelf: 'active', offset: 0, limit: 50 });
    expect(all.senders).toEqual([sender(1), sender(0)].sort((a, b) => a.localeCompare(b)));
    expect((await core.call('library.page', { shelf: 'active', offset: 0, limit: 50, from: sender(1) })).items.map((r) => r.id)).toEqual(['xa-1']);
    expect((await core.call('library.page', { shelf: 'active', offset: 0, limit: 50, from: '' })).items.map((r) => r.id)).toEqual([own.id]);
    expect((await core.call('library.page', { shelf: 'active', offset: 0, limit: 50, sort: 'unit' })).items.map((r) => r.receivedFrom ?? '')).toEqual([
      '',
      ...[sender(0), sender(1)].sort((a, b) => a.localeCompare(b)),
    ]);
  });
});

describe('a conflict settled part by part', () => {
  it('takes the received text of the parts chosen and keeps the clerk’s elsewhere; the word changes are marked', async () => {
    const core = testCore();
    const base = communeReport(SET, 0);
    const sent = writePackage(
      { report: base, indicators: SET, attachments: [] },
      { appVersion: 'test', createdAt: new Date('2026-07-01T00:00:00Z'), reportId: 'xa-0', revision: 1, lineage: [] },
    );
    await core.call('packages.receive', { fileName: 'a.baocao', base64: b64(sent.bytes) });
    // Here: the clerk rewrites the limitations. There: the commune rewrites its directions and its limitations.
    const local = await core.call('reports.get', { id: 'xa-0' });
    const limitations = local.sections.find((s) => s.role === 'limitations')!;
    await core.edit('sections.update', {
      reportId: 'xa-0',
      sectionId: limitations.id,
      blocks: [{ type: 'paragraph', runs: [{ text: 'Hạ tầng mạng ở 2 thôn còn yếu (đã kiểm tra lại).' }] }],
    });
    const theirs = structuredClone(base);
    theirs.sections[1]!.blocks = [{ type: 'paragraph', text: 'Hạ tầng mạng ở 3 thôn còn yếu.' }];
    theirs.sections[2]!.blocks = [{ type: 'bullets', items: ['Xã An Phú tập trung số hóa toàn bộ hồ sơ.'] }];
    const again = writePackage(
      { report: theirs, indicators: SET, attachments: [] },
      { appVersion: 'test', createdAt: new Date('2026-07-02T00:00:00Z'), reportId: 'xa-0', revision: 2, lineage: [sent.manifest.report.hash] },
    );
    const conflict = await core.call('packages.receive', { fileName: 'b.baocao', base64: b64(again.bytes) });
    expect(conflict.outcome).toBe('conflict');
    const directions = conflict.differences!.find((d) => d.part.startsWith('Phương hướng'))!;
    expect(
      directions
        .diff!.filter((op) => op.kind === 'inserted')
        .map((op) => op.text)
        .join(' '),
    ).toContain('toàn bộ');
    const merged = await core.call('packages.receive', { fileName: 'b.baocao', base64: b64(again.bytes), choice: 'parts', theirs: [directions.part] });
    expect(merged.outcome).toBe('merged');
    const after = await core.call('reports.get', { id: 'xa-0' });
    expect(JSON.stringify(after.sections.find((s) => s.role === 'directions')!.blocks)).toContain('toàn bộ hồ sơ');
    expect(JSON.stringify(after.sections.find((s) => s.role === 'limitations')!.blocks)).toContain('đã kiểm tra lại');
  });
});

describe('the e-office card of a Mặt trận report', () => {
  it('names the whole cơ quan ban hành and lists Kính gửi and Nơi nhận', async () => {
    const { documentCard } = await import('#shared/sign-off/document-card');
    const report: ReportFile = {
      ...communeReport(SET, 0),
      profile: 'front',
      header: {
        ...communeReport(SET, 0).header,
        parentBody: 'ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG NGÃI',
        issuingBody: 'BAN THƯỜNG TRỰC',
        addressees: ['Ban Thường trực UBTƯ MTTQ Việt Nam'],
      },
      recipients: ['Như trên;', 'Lưu: VT.'],
    };
    const card = documentCard(report, { urgency: 'Thường', secrecy: 'Thường', copies: 3 });
    expect(card.json.OrganName).toBe('BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI');
    expect(card.json.To).toEqual([{ OrganName: 'Ban Thường trực UBTƯ MTTQ Việt Nam' }]);
  });

  it('names a công văn’s kind "Công văn" (it has no tên loại line), and its trích yếu as written', async () => {
    const { documentCard } = await import('#shared/sign-off/document-card');
    const base = communeReport(SET, 0);
    const report: ReportFile = { ...base, header: { ...base.header, docType: '', summary: 'V/v mời dự hội nghị' } };
    const card = documentCard(report, { urgency: 'Thường', secrecy: 'Thường', copies: 1 });
    expect(card.json.TypeName).toBe('Công văn');
    expect(card.json.Subject).toBe('V/v mời dự hội nghị');
  });
});
