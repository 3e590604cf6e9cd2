/**
 * A unit sets itself up once; its next report starts filled in. The clerk then adds Kính gửi,
 * the Phần level and a phụ lục, and the Word file carries them.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { mammothText } from '../support/docx-reader';
import { AppPage } from './pages/app.page';

test('Đơn vị của tôi prefills a new report; Kính gửi, Phần and Phụ lục reach the Word file', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
  await page.getByLabel('Cơ quan chủ quản (cấp trên trực tiếp)').fill('UBND TỈNH QUẢNG NGÃI');
  await page.getByLabel('Cơ quan ban hành (đơn vị của tôi)').fill('SỞ NỘI VỤ');
  await page.getByLabel('Ký hiệu báo cáo').fill('BC-SNV');
  await page.getByLabel('Địa danh').fill('Quảng Ngãi');
  await page.getByLabel('Thay mặt / ký thay cho').fill('');
  await page.getByLabel('Quyền hạn ký thường dùng').selectOption('');
  await page.getByLabel('Chức vụ người ký').fill('GIÁM ĐỐC');
  await page.getByLabel('Họ và tên người ký').fill('Phạm Thị Hoa');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();

  await app.createReport(/Báo cáo định kỳ/, 'năm 2026');
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('SỞ NỘI VỤ');
  await expect(page.getByLabel('Ký hiệu')).toHaveValue('BC-SNV');
  await page.getByLabel(/^Kính gửi/).fill('Ủy ban nhân dân tỉnh Quảng Ngãi');
  await page.getByRole('checkbox', { name: /Chia thành các Phần/ }).check();
  await expect(app.step(/Phần thứ nhất Kết quả thực hiện nhiệm vụ/)).toBeVisible();
  await app.step(/Phần thứ nhất/).click();
  await page.getByRole('button', { name: '+ Thêm mục' }).click();
  await page.getByLabel('Tên I.').fill('Công tác tổ chức bộ máy');
  await app.addParagraph(app.content('I. Công tác tổ chức bộ máy'), 'Hoàn thành sắp xếp 3 phòng chuyên môn.');

  await app.step(/Phụ lục/).click();
  await page.getByRole('button', { name: '+ Thêm phụ lục' }).click();
  await page.getByLabel('Tên Phụ lục I').fill('Biểu tổng hợp số liệu');
  await app.addParagraph(app.content('Phụ lục I'), 'Số liệu chi tiết theo từng phòng.');
  await app.waitSaved();

  await app.step('Xuất báo cáo').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất Word' }).click();
  const bytes = new Uint8Array(await readFile(await (await downloadPromise).path()));
  const { text } = await mammothText(bytes);
  for (const piece of [
    'SỞ NỘI VỤ',
    'Số:',
    '/BC-SNV',
    'Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi',
    'Phần thứ nhất',
    'KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    'I. CÔNG TÁC TỔ CHỨC BỘ MÁY',
    '- Như trên;',
    'GIÁM ĐỐC',
    'Phạm Thị Hoa',
    'Phụ lục I',
    'BIỂU TỔNG HỢP SỐ LIỆU',
  ]) {
    expect(text).toContain(piece);
  }
});
