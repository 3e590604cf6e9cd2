/**
 * A higher level whose communes send what they have: one a package, one its signed report as a
 * PDF, one its figures in the biểu mẫu as .xlsx, one the same biểu mẫu saved by an old Excel as
 * .xls. Each Excel file is shown before it is counted — the unit, the columns, each indicator,
 * the rows not read — the PDF's table of figures is read like the Word file's, and the totals are
 * the four communes' figures added by hand; then they go up in the province's own biểu mẫu.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';
import { communeFigure, communeIndicatorSet, communeName, communePackage, communeReport, communeTotal } from '../support/commune-reports';
import { libreOfficePdf } from '../support/pdf-corpus';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { communeWorkbook, higherLevelTemplate } from '../support/commune-workbook';
import { convertWithLibreOffice, hasLibreOffice, mustRender } from '../support/libreoffice';
import { writeFigure } from '#shared/consolidation/figures';

const SET = communeIndicatorSet(6);
const file = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });

const asXls = (xlsx: Uint8Array) => convertWithLibreOffice({ name: 'bieu.xlsx', bytes: xlsx }, 'MS Excel 97', 'xls');

/** The four communes' sum as the screen writes it. */
const total = (code: string) => communeTotal(SET, code, [0, 1, 2, 3]);

test('communes send a package, a PDF, an .xlsx and an .xls; each Excel file is reviewed, then counted', async ({ page }) => {
  test.skip(!hasLibreOffice() && !mustRender, 'LibreOffice makes the PDF and the .xls');
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Tổng hợp báo cáo đơn vị' }).click();
  await page.getByRole('button', { name: '+ Đợt tổng hợp mới' }).click();
  await page.getByLabel('Kỳ báo cáo').fill(`quý II năm 2026 (Excel ${Date.now()})`);
  await page.getByLabel('Các đơn vị trực thuộc (mỗi dòng một đơn vị; giữ lại cho lần sau)').fill([0, 1, 2, 3, 4].map(communeName).join('\n'));
  await page.getByRole('button', { name: 'Tạo đợt tổng hợp' }).click();

  // The package brings the Bộ chỉ tiêu; the Excel files are read against it.
  const chooser = page.getByLabel('Chọn báo cáo của các đơn vị');
  await chooser.setInputFiles([file('an-phu.baocao', communePackage(SET, 0, new Date('2026-07-04T08:00:00Z')))]);
  const grid = page.getByRole('table', { name: 'Tình hình gửi báo cáo' });
  await expect(grid.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(1);
  // Bình Minh's signed report, printed to PDF: its table of figures counts like its Word file's.
  const pdf = libreOfficePdf((await exportReportDocx(communeReport(SET, 3), new Date('2026-07-04T00:00:00Z'))).bytes, 'docx');
  await chooser.setInputFiles([file('binh-minh.pdf', pdf)]);
  await expect(grid.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(2);
  await expect(grid.getByRole('row', { name: new RegExp(communeName(3)) })).toContainText('binh-minh.pdf');
  await chooser.setInputFiles([
    file('phu-hoa.xlsx', await communeWorkbook(SET, 1, communeName(1))),
    file('tan-lap.xls', asXls(await communeWorkbook(SET, 2, communeName(2)))),
  ]);

  // The .xlsx first: its unit found in the sheet, its columns by their periods, nothing counted yet.
  const review = page.getByRole('dialog', { name: 'Xem trước số liệu từ tệp phu-hoa.xlsx' });
  await expect(review).toBeVisible();
  await expect(review.getByLabel('Đơn vị gửi')).toHaveValue(communeName(1));
  await expect(review.getByLabel('Cột kỳ trước').locator('option:checked')).toHaveText('Cột E — Quý I năm 2026 – TH');
  await expect(review.getByLabel('Cột kỳ này').locator('option:checked')).toHaveText('Cột G — Quý II năm 2026 – TH');
  await expect(review).not.toContainText('được chọn theo thứ tự cột');
  await expect(review).toContainText('Còn 1 tệp Excel chờ xem.');
  const read = review.getByRole('table', { name: 'Số liệu đọc được' });
  await expect(read.getByRole('row')).toHaveCount(SET.indicators.length + 1);
  await expect(read.getByRole('row', { name: /Dân số/ })).toContainText(writeFigure(communeFigure(SET, 1, 'DAN_SO', 'current')));
  await expect(review.getByRole('list', { name: 'Các dòng không đọc' })).toContainText('“Dòng kiểm tra (ẩn)”: Dòng bị ẩn trong Excel');
  await expect(grid.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(2);
  await review.getByRole('button', { name: 'Đưa vào tổng hợp' }).click();

  // Then the .xls, as LibreOffice reads it.
  const second = page.getByRole('dialog', { name: 'Xem trước số liệu từ tệp tan-lap.xls' });
  await expect(second.getByLabel('Đơn vị gửi')).toHaveValue(communeName(2));
  await expect(second.getByRole('table', { name: 'Số liệu đọc được' }).getByRole('row', { name: /Dân số/ })).toContainText(
    writeFigure(communeFigure(SET, 2, 'DAN_SO', 'current')),
  );
  await second.getByRole('button', { name: 'Đưa vào tổng hợp' }).click();
  await expect(second).toBeHidden();

  await expect(grid.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(4);
  await expect(grid.getByRole('row', { name: new RegExp(communeName(4)) })).toContainText('Chưa gửi');
  const totals = page.getByRole('table', { name: 'Bảng tổng hợp chỉ tiêu' });
  for (const code of ['DAN_SO', 'HS1', 'HS1_DH']) await expect(totals.getByRole('row', { name: new RegExp(`^${code} `) })).toContainText(total(code));

  // The totals go up in the province's own biểu mẫu: its cells filled, a new file saved.
  // Its biểu mẫu has a sheet per quarter: the clerk is asked which to fill.
  await page.getByLabel('Chọn biểu mẫu Excel của cấp trên').setInputFiles([file('bieu-01.xlsx', await higherLevelTemplate(SET, ['Quý I', 'Quý II']))]);
  const choice = page.getByRole('dialog', { name: 'Chọn trang tính của biểu mẫu bieu-01.xlsx' });
  await choice.getByLabel('Trang tính').selectOption('Quý II');
  const download = page.waitForEvent('download');
  await choice.getByRole('button', { name: 'Điền vào trang này' }).click();
  const saved = await download;
  await expect(choice).toBeHidden();
  expect(saved.suggestedFilename()).toBe('bieu-01 - tong hop.xlsx');
  await expect(page.getByRole('status').filter({ hasText: 'Đã điền số liệu' })).toContainText('Đã điền số liệu 5 chỉ tiêu vào trang “Quý II”');
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await saved.path()) as unknown as ArrayBuffer);
  expect(writeFigure(book.getWorksheet('Quý II')!.getCell('F4').value as number)).toBe(total('DAN_SO'));
  expect(book.getWorksheet('Quý I')!.getCell('F4').value).toBeNull();
});
