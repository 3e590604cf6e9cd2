/**
 * Report files and refusals in browser mode: the host turns away a visit without the token, a
 * broken file gets a Vietnamese message naming the bad field, a good one opens ready to edit
 * and exports back as the same JSON.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppPage } from './pages/app.page';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'so-ket-phuong.report.json');

test('a visit without the access token is refused with directions', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(401);
  await expect(page.getByText('npm run web')).toBeVisible();
  const api = await page.request.post('/api/invoke', { data: { method: 'library.list', args: {} } });
  expect(api.status()).toBe(401);
});

test('a broken report file is refused with the path of the bad field; a good one opens and round-trips', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();

  const broken = JSON.parse(await readFile(FIXTURE, 'utf8')) as { header: { date: string } };
  broken.header.date = '31/06/2026';
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('header.date: ngày không hợp lệ');
  await expect(page.getByRole('alert')).toContainText('Hãy sửa tệp rồi nhập lại');

  await page.getByLabel('Chọn tệp báo cáo').setInputFiles(FIXTURE);
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG');
  await expect(page.getByLabel('Xem trước dòng số và ngày')).toContainText('Số: 05/BC-UBND');
  await expect(app.step(/II\. Kết quả thực hiện/)).toHaveAttribute('data-filled', 'yes');

  await app.step('Xuất báo cáo').click();
  await expect(page.locator('[data-check="part.empty"]')).toHaveText(['Phần "Nguyên nhân" còn trống nên sẽ không có trong tệp Word. (Nguyên nhân)']);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp báo cáo (.json)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('BC-so-ket-6-thang-dau-nam-2026.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  const original = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
  for (const key of ['format', 'profile', 'kind', 'header', 'signature', 'recipients']) expect(exported[key]).toEqual(original[key]);
});

test('switching to the Party profile changes the number form and the signing words', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'quý III năm 2026', 'Tổ chức Đảng (Hướng dẫn 05-HD/VPTW)');
  await expect(page.getByLabel('Trích yếu (nội dung tóm tắt)')).toHaveValue('kết quả công tác quý III năm 2026; phương hướng, nhiệm vụ kỳ tới');
  await page.getByLabel('Số (để trống cho văn thư)').fill('7');
  await page.getByLabel('Ký hiệu').fill('BC/ĐU');
  await expect(page.getByLabel('Xem trước dòng số và ngày')).toContainText('Số 07-BC/ĐU');
  await app.step('Người ký, nơi nhận').click();
  const authority = page.getByLabel('Quyền hạn ký');
  await expect(authority.getByRole('option', { name: /^T\/M/ })).toHaveCount(1);
  await expect(authority.getByRole('option', { name: /^TUQ\./ })).toHaveCount(0);
  await expect(page.getByLabel('Xem trước khối chữ ký')).toContainText('T/M BAN THƯỜNG VỤ');
  await app.waitSaved();
});

test('"Sao lưu ngay" makes a checked copy and says what it holds', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status')).toContainText(/Đã sao lưu \d+ báo cáo \(.*, đã kiểm tra đọc lại được\)\. Hiện có \d+ bản sao lưu\./);
});
