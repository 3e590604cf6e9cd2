/**
 * What goes out of a report beside the Word file's body: a footnote (chú thích cuối trang) written
 * in the editor — kept, shown at the page's foot in the preview, in the Word file — and the
 * report's tables as an Excel workbook.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';

test('a clerk adds a footnote after a figure, edits it, sees it at the foot of the page and in the Word file', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2026');
  await page.getByLabel('Cơ quan ban hành').fill('ỦY BAN NHÂN DÂN XÃ PHÚ HÒA');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Năm 2026, xã hoàn thành 18/20 chỉ tiêu chủ yếu');
  // The caret is at the end of the sentence: the number goes there.
  await area.getByRole('button', { name: 'Chèn chú thích cuối trang' }).click();
  const form = area.getByRole('group', { name: 'Chú thích cuối trang' });
  await form.getByRole('textbox').fill('Trước sáp nhập: hai xã Phú Hòa và Phú An.');
  await form.getByRole('button', { name: 'Chèn chú thích' }).click();
  const mark = area.getByLabel('Chú thích: Trước sáp nhập: hai xã Phú Hòa và Phú An.');
  await expect(mark).toHaveCount(1);
  await app.waitSaved();
  // Word's own key opens the same form; Hủy closes it and adds nothing.
  await app.editor(area).press('End');
  await app.editor(area).press('Control+Alt+f');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(form).toHaveCount(0);
  await expect(area.getByLabel(/^Chú thích: /)).toHaveCount(1);

  // Kept on reload; clicking the number edits it.
  await page.reload();
  const again = (await app.openResultsPart()).getByLabel(/^Chú thích: Trước sáp nhập/);
  await again.click();
  await page.getByRole('button', { name: 'Sửa chú thích cuối trang' }).click();
  const edit = page.getByRole('group', { name: 'Chú thích cuối trang' });
  await edit.getByRole('textbox').fill('Trước sáp nhập: hai xã Phú Hòa và Phú An (Nghị quyết số 1670/NQ-UBTVQH15).');
  await edit.getByRole('button', { name: 'Lưu chú thích' }).click();
  await expect(page.getByLabel('Chú thích: Trước sáp nhập: hai xã Phú Hòa và Phú An (Nghị quyết số 1670/NQ-UBTVQH15).')).toHaveCount(1);
  await app.waitSaved();

  // The preview prints it at the foot of the page that holds its number.
  await app.step('Xem trước bản in').click();
  const firstPage = page.getByRole('region', { name: 'Trang 1' });
  await expect(firstPage.locator('.preview-page-notes')).toContainText('1 Trước sáp nhập: hai xã Phú Hòa và Phú An (Nghị quyết số 1670/NQ-UBTVQH15).');
  await expect(firstPage.locator('.preview-footnote-ref')).toHaveText('1');

  // The Word file holds it as a Word footnote.
  await app.step('Người ký, nơi nhận').click();
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
  await app.waitSaved();
  const download = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Xuất Word' }).click();
  const zip = await JSZip.loadAsync(new Uint8Array(await readFile((await (await download).path()) as string)));
  expect(await zip.file('word/footnotes.xml')?.async('string')).toContain('Nghị quyết số 1670/NQ-UBTVQH15');
  expect((await zip.file('word/document.xml')?.async('string'))?.match(/<w:footnoteReference /g)).toHaveLength(1);
});

test('"Xuất bảng số liệu ra Excel" saves the report’s indicator table as a workbook whose figures are numbers', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2027');
  const area = await app.openResultsPart();
  await app.openIndicatorBuilder(area);
  await app.fillIndicatorRow(area, 1, { name: 'Số hồ sơ giải quyết trực tuyến', unit: 'hồ sơ', previous: '2766', current: '3120' });
  await area.getByRole('button', { name: 'Chèn bảng vào báo cáo' }).click();
  await app.waitSaved();
  await app.step('Xuất báo cáo').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bảng số liệu ra Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.bang-so-lieu\.xlsx$/);
  const bytes = await readFile((await file.path()) as string);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values = sheet
    .getSheetValues()
    .flat()
    .filter((v) => v !== undefined && v !== null);
  expect(values).toContain('Số hồ sơ giải quyết trực tuyến');
  expect(values).toContain(2766);
  expect(values).toContain(3120);
  await expect(page.getByText(/Đã xuất tệp .*bang-so-lieu\.xlsx/)).toBeVisible();
});
