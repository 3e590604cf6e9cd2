/**
 * What a clerk tripped over in the first week, each shown fixed where the clerk meets it:
 * names in sentences, the date typed day first, the indicator table, a profile switch.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';

test('the unit’s name in sentences follows Nghị định 30, is prefilled, editable, and used by the opening sentence', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
  await page.getByLabel('Cơ quan ban hành (đơn vị của tôi)').fill('LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG');
  await expect(page.getByLabel('Tên đơn vị viết trong câu văn')).toHaveValue('Liên đoàn Lao động tỉnh Lâm Đồng');
  // The thể thức switched to Công đoàn: the state default "ỦY BAN NHÂN DÂN" does not stay in "Thay mặt".
  await page.getByLabel('Thể thức trình bày').selectOption({ label: 'Công đoàn (theo bố cục Nghị định 30)' });
  await expect(page.getByLabel('Thay mặt / ký thay cho')).toHaveValue('BAN THƯỜNG VỤ');
  await page.getByLabel('Tên đơn vị viết trong câu văn').fill('Liên đoàn Lao động tỉnh Lâm Đồng (Công đoàn Việt Nam)');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu');
  await page.reload();
  await expect(page.getByLabel('Tên đơn vị viết trong câu văn')).toHaveValue('Liên đoàn Lao động tỉnh Lâm Đồng (Công đoàn Việt Nam)');
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();

  await app.createReport(/Báo cáo định kỳ/, 'quý IV năm 2026', 'Công đoàn (theo bố cục Nghị định 30)');
  // The date is typed day first, whatever the browser's language.
  await page.getByLabel('Ngày ban hành (để trống cho văn thư)').fill('01052026');
  await expect(page.getByLabel('Xem trước dòng số và ngày')).toContainText('ngày 01 tháng 5 năm 2026');
  await page.getByLabel('Ngày ban hành (để trống cho văn thư)').fill('31/02/2026');
  await expect(page.getByRole('alert').filter({ hasText: 'Ngày chưa đúng' })).toBeVisible();
  await page.getByLabel('Ngày ban hành (để trống cho văn thư)').fill('');
  await expect(page.getByLabel('Xem trước dòng số và ngày')).toContainText('ngày     tháng     năm');
  await app.step('Mở đầu, kết thúc').click();
  await page.getByRole('button', { name: 'Soạn câu mở đầu từ thông tin chung' }).click();
  await expect(app.editor(app.content('Mở đầu'))).toContainText(', Liên đoàn Lao động tỉnh Lâm Đồng (Công đoàn Việt Nam) báo cáo');
  await app.waitSaved();
});

test('the indicator table: STT and Đơn vị tính kept, rates in percentage points, figures written vi-VN, rows kept across steps and deletable', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2027');
  let area = await app.openResultsPart();
  await area.getByText('Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)').click();
  await area.getByLabel('Chỉ tiêu 1', { exact: true }).fill('Số hồ sơ giải quyết trực tuyến trên Cổng dịch vụ công của tỉnh, kể cả hồ sơ liên thông');
  await area.getByLabel('Đơn vị 1').fill('hồ sơ');
  await area.getByLabel('Kỳ trước 1').fill('2766');
  await area.getByLabel('Kỳ này 1').fill('3120');
  await area.getByLabel('Đơn vị 1').click();
  await expect(area.getByLabel('Kỳ trước 1')).toHaveValue('2.766');
  await area.getByRole('button', { name: '+ Chỉ tiêu' }).click();
  await area.getByLabel('Chỉ tiêu 2', { exact: true }).fill('Tỷ lệ hồ sơ trực tuyến');
  await area.getByLabel('Đơn vị 2').fill('%');
  await area.getByLabel('Kỳ trước 2').fill('66');
  await area.getByLabel('Kỳ này 2').fill('82.5');
  await expect(area.getByTestId('so-sanh-2')).toHaveText('tăng 16,5 điểm phần trăm');
  await area.getByRole('button', { name: '+ Chỉ tiêu' }).click();
  await area.getByLabel('Chỉ tiêu 3', { exact: true }).fill('Chỉ tiêu nhập nhầm');
  // A long name wraps: the field grows instead of cutting the text.
  const nameField = area.getByLabel('Chỉ tiêu 1', { exact: true });
  expect(
    await nameField.evaluate(
      (el) => (el as unknown as { scrollHeight: number; clientHeight: number }).scrollHeight <= (el as unknown as { clientHeight: number }).clientHeight + 2,
    ),
  ).toBe(true);

  // Another step and back: the rows are still there.
  await app.step('Thông tin chung').click();
  area = await app.openResultsPart();
  await area.getByText('Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)').click();
  await expect(area.getByLabel('Chỉ tiêu 3', { exact: true })).toHaveValue('Chỉ tiêu nhập nhầm');
  await area.getByRole('button', { name: 'Xóa chỉ tiêu 3' }).click();
  await expect(area.getByLabel('Chỉ tiêu 3', { exact: true })).toHaveCount(0);

  await area.getByRole('button', { name: 'Chèn bảng vào báo cáo' }).click();
  // The builder is emptied once its table is in the report: one copy on screen, and no second insert.
  await expect(area.getByText('Đã chèn bảng vào phần này.')).toBeVisible();
  await expect(area.getByLabel('Chỉ tiêu 1', { exact: true })).toHaveValue('');
  await expect(area.getByRole('button', { name: 'Chèn bảng vào báo cáo' })).toBeDisabled();
  // In the report the table is data: each row's figures (and a code from the Bộ chỉ tiêu), the comparison worked out.
  await expect(area.getByLabel('Bảng chỉ tiêu: Kỳ trước 1')).toHaveValue('2.766');
  await expect(area.getByLabel('Bảng chỉ tiêu: Kỳ này 2')).toHaveValue('82,5');
  await expect(area.getByTestId('bang-so-sanh-2')).toHaveText('tăng 16,5 điểm phần trăm');
  await expect(area.getByLabel('Bảng chỉ tiêu: Đơn vị 2')).toHaveValue('%');
  // A figure typed the international way is written the Vietnamese way on leaving it.
  await area.getByLabel('Bảng chỉ tiêu: Kỳ này 1').fill('1234.5');
  await area.getByLabel('Bảng chỉ tiêu: Kỳ trước 1').click();
  await expect(area.getByLabel('Bảng chỉ tiêu: Kỳ này 1')).toHaveValue('1.234,5');
  await app.waitSaved();
});
