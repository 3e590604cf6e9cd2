/** "Kiểm tra thể thức" in the app: open a Word file, read the findings. */
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppPage } from './pages/app.page';
import { RENDER_TIMEOUT_MS } from '../../electron/core/checker/layout/rendered-pages';

// A check lays the pages out with LibreOffice (seconds, more on a loaded PC): the test waits as
// long as the app itself does before it gives up on LibreOffice, never a guess of its own.
const checked = { timeout: RENDER_TIMEOUT_MS + 10_000 };

test('a clerk checks a received Word file and sees each defect with what is expected', async ({ page }) => {
  test.setTimeout(4 * checked.timeout);
  const app = new AppPage(page);
  await app.open();
  // Make a file the way an office would: export ours, then break two rules in it.
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'so-ket-phuong.report.json'));
  await app.step('Xuất báo cáo').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất Word' }).click();
  const good = await readFile(await (await downloadPromise).path());
  const zip = await JSZip.loadAsync(good);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('w:left="1701"', 'w:left="1417"').replace('Số: 05/BC-UBND', 'Số: 5/BC-UBND'));
  const broken = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));

  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await page.getByRole('button', { name: 'Kiểm tra thể thức tệp Word' }).click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra thể thức' })).toBeVisible();

  await page.getByLabel('Chọn tệp Word cần kiểm tra').setInputFiles({ name: 'bao-cao-dung.docx', mimeType: 'application/octet-stream', buffer: good });
  await expect(page.getByRole('status')).toHaveText('Đúng thể thức: không tìm thấy lỗi.', checked);

  await page.getByLabel('Chọn tệp Word cần kiểm tra').setInputFiles({ name: 'bao-cao-sai.docx', mimeType: 'application/octet-stream', buffer: broken });
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 2 lỗi thể thức.', checked);
  const margin = page.locator('tr[data-rule="page.margin-left"]');
  await expect(margin).toContainText('25 mm');
  await expect(margin).toContainText('30–35 mm');
  await expect(page.locator('tr[data-rule="number.zero-pad"]')).toContainText('Số: 05/BC-UBND');

  // An old .doc from another office (a real công văn of Công đoàn Giáo dục Việt Nam): checked on its text, and told so.
  await page.getByLabel('Chọn tệp Word cần kiểm tra').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'field', 'files', 'cv-172-2013-cdgdvn.doc'));
  await expect(page.getByText('Tệp .doc cũ được đọc phần chữ')).toBeVisible(checked);
  await expect(page.locator('tr[data-rule="date.day-pad"]')).toContainText('Hà Nội, ngày 09 tháng 8 năm 2013');
  await expect(page.locator('tr[data-rule="recipients.file-copy"]')).toContainText('- Lưu: VT, TG-NC.');
  await expect(page.locator('tr[data-rule="page.margin-left"]')).toHaveCount(0);

  await page
    .getByLabel('Chọn tệp Word cần kiểm tra')
    .setInputFiles({ name: 'ghi-chu.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải Word') });
  await expect(page.getByRole('alert')).toContainText('Lưu thành” .docx rồi kiểm tra lại', checked);

  // Several files at once — a period's reports from the units: one outcome each, in the order chosen, and a summary.
  await page.getByLabel('Chọn tệp Word cần kiểm tra').setInputFiles([
    { name: 'xa-an-phu.docx', mimeType: 'application/octet-stream', buffer: good },
    { name: 'xa-phu-hoa.docx', mimeType: 'application/octet-stream', buffer: broken },
    { name: 'ghi-chu.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải Word') },
  ]);
  await expect(page.getByText('Kết quả kiểm tra 3 tệp: 1 đúng thể thức, 1 có lỗi thể thức, 1 không kiểm tra được.')).toBeVisible(checked);
  await expect(page.getByRole('region', { name: /^Kết quả kiểm tra / }).getByRole('heading', { level: 2 })).toHaveText([
    'xa-an-phu.docx',
    'xa-phu-hoa.docx',
    'ghi-chu.docx',
  ]);
  await expect(page.getByRole('region', { name: 'Kết quả kiểm tra xa-phu-hoa.docx' }).getByRole('status')).toHaveText('Tìm thấy 2 lỗi thể thức.');
  await expect(page.getByRole('region', { name: 'Kết quả kiểm tra ghi-chu.docx' }).getByRole('alert')).toContainText('Lưu thành” .docx rồi kiểm tra lại');
});
