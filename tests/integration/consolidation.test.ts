/**
 * "Tổng hợp báo cáo đơn vị trực thuộc" with 15 communes' packages — one late, one altered on the
 * way, one missing an indicator — and one commune that has not sent.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { testCore } from '../support/test-core';
import { communeFigure, communeIndicatorSet, communeName, communePackage } from '../support/commune-reports';
import { writeFigure } from '#shared/consolidation/figures';

const SET = communeIndicatorSet(6);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function fifteenCommunes() {
  const core = testCore();
  const saved = await core.call('indicatorSets.save', { set: SET });
  const units = Array.from({ length: 16 }, (_, i) => communeName(i));
  const created = await core.call('consolidations.create', { period: 'quý II năm 2026', deadline: '2026-07-05', units, setId: saved.id });
  const files = await Promise.all(
    Array.from({ length: 15 }, async (_, i) => {
      const sentAt = new Date(i === 3 ? '2026-07-08T09:00:00Z' : '2026-07-04T09:00:00Z');
      let bytes = communePackage(SET, i, sentAt, i === 7 ? { skip: ['HS1_DH'] } : {});
      if (i === 11) {
        // Altered on the way: a figure changed in report.json, the manifest's checksum no longer matches.
        const zip = await JSZip.loadAsync(bytes);
        zip.file('report.json', (await zip.file('report.json')!.async('string')).replace(/"current": "(\d)/, '"current": "9$1'));
        bytes = await zip.generateAsync({ type: 'uint8array' });
      }
      return { fileName: `${communeName(i)}.baocao`, base64: b64(bytes) };
    }),
  );
  const added = await core.call('consolidations.addInputs', { id: created.id, files });
  return { core, added, units };
}

describe('consolidating 15 communes', () => {
  it('refuses the altered package by name, and shows who sent, who is late and who is missing', async () => {
    const { added, units } = await fifteenCommunes();
    expect(added.refused).toEqual([{ fileName: `${communeName(11)}.baocao`, reason: expect.stringContaining('không khớp mã kiểm tra') }]);
    expect(added.added).toHaveLength(14);
    const status = Object.fromEntries(added.view.grid.map((r) => [r.unit, r.status]));
    expect(status[communeName(3)]).toBe('late');
    expect(status[communeName(11)]).toBe('missing');
    expect(status[communeName(15)]).toBe('missing');
    expect(added.view.grid.filter((r) => r.status === 'on-time')).toHaveLength(13);
    expect(added.view.received).toBe(14);
    expect(units).toHaveLength(16);
  });

  it('adds the figures up by each indicator’s rule and warns of the missing indicator and the units not counted', async () => {
    const { added } = await fifteenCommunes();
    const sent = Array.from({ length: 15 }, (_, i) => i).filter((i) => i !== 11);
    const figures = added.view.figures!;
    const row = (code: string) => figures.rows.find((r) => r.code === code)!;
    const sum = (code: string, only = sent) =>
      only.reduce(
        (a, i) =>
          a +
          Number(
            writeFigure(communeFigure(SET, i, code, 'current'))
              .replace(/\./g, '')
              .replace(',', '.'),
          ),
        0,
      );
    expect(row('HS1').current).toBe(writeFigure(sum('HS1')));
    const withRate = sent.filter((i) => i !== 7);
    expect(row('HS1_DH').current).toBe(writeFigure(sum('HS1_DH', withRate)));
    // The rate from the parts of the units that reported both parts — not an average of their rates.
    expect(row('TL1').current).toBe(writeFigure((sum('HS1_DH', withRate) / sum('HS1', withRate)) * 100));
    const weighted =
      sent.reduce(
        (a, i) => a + communeFigure(SET, i, 'BQ_THU_NHAP', 'current') * Number(writeFigure(communeFigure(SET, i, 'DAN_SO', 'current')).replace(/\./g, '')),
        0,
      ) / sum('DAN_SO');
    expect(row('BQ_THU_NHAP').current).toBe(writeFigure(weighted));
    expect(figures.warnings).toEqual(
      expect.arrayContaining([
        `${communeName(7)}: thiếu chỉ tiêu “Hồ sơ lĩnh vực 1 đúng hạn” (HS1_DH).`,
        `${communeName(11)}: chưa gửi báo cáo (số liệu chưa được cộng).`,
        `${communeName(15)}: chưa gửi báo cáo (số liệu chưa được cộng).`,
      ]),
    );
    // The phụ lục: one row per unit that sent, one naming each unit that has not, the consolidated figure last.
    const [table] = figures.appendix;
    expect(table!.rows).toHaveLength(17);
    expect(table!.rows.slice(14, 16).map((r) => r.slice(1, 3))).toEqual([
      [`${communeName(11)} (chưa gửi báo cáo)`, 'Chưa gửi báo cáo'],
      [`${communeName(15)} (chưa gửi báo cáo)`, 'Chưa gửi báo cáo'],
    ]);
    expect(table!.rows[16]!.slice(0, 2)).toEqual(['', 'Tổng hợp']);
  });

  it('makes the higher unit’s report with the figures and the phụ lục, and shows each part’s texts from the units', async () => {
    const { core, added } = await fifteenCommunes();
    const report = await core.call('consolidations.makeReport', { id: added.view.id, templateId: 'dinh-ky', profile: 'state' });
    const results = report.sections.find((s) => s.role === 'results')!;
    const block = results.blocks.find((b) => b.type === 'indicators');
    expect(block).toMatchObject({ type: 'indicators', previousLabel: 'Quý I năm 2026', currentLabel: 'Quý II năm 2026' });
    expect(report.appendices.map((a) => a.title)).toEqual(['Số liệu của các đơn vị']);
    expect((await core.call('library.list', {})).map((r) => r.id)).toContain(report.id);
    expect((await core.call('consolidations.get', { id: added.view.id })).reportId).toBe(report.id);

    const limitations = report.sections.flatMap((s) => [s, ...s.children]).find((s) => s.role === 'limitations')!;
    const narrative = await core.call('consolidations.narrative', { reportId: report.id, sectionId: limitations.id });
    expect(narrative!.texts).toHaveLength(14);
    expect(narrative!.texts[0]).toMatchObject({ unit: communeName(0), title: 'Hạn chế, tồn tại' });
    // Once the unit's name and signer are in, the consolidated report exports to Word.
    await core.edit('reports.updateMeta', {
      id: report.id,
      header: { ...report.header, issuingBody: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
      signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Lê Văn Minh' },
    });
    const exported = await core.raw('export.docx', { id: report.id });
    expect(exported).toMatchObject({ ok: true });
  });

  it('takes a later revision of a unit’s report in place of the earlier one, and one report sent twice once', async () => {
    const core = testCore();
    const saved = await core.call('indicatorSets.save', { set: SET });
    const c = await core.call('consolidations.create', { period: 'quý II năm 2026', deadline: null, units: [communeName(0)], setId: saved.id });
    const first = b64(communePackage(SET, 0, new Date('2026-07-01T00:00:00Z')));
    const again = await core.call('consolidations.addInputs', {
      id: c.id,
      files: [
        { fileName: 'a.baocao', base64: first },
        { fileName: 'a-lan-2.baocao', base64: first },
      ],
    });
    expect(again.refused).toEqual([{ fileName: 'a-lan-2.baocao', reason: 'Báo cáo này đã có trong đợt tổng hợp.' }]);
    expect(again.view.grid[0]!.input!.revision).toBe(1);
  });
});
