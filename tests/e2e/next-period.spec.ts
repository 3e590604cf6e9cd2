/** June's report starts from May's in one click, and May's text of each part stands beside June's editor. */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';

test('"Tạo kỳ sau từ báo cáo này" opens next period’s report, and last period’s text can be copied in part by part', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 10 năm 2026');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Trong tháng, xã đã tiếp nhận 215 hồ sơ trực tuyến.');
  await app.waitSaved();
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();

  const row = page.getByRole('row').filter({ hasText: 'tháng 10 năm 2026' }).first();
  await row.getByRole('button', { name: /^Tạo báo cáo kỳ sau từ/ }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('tháng 11 năm 2026');
  await expect(page.getByLabel('Số (để trống cho văn thư)')).toHaveValue('');
  await expect(page.getByLabel('Trích yếu (nội dung tóm tắt)')).toHaveValue(/tháng 11 năm 2026/);

  // The part comes with its content, and last period's text stands beside it.
  const june = await app.openResultsPart();
  await app.expectLines(app.editor(june), ['Trong tháng, xã đã tiếp nhận 215 hồ sơ trực tuyến.']);
  // October's figure is marked as last period's until the clerk updates the paragraph.
  await expect(app.editor(june).locator('.figure-carried')).toHaveText('215');
  await expect(app.editor(june).locator('.figure-carried')).toHaveAttribute('title', /Số liệu của kỳ trước/);
  await app.editor(june).fill('Nội dung tháng 11.');
  await expect(app.editor(june).locator('.figure-carried')).toHaveCount(0);
  const previous = page.locator('details.previous-period').first();
  await previous.locator('summary').click();
  await expect(previous).toContainText('Kỳ trước (tháng 10 năm 2026)');
  await previous.getByRole('button', { name: 'Chép đoạn 1 của kỳ trước vào phần này' }).click();
  await app.expectLines(app.editor(june), ['Nội dung tháng 11.', 'Trong tháng, xã đã tiếp nhận 215 hồ sơ trực tuyến.']);
  await app.waitSaved();
});
