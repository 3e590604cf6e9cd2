/** Print preview: A4 pages from the same view model as the Word file, numbered from page 2. */
import { expect, test } from '@playwright/test';
import { longReport } from '../support/fixtures';
import { AppPage } from './pages/app.page';

test('the preview shows the header on page 1 without a number and numbers the following pages', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page
    .getByLabel('Chọn tệp báo cáo')
    .setInputFiles({ name: 'dai.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(longReport(6))) });
  await app.step('Xem trước bản in').click();
  const pages = page.getByRole('region', { name: /^Trang \d+$/ });
  await expect(pages.first()).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(pages.first()).toContainText('Số: 05/BC-UBND');
  await expect(pages.first()).toContainText('I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN');
  expect(await pages.count()).toBeGreaterThanOrEqual(3);
  await expect(pages.first().locator('.preview-page-number')).toHaveCount(0);
  await expect(pages.nth(1).locator('.preview-page-number')).toHaveText('2');
  await expect(pages.last()).toContainText('Nguyễn Văn An');
  await page.screenshot({ path: '.test-artifacts/preview.png', fullPage: false });
});

test('the preview and the Word file agree on where the signature falls: with the last paragraph, never alone', async ({ page }) => {
  const { sampleReport } = await import('../support/fixtures');
  const { exportReportDocx } = await import('../../electron/core/export/export-docx');
  const { hasLibreOffice, renderDocx } = await import('../support/libreoffice');
  const report = sampleReport();
  // Ends at the foot of a page: the case where the signature used to stand alone.
  report.sections = [
    {
      title: 'Kết quả',
      blocks: Array.from({ length: 18 }, (_, i) => ({
        type: 'paragraph' as const,
        text: `Đoạn ${i + 1}. ${'Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai đồng bộ các giải pháp. '.repeat(2)}`,
      })),
    },
  ];
  report.closing = [];
  const app = new AppPage(page);
  await app.open();
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles({ name: 'chu-ky.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await app.step('Xem trước bản in').click();
  const pages = page.getByRole('region', { name: /^Trang \d+$/ });
  await expect(pages.last()).toContainText('Nơi nhận');
  await expect(pages.last()).toContainText('Đoạn 18.');
  test.skip(!hasLibreOffice(), 'LibreOffice is not installed here');
  const { bytes } = await exportReportDocx(report, new Date());
  const rendered = renderDocx(bytes, 'preview-agrees');
  expect(await pages.count()).toBe(rendered.pages.length);
  expect(rendered.pages.at(-1)).toContain('Đoạn 18.');
});

test('"In" and Ctrl+P print the report’s A4 pages only, not the app around them', async ({ page }) => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const app = new AppPage(page);
  await app.open();
  await page
    .getByLabel('Chọn tệp báo cáo')
    .setInputFiles({ name: 'dai.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(longReport(6))) });
  // The imported report is open on its first step.
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  // Ctrl+P on another step opens the preview and prints from there (window.print is counted here).
  await page.evaluate(() => {
    const w = globalThis as unknown as { print: () => void; __printed: number };
    w.__printed = 0;
    w.print = () => (w.__printed += 1);
  });
  await page.keyboard.press('Control+p');
  await expect(app.step('Xem trước bản in')).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __printed: number }).__printed)).toBe(1);
  const previewPages = await page.getByRole('region', { name: /^Trang \d+$/ }).count();
  // What the printer gets: Chromium's own print of the page, as PDF.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'baocao-in-'));
  writeFileSync(join(dir, 'in.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'in.pdf')]).toString();
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(previewPages);
  expect(info).toMatch(/Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/);
  const text = execFileSync('pdftotext', [join(dir, 'in.pdf'), '-']).toString('utf8');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).not.toContain('Các bước');
  expect(text).not.toContain('Xuất Word');
});
