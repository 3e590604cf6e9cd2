/** A unit's Excel biểu mẫu read into the Bộ chỉ tiêu: the header found, the periods told apart, every row accounted for. */
import { describe, expect, it } from 'vitest';
import { readSheetFigures, readWorkbookFigures, sheetReport, unitOfSheet } from '#shared/consolidation/sheet-figures';
import type { SheetCell, SheetGrid } from '#shared/consolidation/sheet-grid';
import { INDICATOR_SET_FORMAT, type IndicatorSet } from '#shared/domain/indicator-set';
import { readReportFile } from '#shared/report-format/read-report-file';

const SET: IndicatorSet = {
  format: INDICATOR_SET_FORMAT,
  name: 'Bộ chỉ tiêu cấp xã',
  indicators: [
    { code: 'DAN_SO', name: 'Dân số', unit: 'người', aggregate: 'sum' },
    { code: 'HS', name: 'Hồ sơ tiếp nhận', unit: 'hồ sơ', aggregate: 'sum' },
    { code: 'HS_DH', name: 'Hồ sơ giải quyết đúng hạn', unit: 'hồ sơ', aggregate: 'sum' },
    { code: 'TL_DH', name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', aggregate: 'rate', numeratorCode: 'HS_DH', denominatorCode: 'HS', scale: 100 },
    { code: 'GHI_CHU', name: 'Nhận xét chung', aggregate: 'text' },
  ],
};

/** A cell as the reader gives it: text as typed, or a number. */
const cell = (value: string | number | null, extra: Partial<SheetCell> = {}): SheetCell | null =>
  value === null ? null : typeof value === 'number' ? { text: String(value), number: value, ...extra } : { text: value, number: null, ...extra };
const copy = (text: string): SheetCell => ({ text, number: null, mergedCopy: true });

function grid(rows: (SheetCell | null)[][], options: { hidden?: number[]; name?: string; first?: number } = {}): SheetGrid {
  const first = options.first ?? 1;
  return {
    name: options.name ?? 'Biểu 01',
    hidden: false,
    hiddenColumns: [],
    rows: rows.map((cells, i) => ({ number: first + i, hidden: (options.hidden ?? []).includes(first + i), cells })),
  };
}

/** A commune's biểu mẫu: its name and the period above, a two-row header (years merged over KH/TH), the "(1) (2)" row. */
function communeSheet(): SheetGrid {
  return grid([
    [cell('UBND XÃ AN PHÚ'), copy('UBND XÃ AN PHÚ'), null, null, cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
    [cell('BIỂU TỔNG HỢP CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026')],
    [],
    [cell('STT'), cell('Chỉ tiêu'), cell('Đơn vị tính'), cell('Năm 2025'), copy('Năm 2025'), cell('Năm 2026'), copy('Năm 2026'), cell('Ghi chú')],
    [copy('STT'), copy('Chỉ tiêu'), copy('Đơn vị tính'), cell('KH'), cell('TH'), cell('KH'), cell('TH'), copy('Ghi chú')],
    [cell('(1)'), cell('(2)'), cell('(3)'), cell('(4)'), cell('(5)'), cell('(6)'), cell('-7'), cell('(8)')],
    [cell('I'), cell('DÂN SỐ VÀ HÀNH CHÍNH')],
    [cell(1), cell('Dân số (người)'), cell('người'), cell(12000), cell(11873), cell(12100), cell(12046)],
    [cell(2), cell('1.1. Số hồ sơ tiếp nhận'), cell('hồ sơ'), null, cell('1.234'), null, cell(' 1.502 ')],
    [cell(3), cell('Hồ sơ giải quyết đúng hạn'), cell('hồ sơ'), null, cell(1180), null, cell(1490, { text: '1490' })],
    [cell(4), cell('Tỷ lệ hồ sơ đúng hạn'), cell('%'), null, cell(95.62, { text: '95.62' }), null, cell(99.2)],
    [cell(5), cell('Số cuộc họp dân'), cell('cuộc'), null, cell(4), null, cell(6)],
    [cell(6), cell('Nhận xét chung'), null, null, cell('Ổn định'), null, cell('Tốt hơn cùng kỳ')],
  ]);
}

describe('reading a unit’s biểu mẫu', () => {
  it('reads each indicator’s row into the set, the latest year’s Thực hiện as kỳ này and the year before as kỳ trước', () => {
    const reading = readSheetFigures(communeSheet(), SET)!;
    expect(reading.headerRows).toEqual([4, 5]);
    expect(reading.figureColumns).toEqual({ previous: 4, current: 6, guessed: false });
    expect(reading.columns[4]!.header).toBe('Năm 2025 – TH');
    expect(reading.read.map((r) => [r.row, r.code, r.previous, r.current])).toEqual([
      [8, 'DAN_SO', '11.873', '12.046'],
      [9, 'HS', '1.234', '1.502'],
      [10, 'HS_DH', '1.180', '1.490'],
      [11, 'TL_DH', '95,62', '99,2'],
      [13, 'GHI_CHU', 'Ổn định', 'Tốt hơn cùng kỳ'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('lists every row it did not read, with why: the group heading, the row no indicator names', () => {
    const reading = readSheetFigures(communeSheet(), SET)!;
    expect(reading.unread).toEqual([
      { row: 7, text: 'I DÂN SỐ VÀ HÀNH CHÍNH', reason: expect.stringContaining('không có số liệu') },
      { row: 12, text: '5 Số cuộc họp dân', reason: expect.stringContaining('Không khớp chỉ tiêu') },
    ]);
  });

  it('tells kỳ trước from kỳ này by the headers’ words, whatever their order', () => {
    const sheet = grid([
      [cell('TT'), cell('Mã số'), cell('Nội dung'), cell('Kỳ này'), cell('Cùng kỳ năm trước'), cell('So sánh (%)')],
      [cell('1'), cell('HS'), cell('Tổng số hồ sơ'), cell(300), cell(250), cell(120)],
    ]);
    const reading = readSheetFigures(sheet, SET)!;
    expect(reading.figureColumns).toEqual({ previous: 4, current: 3, guessed: false });
    expect(reading.read).toEqual([expect.objectContaining({ code: 'HS', previous: '250', current: '300' })]);
  });

  it('reads figures typed the Vietnamese way as text ("1.234,5", "12,5%", "-" for none)', () => {
    const sheet = grid([
      [cell('STT'), cell('Chỉ tiêu'), cell('Kỳ trước'), cell('Kỳ này')],
      [cell(1), cell('Dân số'), cell('1.234,5'), cell('-')],
      [cell(2), cell('Tỷ lệ hồ sơ đúng hạn'), cell('12,5%'), cell('12.5 %')],
    ]);
    expect(readSheetFigures(sheet, SET)!.read.map((r) => [r.code, r.previous, r.current])).toEqual([
      ['DAN_SO', '1.234,5', ''],
      ['TL_DH', '12,5', '12,5'],
    ]);
  });

  it('takes two unnamed figure columns in their order and says the columns were guessed', () => {
    const sheet = grid([
      [cell('STT'), cell('Chỉ tiêu'), cell('Số liệu 1'), cell('Số liệu 2')],
      [cell(1), cell('Dân số'), cell(10), cell(11)],
    ]);
    const reading = readSheetFigures(sheet, SET)!;
    expect(reading.figureColumns).toEqual({ previous: 2, current: 3, guessed: true });
    // The clerk's choice in the review wins.
    expect(readSheetFigures(sheet, SET, { previous: null, current: 2 })!.read[0]).toMatchObject({ previous: '', current: '10' });
  });

  it('refuses to count a sheet whose figures are words or formulas never computed, naming the cells', () => {
    const sheet = grid([
      [cell('STT'), cell('Chỉ tiêu'), cell('ĐVT'), cell('Kỳ trước'), cell('Kỳ này')],
      [cell(1), cell('Dân số'), cell('người'), cell(100), cell('đang tổng hợp')],
      [cell(2), cell('Hồ sơ tiếp nhận'), cell('hồ sơ'), cell(1), { text: '', number: null, uncomputed: true }],
      [cell(3), cell('Hồ sơ giải quyết đúng hạn'), cell('hồ sơ'), cell(1), { text: '#DIV/0!', number: null, error: '#DIV/0!' }],
    ]);
    const reading = readSheetFigures(sheet, SET)!;
    expect(reading.problems).toEqual([
      expect.stringMatching(/^Ô E2 \(chỉ tiêu “Dân số”\) ghi “đang tổng hợp”, không phải con số/),
      expect.stringMatching(/^Ô E3 .*công thức chưa được tính/),
      expect.stringMatching(/^Ô E4 .*#DIV\/0!/),
    ]);
  });

  it('does not read a hidden row, and says so; reads an indicator once, naming the row it came from', () => {
    const sheet = grid(
      [
        [cell('STT'), cell('Chỉ tiêu'), cell('ĐVT'), cell('Kỳ trước'), cell('Kỳ này')],
        [cell(1), cell('Dân số'), cell('người'), cell(100), cell(110)],
        [cell(2), cell('Hồ sơ tiếp nhận'), cell('hồ sơ'), cell(5), cell(6)],
        [cell(3), cell('Dân số'), cell('người'), cell(1), cell(1)],
      ],
      { hidden: [3] },
    );
    const reading = readSheetFigures(sheet, SET)!;
    expect(reading.read.map((r) => r.code)).toEqual(['DAN_SO']);
    expect(reading.unread.map((u) => [u.row, u.reason])).toEqual([
      [3, expect.stringContaining('bị ẩn')],
      [4, 'Chỉ tiêu “Dân số” đã đọc ở dòng 2.'],
    ]);
  });

  it('has no table where no "Chỉ tiêu" column heads one (a title that says "chỉ tiêu" is not a header)', () => {
    expect(readSheetFigures(grid([[cell('Biểu số 01: Kết quả thực hiện chỉ tiêu'), cell('Đơn vị: Xã An Phú')]]), SET)).toBeNull();
  });
});

describe('a workbook of several sheets', () => {
  const other = { ...communeSheet(), name: 'Biểu 02' };
  const empty = grid([[cell('Hướng dẫn điền biểu')]], { name: 'Hướng dẫn' });

  it('reads the only sheet that holds the set’s indicators', () => {
    const result = readWorkbookFigures([empty, communeSheet()], SET);
    expect(result.reading?.sheet).toBe('Biểu 01');
    expect(result.sheets).toEqual([{ name: 'Biểu 01', matched: 5 }]);
  });

  it('asks which, when two sheets hold them; reads the one chosen', () => {
    const result = readWorkbookFigures([communeSheet(), other], SET);
    expect(result.reading).toBeNull();
    expect(result.sheets.map((s) => s.name)).toEqual(['Biểu 01', 'Biểu 02']);
    expect(readWorkbookFigures([communeSheet(), other], SET, { sheet: 'Biểu 02' }).reading?.sheet).toBe('Biểu 02');
  });
});

describe('the unit that sent the sheet', () => {
  const units = ['Xã An Phú', 'Xã An Phú Đông', 'Xã Phú Hòa'];
  it('is the listed unit named above the table', () => {
    expect(unitOfSheet(communeSheet(), 4, units, 'bieu-mau.xlsx')).toBe('Xã An Phú');
  });
  it('else the listed unit the file is named after; else what follows "Đơn vị:"; else the file’s name', () => {
    const bare = grid([[cell('STT'), cell('Chỉ tiêu'), cell('ĐVT')]]);
    expect(unitOfSheet(bare, 1, units, 'C:\\Nhan\\Xa_An_Phu_Dong.xlsx')).toBe('Xã An Phú Đông');
    const named = grid([[cell('Đơn vị báo cáo: Phường Nghĩa Lộ')], [cell('STT'), cell('Chỉ tiêu'), cell('ĐVT')]]);
    expect(unitOfSheet(named, 2, units, 'bieu.xlsx')).toBe('Phường Nghĩa Lộ');
    expect(unitOfSheet(bare, 1, units, 'bieu-01.xlsx')).toBe('bieu-01');
  });
});

describe('the sheet as a unit’s report', () => {
  it('is a valid report file whose indicator table carries the sheet’s period headers and the codes', () => {
    const reading = readSheetFigures(communeSheet(), SET)!;
    const file = sheetReport(reading, 'Xã An Phú', 'C:\\Nhan\\an-phu.xlsx');
    const checked = readReportFile(JSON.stringify(file));
    expect(checked.ok).toBe(true);
    expect(file.header).toMatchObject({ issuingBody: 'Xã An Phú', summary: 'Số liệu từ tệp an-phu.xlsx (trang tính “Biểu 01”)' });
    const block = file.sections[0]!.blocks![0]!;
    expect(block).toMatchObject({ type: 'indicators', previousLabel: 'Năm 2025 – TH', currentLabel: 'Năm 2026 – TH' });
  });
});

describe('periods of one year', () => {
  it('orders quarters, months and "6 tháng đầu năm" within a year', () => {
    const sheet = (a: string, b: string) =>
      grid([
        [cell('STT'), cell('Chỉ tiêu'), cell(a), cell(b)],
        [cell(1), cell('Dân số'), cell(10), cell(11)],
      ]);
    for (const [a, b] of [
      ['Quý II năm 2026', 'Quý I năm 2026'],
      ['9 tháng năm 2026', '6 tháng đầu năm 2026'],
      ['Tháng 12/2025', 'Tháng 11/2025'],
      ['Năm 2026', '6 tháng đầu năm 2026'],
    ])
      expect([a, readSheetFigures(sheet(a!, b!), SET)!.figureColumns]).toEqual([a, { previous: 3, current: 2, guessed: false }]);
  });
});
