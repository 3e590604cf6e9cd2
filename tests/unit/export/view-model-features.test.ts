/** Phần level, Kính gửi, phụ lục and table layout decisions in the export view. */
import { describe, expect, it } from 'vitest';
import { columnAlignment } from '#shared/export-view/view-body';
import { buildExportView, signingRows } from '#shared/export-view/view-model';
import { appendixLabel, outlineLabel, partLabel } from '#shared/domain/numbering';
import { fullFeatureReport, samplePartyReport } from '../../support/fixtures';

const TODAY = new Date('2026-06-05T08:00:00');

describe('Phần level', () => {
  it('labels phần in words and restarts I., II. inside each', () => {
    expect([1, 2, 3, 4].map(partLabel)).toEqual(['Phần thứ nhất', 'Phần thứ hai', 'Phần thứ ba', 'Phần thứ tư']);
    expect(outlineLabel('parts', 2, 1)).toBe('I.');
    expect(outlineLabel('parts', 3, 2)).toBe('2.');
    const view = buildExportView(fullFeatureReport(), TODAY);
    const heads = view.body.flatMap((i) => (i.kind === 'part' ? [`${i.label}|${i.title}`] : i.kind === 'heading' && i.depth === 1 ? [i.text] : []));
    expect(heads).toEqual([
      'Phần thứ nhất|KẾT QUẢ THỰC HIỆN',
      'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'Phần thứ hai|PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'I. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
      'II. ĐỀ XUẤT, KIẾN NGHỊ',
      'III. CHỈ TIÊU CHI TIẾT',
    ]);
  });
});

describe('Kính gửi', () => {
  it('lists several addressees with dashes, ";" and a final ".", and puts "Như trên" first in Nơi nhận', () => {
    const view = buildExportView(fullFeatureReport(), TODAY);
    expect(view.addressees.inline).toBe(false);
    expect(view.addressees.items.map((i) => i.text)).toEqual(['- Ủy ban nhân dân tỉnh Quảng Ngãi;', '- Sở Nội vụ tỉnh Quảng Ngãi.']);
    expect(view.recipients.items[0]?.text).toBe('- Như trên;');
  });

  it('adds no Nơi nhận of its own to a paper that has none (a phiếu trình, a đơn with a Kính gửi)', () => {
    // "Như trên" alone, with no "Lưu: VT", is a Nơi nhận the văn thư would send back.
    const report = fullFeatureReport();
    report.recipients = [];
    expect(buildExportView(report, TODAY).recipients.items).toEqual([]);
  });

  it('keeps one addressee on the "Kính gửi:" line', () => {
    const report = fullFeatureReport();
    report.header.addressees = ['Ủy ban nhân dân tỉnh Quảng Ngãi'];
    const view = buildExportView(report, TODAY);
    expect(view.addressees).toMatchObject({ inline: true, items: [{ text: 'Ủy ban nhân dân tỉnh Quảng Ngãi' }] });
  });

  it('is never written in a Party report (HD 05)', () => {
    const report = { ...samplePartyReport(), header: { ...samplePartyReport().header, addressees: ['Ban Thường vụ Tỉnh ủy'] } };
    expect(buildExportView(report, TODAY).addressees.items).toEqual([]);
  });
});

describe('phụ lục', () => {
  it('numbers them Roman for state bodies and Arabic for the Party, with the reference line', () => {
    expect(appendixLabel('state', 2)).toBe('Phụ lục II');
    expect(appendixLabel('party', 2)).toBe('Phụ lục 2');
    const view = buildExportView(fullFeatureReport(), TODAY);
    expect(view.appendices.map((a) => a.label.text)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(view.appendices[0]?.title.text).toBe('DANH SÁCH MÔ HÌNH TIÊU BIỂU');
    expect(view.appendices[0]?.reference).toEqual({ text: '(Kèm theo Báo cáo số 05/BC-UBND ngày 05 tháng 6 năm 2026)', style: { sizePt: 14, italic: true } });
    const party = buildExportView({ ...samplePartyReport(), appendices: fullFeatureReport().appendices }, TODAY);
    expect(party.appendices[1]?.label.text).toBe('Phụ lục 2');
    expect(party.appendices[0]?.reference.text).toBe('(Kèm theo Báo cáo số 05-BC/ĐU ngày 05 tháng 6 năm 2026)');
  });
});

describe('tables', () => {
  it('right-aligns columns of Vietnamese figures only', () => {
    expect(
      columnAlignment(
        [],
        [
          ['Hồ sơ', '1.523', '0,88%', '2,3 lần', '12'],
          ['Tỷ lệ', '1.874', '-1,25%', '3 lần', 'mười'],
        ],
        5,
      ),
    ).toEqual(['left', 'right', 'right', 'right', 'left']);
    // "-" for "không có" stays in its figures column; STT and codes are not figures (issue 20).
    expect(
      columnAlignment(
        ['STT', 'Chỉ tiêu', 'Năm 2025', 'MSSV'],
        [
          ['1', 'Hộ nghèo', '-', '09520112'],
          ['2', 'Hộ cận nghèo', '125', '09520380'],
        ],
        4,
      ),
    ).toEqual(['left', 'left', 'right', 'left']);
  });

  it('turns a table of seven or more columns to a landscape page', () => {
    const view = buildExportView(fullFeatureReport(), TODAY);
    const tables = view.body.filter((i) => i.kind === 'table');
    expect(tables.map((t) => t.kind === 'table' && t.landscape)).toEqual([false, true]);
  });
});

describe('the content’s end mark', () => {
  it('is never doubled when the clerk already typed it ("./." stays "./.", "." stays ".")', async () => {
    const { withContentEnding } = await import('#shared/export-view/view-body');
    const para = (text: string) => [{ kind: 'paragraph' as const, runs: [{ text }] }];
    const text = (items: ReturnType<typeof withContentEnding>) => (items.at(-1) as { runs: { text: string }[] }).runs.map((r) => r.text).join('');
    expect(text(withContentEnding(para('Trên đây là báo cáo của Sở Nội vụ./.'), './.'))).toBe('Trên đây là báo cáo của Sở Nội vụ./.');
    expect(text(withContentEnding(para('Trên đây là báo cáo của Sở Nội vụ./.  '), './.'))).toBe('Trên đây là báo cáo của Sở Nội vụ./.');
    expect(text(withContentEnding(para('Trên đây là báo cáo của Sở Nội vụ.'), './.'))).toBe('Trên đây là báo cáo của Sở Nội vụ./.');
    expect(text(withContentEnding(para('Trên đây là báo cáo'), './.'))).toBe('Trên đây là báo cáo./.');
    expect(text(withContentEnding(para('Trên đây là báo cáo.'), '.'))).toBe('Trên đây là báo cáo.');
  });
});

describe('người ký cùng', () => {
  it('sets the signer right of the first row, the first người ký cùng left of them, the rest two by two; an empty one is not printed', () => {
    const base = fullFeatureReport();
    const signer = (position: string, name: string) => ({ authority: '' as const, onBehalfOf: '', position, name });
    const report = {
      ...base,
      signature: {
        ...signer('CHỦ TỌA', 'Nguyễn Văn An'),
        cosigners: [
          signer('THƯ KÝ', 'Trần Thị Mai'),
          signer('', ''),
          signer('THÀNH VIÊN', 'Lê Văn Ba'),
          signer('THÀNH VIÊN', 'Phạm Thị Tư'),
          signer('THÀNH VIÊN', 'Đỗ Văn Năm'),
        ],
      },
    };
    const view = buildExportView(report, TODAY);
    expect(signingRows(view).map((row) => row.map((c) => (c ? `${c.signer.lines.map((l) => l.text).join('/')} ${c.signer.name.text}` : null)))).toEqual([
      ['THƯ KÝ Trần Thị Mai', 'CHỦ TỌA Nguyễn Văn An'],
      ['THÀNH VIÊN Lê Văn Ba', 'THÀNH VIÊN Phạm Thị Tư'],
      ['THÀNH VIÊN Đỗ Văn Năm', null],
    ]);
    // Names level in a row: a signer with a quyền hạn line more above has a line less of room to sign.
    const joint = buildExportView(
      { ...report, signature: { ...report.signature, cosigners: [{ ...signer('CHỦ TỊCH', 'Lê Thị Bình'), authority: 'TM.', onBehalfOf: 'BAN CHẤP HÀNH' }] } },
      TODAY,
    );
    expect(signingRows(joint)[0]!.map((c) => c?.blankLines)).toEqual([joint.blankLinesForSignature, joint.blankLinesForSignature + 1]);
    // One signer: the usual Nơi nhận | signature row.
    expect(signingRows(buildExportView(base, TODAY))).toEqual([]);
  });
});
