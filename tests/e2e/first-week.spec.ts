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
  await app.openIndicatorBuilder(area);
  await app.fillIndicatorRow(area, 1, {
    name: 'Số hồ sơ giải quyết trực tuyến trên Cổng dịch vụ công của tỉnh, kể cả hồ sơ liên thông',
    unit: 'hồ sơ',
    previous: '2766',
    current: '3120',
  });
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
  await app.openIndicatorBuilder(area);
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

test('a long trích yếu and a long part title are shown whole, stay one line of text, and form fields use the screen’s font', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2027');
  const shownWhole = (el: Element) => {
    const box = el as unknown as { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number };
    return box.scrollHeight <= box.clientHeight + 2 && box.scrollWidth <= box.clientWidth + 2;
  };
  const summary = page.getByLabel('Trích yếu (nội dung tóm tắt)');
  const longSummary =
    'Kết quả thực hiện công tác cải cách hành chính, chuyển đổi số và xây dựng chính quyền điện tử, chính quyền số trên địa bàn tỉnh năm 2027, phương hướng, nhiệm vụ năm 2028';
  await summary.fill(longSummary);
  expect(await summary.evaluate(shownWhole)).toBe(true);
  // Enter does not break a trích yếu (the Word file lays it out itself).
  await summary.press('End');
  await summary.press('Enter');
  await expect(summary).toHaveValue(longSummary);
  // The form's fields read in the screen's font; only the body text is in the document's font.
  const fontOf = (el: Element) => getComputedStyle(el).fontFamily;
  const screenFont = await page.getByLabel('Kỳ báo cáo').evaluate(fontOf);
  expect(await summary.evaluate(fontOf)).toBe(screenFont);
  expect(await page.getByLabel('Cơ quan ban hành').evaluate(fontOf)).toBe(screenFont);

  await app.openResultsPart();
  const title = page.getByLabel(/^Tên phần /);
  await title.fill('Kết quả triển khai các nhiệm vụ trọng tâm về cải cách thủ tục hành chính, hiện đại hóa nền hành chính và chuyển đổi số năm 2027');
  expect(await title.evaluate(shownWhole)).toBe(true);
  await app.waitSaved();
  await page.reload();
  await app.step('Thông tin chung').click();
  await expect(page.getByLabel('Trích yếu (nội dung tóm tắt)')).toHaveValue(longSummary);
});

test('the keyboard reaches a step’s first field at once: a skip link first, the list of steps one Tab stop moved by arrows', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2027');
  await app.step('Thông tin chung').click();
  const focusedLabel = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.closest('label')?.querySelector('span')?.textContent ?? el.textContent ?? '').trim() : '';
    });
  // From the top of a freshly opened page: the first Tab lands on the skip link, Enter puts the caret in the step's first field.
  await page.reload();
  await expect(page.getByLabel('Thể thức trình bày')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Bỏ qua, đến nội dung bước này' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await focusedLabel()).toBe('Thể thức trình bày');

  // Without the skip link, the list of steps is one Tab stop: a handful of Tabs reach the first field.
  await page.reload();
  await expect(page.getByLabel('Thể thức trình bày')).toBeVisible();
  let tabs = 0;
  while ((await focusedLabel()) !== 'Thể thức trình bày' && tabs < 40) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(8);

  // In the list of steps the arrows move between steps; Enter opens one.
  const rail = page.getByRole('navigation', { name: 'Các bước' });
  await rail.getByRole('button', { name: /Thông tin chung/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rail.getByRole('button', { name: /Mở đầu, kết thúc/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rail.getByRole('button', { name: /Mở đầu, kết thúc/ })).toHaveAttribute('aria-current', 'step');
});
