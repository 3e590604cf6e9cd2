/**
 * Units that send their figures in the higher level's Excel biểu mẫu: read against the Bộ chỉ
 * tiêu, shown for review, counted beside the packages — on real price reports of a Sở Tài chính
 * and on communes' biểu mẫu made as Excel and LibreOffice save them; bad files refused in words,
 * with nothing counted half-way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../support/test-core';
import { communeFigure, communeIndicatorSet, communeName, communePackage, communeTotal } from '../support/commune-reports';
import { communeWorkbook, higherLevelTemplate } from '../support/commune-workbook';
import { convertWithLibreOffice, hasLibreOffice, mustRender } from '../support/libreoffice';
import { INDICATOR_SET_FORMAT, type IndicatorSet } from '#shared/domain/indicator-set';
import type { FilledTemplate, TemplateSheets } from '#shared/contract/consolidations';
import { writeFigure } from '#shared/consolidation/figures';
import { readWorkbook } from '../../electron/core/spreadsheets/read-workbook';
import { reviewSheet } from '../../electron/core/consolidations/read-unit-sheet';

const SET = communeIndicatorSet(6);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/excel', name));
const withLibreOffice = hasLibreOffice() || mustRender;

/** An .xlsx saved again as .xls by LibreOffice: the old format many communes still send. */
const asXls = (xlsx: Uint8Array) => convertWithLibreOffice({ name: 'bieu.xlsx', bytes: xlsx }, 'MS Excel 97', 'xls');

/** The price items of the Sở Tài chính's biểu mẫu (TT 116/2018), as a Bộ chỉ tiêu. */
const PRICES: IndicatorSet = {
  format: INDICATOR_SET_FORMAT,
  name: 'Giá thị trường (TT 116/2018/TT-BTC)',
  indicators: [
    { code: '01.0001', name: 'Thóc, gạo tẻ thường', unit: 'đ/kg', aggregate: 'sum' },
    { code: '01.0002', name: 'Gạo tẻ ngon', unit: 'đ/kg', aggregate: 'sum' },
    { code: '01.0003', name: 'Thịt lợn hơi (Thịt heo hơi)', unit: 'đ/kg', aggregate: 'sum' },
    { code: '01.0004', name: 'Thịt lợn nạc thăn (Thịt heo nạc thăn)', unit: 'đ/kg', aggregate: 'sum' },
    { code: '01.0005', name: 'Thịt bò thăn', unit: 'đ/kg', aggregate: 'sum' },
    { code: '01.0012', name: 'Tôm rảo, tôm nuôi nước ngọt', unit: 'đ/kg', aggregate: 'sum' },
  ],
};
const OFFICES = ['Sở Tài chính tỉnh Hậu Giang', 'Sở Tài chính tỉnh Sóc Trăng'];

describe('real price reports of a Sở Tài chính', () => {
  it('reads the January 2024 report (.xlsx) by its codes, among sixteen empty sheets, as the office wrote it', async () => {
    const review = await reviewSheet('hau-giang-gia-t01-2024.lo.xlsx', fixture('hau-giang-gia-t01-2024.lo.xlsx'), PRICES, OFFICES, {});
    expect(review.message).toBeNull();
    expect(review.unit).toBe('Sở Tài chính tỉnh Hậu Giang');
    const reading = review.reading!;
    expect(reading.sheet).toBe('Sheet1');
    expect([reading.columns[reading.figureColumns.previous!]!.header, reading.columns[reading.figureColumns.current!]!.header]).toEqual([
      'Giá kỳ trước',
      'Giá kỳ này',
    ]);
    expect(reading.read.slice(0, 5).map((r) => [r.code, r.name, r.previous, r.current])).toEqual([
      ['01.0001', 'Thóc, gạo tẻ thường', '25.000', '25.000'],
      // The code wins over the name the office gave its item.
      ['01.0002', 'Gạo thơm Xuân Hồng', '26.500', '26.500'],
      ['01.0003', 'Thịt lợn hơi (Thịt heo hơi)', '49.000', '47.000'],
      ['01.0004', 'Thịt lợn nạc thăn (Thịt heo nạc thăn)', '100.000', '90.000'],
      ['01.0005', 'Thịt bò thăn', '180.000', '180.000'],
    ]);
    expect(reading.unread[0]).toEqual({ row: 7, text: 'I. LƯƠNG THỰC, THỰC PHẨM', reason: expect.stringContaining('không có số liệu') });
    expect(reading.problems).toEqual([]);
  });

  it.skipIf(!withLibreOffice)('reads the December 2022 report (.xls, its codes typed as numbers) by the items’ names', async () => {
    const review = await reviewSheet('hau-giang-gia-t12-2022.xls', fixture('hau-giang-gia-t12-2022.xls'), PRICES, OFFICES, {});
    expect(review.message).toBeNull();
    expect(review.reading!.read.map((r) => [r.code, r.previous, r.current])).toEqual([
      ['01.0001', '13.000', '16.000'],
      ['01.0002', '15.000', '16.000'],
      ['01.0003', '60.000', '55.000'],
      ['01.0004', '110.000', '110.000'],
      ['01.0005', '180.000', '180.000'],
      ['01.0012', '', ''],
    ]);
  });

  it.skipIf(!withLibreOffice)('says the blank biểu mẫu has no figures, and does not count it', async () => {
    const review = await reviewSheet('hau-giang-bieu-mau-t07-2022.xls', fixture('hau-giang-bieu-mau-t07-2022.xls'), PRICES, OFFICES, {});
    expect(review.reading!.read.length).toBeGreaterThanOrEqual(5);
    expect(review.message).toBe(
      'Tệp hau-giang-bieu-mau-t07-2022.xls chưa có số liệu nào ở các chỉ tiêu (có thể là biểu mẫu trống): kiểm tra lại tệp đơn vị gửi.',
    );
  });
});

async function consolidation() {
  const core = testCore();
  const saved = await core.call('indicatorSets.save', { set: SET });
  const units = [0, 1, 2, 3].map(communeName);
  const created = await core.call('consolidations.create', { period: 'quý II năm 2026', deadline: '2026-07-05', units, setId: saved.id });
  return { core, id: created.id, units };
}

const total = (code: string, communes: readonly number[]) => communeTotal(SET, code, communes);

describe('a consolidation where units send Excel biểu mẫu', () => {
  it('shows what the .xlsx is read as before it is counted: the unit, the sheet, the columns, each indicator, the rows not read', async () => {
    const { core, id } = await consolidation();
    const bytes = await communeWorkbook(SET, 1, communeName(1));
    const review = await core.call('consolidations.readSheet', { id, fileName: 'bieu-01.xlsx', base64: b64(bytes) });
    expect(review.message).toBeNull();
    expect(review.unit).toBe(communeName(1));
    const reading = review.reading!;
    expect(reading.figureColumns).toEqual({ previous: 4, current: 6, guessed: false });
    expect(reading.read.map((r) => r.code)).toEqual(SET.indicators.map((d) => d.code));
    const rate = reading.read.find((r) => r.code === 'TL1')!;
    // The rate as its cell shows it ("0.00%"): two decimals, not the formula's 84,815618….
    expect(rate.current).toBe(writeFigure(communeFigure(SET, 1, 'TL1', 'current')));
    expect(rate.current).toMatch(/^\d+,\d{2}$/);
    expect(reading.unread.map((u) => u.reason)).toEqual([expect.stringContaining('không có số liệu'), expect.stringContaining('bị ẩn')]);
    // Only a look: nothing is counted yet.
    expect((await core.call('consolidations.get', { id })).received).toBe(0);
  });

  it.skipIf(!withLibreOffice)('adds a package, an .xlsx and an .xls beside each other, and the totals are the three units’ figures added by hand', async () => {
    const { core, id, units } = await consolidation();
    const files = [
      { fileName: 'an-phu.baocao', base64: b64(communePackage(SET, 0, new Date('2026-07-04T09:00:00Z'))) },
      { fileName: 'phu-hoa.xlsx', base64: b64(await communeWorkbook(SET, 1, communeName(1))) },
      { fileName: 'tan-lap.xls', base64: b64(asXls(await communeWorkbook(SET, 2, communeName(2)))) },
    ];
    const added = await core.call('consolidations.addInputs', { id, files });
    expect(added.refused).toEqual([]);
    const view = added.view;
    expect(view.grid.map((r) => [r.unit, r.status])).toEqual([
      [units[0], 'on-time'],
      [units[1], 'on-time'],
      [units[2], 'on-time'],
      [units[3], 'missing'],
    ]);
    const row = (code: string) => view.figures!.rows.find((r) => r.code === code)!;
    for (const code of ['DAN_SO', 'HS1', 'HS1_DH', 'HS2']) expect([code, row(code).current, row(code).counted]).toEqual([code, total(code, [0, 1, 2]), 3]);
    // The rate is worked out again from the added parts, not averaged.
    const rate = (Number(total('HS1_DH', [0, 1, 2]).replace(/\./g, '')) / Number(total('HS1', [0, 1, 2]).replace(/\./g, ''))) * 100;
    expect(row('TL1').current).toBe(writeFigure(rate));
    expect(view.figures!.warnings.filter((w) => !w.includes('chưa gửi'))).toEqual([]);
  });

  it('takes the sheet, columns and unit the clerk chose in the review', async () => {
    const { core, id } = await consolidation();
    const bytes = b64(await communeWorkbook(SET, 3, communeName(3), { secondSheet: true, unitLine: 'BIỂU SỐ LIỆU' }));
    const first = await core.call('consolidations.readSheet', { id, fileName: 'bieu.xlsx', base64: bytes });
    expect(first.reading).toBeNull();
    expect(first.message).toBe('Tệp bieu.xlsx có 2 trang tính có số liệu (“Bản lưu”, “Biểu 01”): chọn trang cần đọc.');
    const refused = await core.call('consolidations.addInputs', { id, files: [{ fileName: 'bieu.xlsx', base64: bytes }] });
    expect(refused.refused[0]!.reason).toContain('chọn trang cần đọc');
    const added = await core.call('consolidations.addInputs', {
      id,
      files: [{ fileName: 'bieu.xlsx', base64: bytes, sheet: 'Biểu 01', columns: { previous: 3, current: 5 }, unit: communeName(3) }],
    });
    expect(added.refused).toEqual([]);
    const row = added.view.figures!.rows.find((r) => r.code === 'DAN_SO')!;
    // Column F (Quý II – KH), as chosen: the plan, 1.2 × the figure.
    expect(row.current).toBe(writeFigure(Math.round(communeFigure(SET, 3, 'DAN_SO', 'current') * 1.2)));
    expect(added.view.grid.find((r) => r.unit === communeName(3))!.status).toBe('on-time');
  });

  it('counts nothing of a file with words where a figure belongs or formulas never computed, naming the cells', async () => {
    const { core, id } = await consolidation();
    const words = await communeWorkbook(SET, 1, communeName(1), { textIn: 'HS1' });
    const uncomputed = await communeWorkbook(SET, 2, communeName(2), { uncomputed: true });
    const added = await core.call('consolidations.addInputs', {
      id,
      files: [
        { fileName: 'phu-hoa.xlsx', base64: b64(words) },
        { fileName: 'tan-lap.xlsx', base64: b64(uncomputed) },
      ],
    });
    expect(added.added).toEqual([]);
    expect(added.refused).toEqual([
      {
        fileName: 'phu-hoa.xlsx',
        reason: expect.stringMatching(/chưa được cộng: 1 ô cần sửa\. Ô G\d+ \(chỉ tiêu “Hồ sơ lĩnh vực 1 tiếp nhận”\) ghi “đang tổng hợp”/),
      },
      { fileName: 'tan-lap.xlsx', reason: expect.stringMatching(/chưa được cộng: 2 ô cần sửa\. Ô E\d+ .*công thức chưa được tính/) },
    ]);
    expect(added.view.received).toBe(0);
  });

  it('says a biểu mẫu of another Bộ chỉ tiêu has no row of this one, and counts nothing of it', async () => {
    const { core, id } = await consolidation();
    const other = await reviewSheet('gia.xlsx', fixture('hau-giang-gia-t01-2024.lo.xlsx'), SET, [], {});
    expect(other.message).toBe(
      'Không dòng nào trong tệp gia.xlsx khớp chỉ tiêu của bộ “Bộ chỉ tiêu báo cáo quý cấp xã”: kiểm tra tệp có đúng biểu mẫu, hoặc chọn đúng bộ chỉ tiêu.',
    );
    const added = await core.call('consolidations.addInputs', {
      id,
      files: [{ fileName: 'gia.xlsx', base64: b64(fixture('hau-giang-gia-t01-2024.lo.xlsx')) }],
    });
    expect(added.refused[0]!.reason).toContain('Không dòng nào trong tệp gia.xlsx khớp');
    expect(added.view.received).toBe(0);
  });

  it('asks for a Bộ chỉ tiêu before an Excel file is read', async () => {
    const core = testCore();
    const created = await core.call('consolidations.create', { period: 'quý II', deadline: null, units: ['Xã An Phú'], setId: null });
    await expect(
      core.call('consolidations.readSheet', { id: created.id, fileName: 'a.xlsx', base64: b64(await communeWorkbook(SET, 0, 'Xã An Phú')) }),
    ).rejects.toThrow('Chọn bộ chỉ tiêu trước khi thêm tệp Excel');
  });
});

describe('bad Excel files', () => {
  it('refuses a damaged .xlsx, a password-protected one, and a file that is no spreadsheet, naming the file', async () => {
    const good = await communeWorkbook(SET, 0, 'Xã An Phú');
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    await expect(readWorkbook('hong.xlsx', truncated)).rejects.toThrow('Không đọc được tệp hong.xlsx: tệp Excel bị hỏng');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]);
    await expect(readWorkbook('mat-khau.xlsx', ole)).rejects.toThrow('Tệp mat-khau.xlsx có mật khẩu');
    await expect(readWorkbook('ghi-chu.xlsx', Buffer.from('không phải Excel'))).rejects.toThrow('Không đọc được tệp ghi-chu.xlsx');
  });

  it('refuses a sheet too large to be a biểu mẫu without building it (a zip bomb of one repeated row)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await communeWorkbook(SET, 0, 'Xã An Phú'));
    const sheetName = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheetName)!.async('string');
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(800_000);
    zip.file(sheetName, xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(2_000_000);
    await expect(readWorkbook('bom.xlsx', bomb)).rejects.toThrow('Tệp bom.xlsx quá lớn để là một biểu mẫu số liệu');
  });
});

/** The filled file, where the biểu mẫu had one sheet to fill. */
function made(result: FilledTemplate | TemplateSheets): FilledTemplate {
  if ('chooseSheet' in result) throw new Error(`asked to choose among ${result.chooseSheet.map((s) => s.name).join(', ')}`);
  return result;
}

describe('the consolidated figures written into the higher level’s biểu mẫu', () => {
  it('asks which sheet when two of the biểu mẫu’s sheets hold the indicators, and fills the one chosen', async () => {
    const { core, id } = await consolidation();
    await core.call('consolidations.addInputs', {
      id,
      files: [{ fileName: '0.baocao', base64: b64(communePackage(SET, 0, new Date('2026-07-04T09:00:00Z'))) }],
    });
    const base64 = b64(await higherLevelTemplate(SET, ['Quý I', 'Quý II']));
    const asked = await core.call('consolidations.fillTemplate', { id, fileName: 'bieu.xlsx', base64 });
    expect(asked).toEqual({
      chooseSheet: [
        { name: 'Quý I', matched: 6 },
        { name: 'Quý II', matched: 6 },
      ],
    });
    const filled = made(await core.call('consolidations.fillTemplate', { id, fileName: 'bieu.xlsx', base64, sheet: 'Quý II' }));
    expect(filled.sheet).toBe('Quý II');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(filled.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.getWorksheet('Quý II')!.getCell('F4').value).toBe(communeFigure(SET, 0, 'DAN_SO', 'current'));
    expect(book.getWorksheet('Quý I')!.getCell('F4').value).toBeNull();
  });

  it('fills each indicator’s kỳ trước and kỳ này cells and keeps the title’s style, the merge, the formulas and the other sheet', async () => {
    const { core, id } = await consolidation();
    await core.call('consolidations.addInputs', {
      id,
      files: [0, 1].map((i) => ({ fileName: `${i}.baocao`, base64: b64(communePackage(SET, i, new Date('2026-07-04T09:00:00Z'))) })),
    });
    const filled = made(
      await core.call('consolidations.fillTemplate', { id, fileName: 'C:\\Bieu mau\\bieu-01.xlsx', base64: b64(await higherLevelTemplate(SET)) }),
    );
    expect(filled.fileName).toBe('bieu-01 - tong hop.xlsx');
    expect(filled.sheet).toBe('Biểu 01');
    expect(filled.filled.map((f) => f.code)).toEqual(['DAN_SO', 'BQ_THU_NHAP', 'HS1', 'HS1_DH', 'HS2']);
    expect(filled.formulas).toEqual(['E8', 'F8']);
    expect(filled.missing).toEqual([]);

    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(filled.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Biểu 01']);
    const sheet = book.getWorksheet('Biểu 01')!;
    const sum = (code: string, period: 'previous' | 'current') => communeFigure(SET, 0, code, period) + communeFigure(SET, 1, code, period);
    expect(sheet.getCell('F4').value).toBe(sum('DAN_SO', 'current'));
    expect(sheet.getCell('E6').value).toBe(sum('HS1', 'previous'));
    expect(sheet.getCell('F8').value).toMatchObject({ formula: 'F7/F6' });
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 14 });
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getColumn(3).width).toBe(42);
  });

  it.skipIf(!withLibreOffice)('fills a real office’s blank .xls biểu mẫu, and LibreOffice reads the figures back', async () => {
    const { fillTemplate } = await import('../../electron/core/consolidations/fill-template');
    const figures = new Map([
      ['01.0001', { previous: 13_000, current: 16_000 }],
      ['01.0005', { previous: 180_000, current: 182_500 }],
    ]);
    const filled = made(await fillTemplate('hau-giang-bieu-mau-t07-2022.xls', fixture('hau-giang-bieu-mau-t07-2022.xls'), PRICES, figures, {}));
    expect(filled.filled.map((f) => [f.code, f.row])).toEqual([
      ['01.0001', 7],
      ['01.0005', 11],
    ]);
    const csv = convertWithLibreOffice({ name: 'bieu.xlsx', bytes: Buffer.from(filled.base64, 'base64') }, 'Text - txt - csv (StarCalc)', 'csv');
    const lines = csv.toString('latin1').split('\n');
    expect(lines[6]).toMatch(/^1,01\.0001,.*,13000,16000,/);
    expect(lines[10]).toMatch(/^5,01\.0005,.*,180000,182500,/);
    // The titles above the table are as the office wrote them.
    expect(lines[2]).toMatch(/^B.NG GI. TH. TR..NG TH.NG 7 N.M 2022/);
  });
});
