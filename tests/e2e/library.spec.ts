/** The library on the list: search without diacritics, Lưu trữ, Thùng rác. */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';

test('"Tìm trong các báo cáo" finds words typed without diacritics and opens the report at its part', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 9 năm 2026');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Vốn xây dựng nhà văn hóa thôn Phú Hòa đã giải ngân đủ.');
  await app.waitSaved();
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await page.getByRole('searchbox', { name: 'Tìm trong các báo cáo' }).fill('nha van hoa thon phu hoa');
  const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' });
  await expect(results.locator('mark')).toHaveText(['nhà văn hóa thôn Phú Hòa']);
  await results.getByRole('button', { name: 'Kết quả thực hiện nhiệm vụ' }).first().click();
  await expect(page.getByRole('heading', { name: 'I. Kết quả thực hiện nhiệm vụ' })).toBeVisible();
  await app.expectLines(app.editor(app.content('I. Kết quả thực hiện nhiệm vụ')), ['Vốn xây dựng nhà văn hóa thôn Phú Hòa đã giải ngân đủ.']);
});

test('a report is archived (still found), deleted to the Thùng rác, and restored from it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const period = `quý III năm 2026 (lưu trữ ${Date.now()})`;
  await app.createReport(/Báo cáo định kỳ/, period);
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Hoàn thành sáp nhập ấp Tân Lập vào ấp Tân Hòa.');
  await app.waitSaved();
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  const list = page.locator('table.report-list');
  const row = list.locator('tr').filter({ hasText: period });
  await row.getByRole('button', { name: /^Lưu trữ/ }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Tìm trong các báo cáo' }).fill('ap Tan Lap');
  await expect(page.getByRole('region', { name: 'Kết quả tìm kiếm' }).locator('.tag')).toHaveText('Lưu trữ');

  await page.getByRole('tab', { name: 'Lưu trữ' }).click();
  await row.getByRole('button', { name: /^Xóa/ }).click();
  await row.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('tab', { name: 'Thùng rác' }).click();
  await expect(page.getByText('giữ 30 ngày kể từ khi xóa')).toBeVisible();
  await row.getByRole('button', { name: /^Khôi phục/ }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('tab', { name: 'Lưu trữ' }).click();
  await expect(row).toHaveCount(1);
});

test('"Nhập từ tệp Word": the recognised report is shown beside the file’s lines, a line’s role is changed, and it is saved as a report', async ({ page }) => {
  const { corpusReports, foreignDocx } = await import('../support/import-corpus');
  const report = corpusReports().find((c) => c.name === 'so-ket-nghi-quyet/state')!.report;
  const bytes = Buffer.from(await foreignDocx(report, 'numbering'));
  const app = new AppPage(page);
  await app.open();
  await page
    .getByLabel('Chọn tệp Word')
    .setInputFiles({ name: 'bao-cao-quy-3.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
  await expect(page.getByRole('heading', { name: 'Nhập từ tệp Word: bao-cao-quy-3.docx' })).toBeVisible();
  await expect(page.getByText('Mọi dòng của tệp đã được xếp vào báo cáo.')).toBeVisible();
  const result = page.getByRole('complementary', { name: 'Báo cáo nhận ra' });
  await expect(result).toContainText('UBND TỈNH QUẢNG NGÃI / ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ');
  await expect(result.getByText('I. Công tác quán triệt, triển khai thực hiện')).toBeVisible();
  await expect(result.getByText('2. Hạn chế, tồn tại')).toBeVisible();

  // The clerk decides "Hạn chế, tồn tại" is not a heading here: it merges into the part above.
  const row = page.locator('.import-lines tr').filter({ hasText: /^Hạn chế, tồn tại/ });
  await row.getByRole('combobox').selectOption({ label: 'Đoạn văn' });
  await expect(result.getByText('Hạn chế, tồn tại')).toHaveCount(0);
  await expect(result.getByText('2. Nguyên nhân')).toBeVisible();

  await page.getByRole('button', { name: 'Lưu thành báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Trích yếu')).toHaveValue('Sơ kết quý III năm 2026');
});

test('"Nhập từ tệp Word, PDF": a Party body’s signed PDF is read like its Word file, said so, and saved as a report', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByLabel('Chọn tệp Word hoặc PDF').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'pdf', 'huongdan21.pdf'));
  await expect(page.getByRole('heading', { name: 'Nhập từ tệp PDF: huongdan21.pdf' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Đọc từ PDF' })).toBeVisible();
  const result = page.getByRole('complementary', { name: 'Báo cáo nhận ra' });
  await expect(result).toContainText('THÀNH UỶ HÀ NỘI / BAN TỔ CHỨC');
  await expect(result.getByText('I. THỜI GIAN THỰC HIỆN TRAO TẶNG HUY HIỆU ĐẢNG', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thành báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByLabel('Trích yếu')).toHaveValue('Thực hiện quy trình, thủ tục, tổ chức trao tặng Huy hiệu Đảng');
});

test('a file that is neither Word nor PDF is refused with a plain message, and nothing is added', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page
    .getByLabel('Chọn tệp Word hoặc PDF')
    .setInputFiles({ name: 'anh-chup.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('\x89PNG\r\n\x1a\n ảnh chụp', 'latin1') });
  await expect(page.getByRole('alert')).toContainText('không phải tệp Word (.docx, .doc) hay PDF');
  await expect(page.getByRole('heading', { name: 'Báo cáo của tôi' })).toBeVisible();
});

test('"Nhập từ tệp Word" of a list with no header or signer says so, and where to fill them in, before it is saved', async ({ page }) => {
  const { docxOf, b, p } = await import('../support/raw-docx');
  // A checklist sent on its own (Cục Hóa chất's "Checklist thẩm định"): no cơ quan, no số, no chữ ký.
  const bytes = Buffer.from(
    await docxOf(
      b('DANH MỤC HỒ SƠ THẨM ĐỊNH KẾ HOẠCH PHÒNG NGỪA SỰ CỐ HÓA CHẤT') +
        p('1. Văn bản đề nghị thẩm định của tổ chức, cá nhân.') +
        p('2. Kế hoạch phòng ngừa, ứng phó sự cố hóa chất.') +
        p('3. Bản sao giấy chứng nhận đăng ký doanh nghiệp.'),
    ),
  );
  const app = new AppPage(page);
  await app.open();
  await page
    .getByLabel('Chọn tệp Word')
    .setInputFiles({ name: 'danh-muc-ho-so.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
  await expect(page.getByRole('heading', { name: 'Nhập từ tệp Word: danh-muc-ho-so.docx' })).toBeVisible();
  await expect(page.getByText(/Tệp không có phần đầu \(tên cơ quan ban hành\) và chữ ký/)).toBeVisible();
  await expect(page.getByText(/điền ở bước “Thông tin chung” và “Người ký, nơi nhận”/)).toBeVisible();
  // Its title in capitals is its content, not a cơ quan.
  await expect(page.getByRole('complementary', { name: 'Báo cáo nhận ra' })).toContainText(/danh mục hồ sơ thẩm định/i);
  await page.getByRole('button', { name: 'Lưu thành báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
});

test('"Nhập từ tệp Word" of a biên bản signed by its thư ký and chủ tọa shows both, and the report keeps both', async ({ page }) => {
  const { docxOf, b, p, table, nationalColumn } = await import('../support/raw-docx');
  const bytes = Buffer.from(
    await docxOf(
      table([[[b('SỞ NỘI VỤ'), p('Số: 12/BB-SNV')], nationalColumn('Lâm Đồng, ngày 05 tháng 12 năm 2026')]]) +
        b('BIÊN BẢN') +
        b('Họp xét thi đua năm 2026') +
        p('Hội nghị thống nhất đề nghị khen thưởng 12 tập thể.') +
        table([
          [
            [b('THƯ KÝ'), p(''), b('Trần Thị Mai')],
            [b('CHỦ TỌA'), p(''), b('Nguyễn Văn An')],
          ],
        ]),
    ),
  );
  const app = new AppPage(page);
  await app.open();
  await page
    .getByLabel('Chọn tệp Word')
    .setInputFiles({ name: 'bien-ban-hop.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
  const found = page.getByRole('complementary', { name: 'Báo cáo nhận ra' });
  await expect(found).toContainText('CHỦ TỌA Nguyễn Văn An');
  await expect(found).toContainText('Người ký cùng thứ 1');
  await expect(found).toContainText('THƯ KÝ Trần Thị Mai');
  await expect(page.getByText('người ký cùng thứ 1', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thành báo cáo' }).click();
  await app.step('Người ký, nơi nhận').click();
  await expect(page.getByLabel('Họ và tên người ký').first()).toHaveValue('Nguyễn Văn An');
  await expect(page.getByRole('group', { name: 'Người ký cùng thứ 1' }).getByLabel('Họ và tên người ký')).toHaveValue('Trần Thị Mai');
});
