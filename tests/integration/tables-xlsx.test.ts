/**
 * "Xuất bảng số liệu ra Excel": the report's tables as a workbook a higher level can sum — figures
 * as numbers shown the Vietnamese way, the caption over the table, one sheet per table — read
 * back by exceljs and by LibreOffice Calc.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
import { testCore } from '../support/test-core';
import { convertWithLibreOffice, hasLibreOffice, mustRender } from '../support/libreoffice';

/** The workbook of an exported file (exceljs takes the bytes as an ArrayBuffer). */
async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(base64, 'base64');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

async function reportWithTables() {
  const core = testCore();
  const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'năm 2026' });
  await core.edit('sections.update', {
    reportId: r.id,
    sectionId: r.sections[0]!.id,
    blocks: [
      textParagraph('Kết quả thực hiện các chỉ tiêu như sau:'),
      {
        type: 'indicators',
        caption: 'Bảng 1. Kết quả thực hiện các chỉ tiêu',
        previousLabel: 'Năm 2025',
        currentLabel: 'Năm 2026',
        rows: [
          { name: 'Số hồ sơ giải quyết trực tuyến', unit: 'hồ sơ', previous: '2.766', current: '3.120' },
          { name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', previous: '96,5', current: '98,2' },
        ],
      },
    ],
  });
  await core.edit('sections.update', {
    reportId: r.id,
    sectionId: r.sections[1]!.id,
    blocks: [
      {
        type: 'table',
        caption: 'Bảng 2. Thu ngân sách',
        header: ['Nguồn thu', 'Số tiền (triệu đồng)'],
        rows: [
          ['Thuế', '120.000'],
          ['Phí, lệ phí', '8.500,5'],
        ],
      },
    ],
  });
  return { core, id: r.id };
}

describe('the report’s tables as an Excel workbook', () => {
  it('one sheet per table, in order; figures are numbers with a Vietnamese display, names are text', async () => {
    const { core, id } = await reportWithTables();
    const file = await core.call('export.xlsx', { id });
    expect(file.fileName).toMatch(/^BC-.+\.bang-so-lieu\.xlsx$/);
    expect(file.tables).toBe(2);
    const workbook = await workbookOf(file.base64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Bảng 1', 'Bảng 2']);
    const first = workbook.getWorksheet('Bảng 1')!;
    expect(first.getCell('A1').value).toBe('Bảng 1. Kết quả thực hiện các chỉ tiêu');
    expect(first.getRow(3).values).toEqual([undefined, 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2026', 'So sánh']);
    expect(first.getCell('D4').value).toBe(2766);
    expect(first.getCell('E4').value).toBe(3120);
    expect(first.getCell('E4').numFmt).toBe('#,##0');
    expect(first.getCell('E5').value).toBe(98.2);
    expect(first.getCell('B4').value).toBe('Số hồ sơ giải quyết trực tuyến');
    const second = workbook.getWorksheet('Bảng 2')!;
    expect(second.getCell('B5').value).toBe(8500.5);
    expect(second.getCell('A4').value).toBe('Thuế');
  });

  it('a report with no table is told so, in Vietnamese', async () => {
    const core = testCore();
    const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'năm 2026' });
    await expect(core.call('export.xlsx', { id: r.id })).rejects.toThrow(
      'Báo cáo chưa có bảng số liệu nào. Hãy thêm bảng chỉ tiêu hoặc bảng vào một phần rồi xuất lại.',
    );
  });

  it.skipIf(!hasLibreOffice() && !mustRender)('LibreOffice Calc reads the figures as numbers it can sum', async () => {
    const { core, id } = await reportWithTables();
    const file = await core.call('export.xlsx', { id });
    // Calc's own formula over the figures: it fails on text, sums numbers.
    const workbook = await workbookOf(file.base64);
    workbook.getWorksheet('Bảng 1')!.getCell('E7').value = { formula: 'SUM(E4:E4)*2' };
    const withSum = Buffer.from(await workbook.xlsx.writeBuffer());
    const csv = convertWithLibreOffice({ name: 'bang.xlsx', bytes: withSum }, 'Text - txt - csv (StarCalc):44,34,76,1', 'csv').toString('utf8');
    expect(csv).toContain('Số hồ sơ giải quyết trực tuyến');
    expect(csv).toMatch(/6240|6,240|6\.240/);
  });
});
