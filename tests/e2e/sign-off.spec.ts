/** Trình ký: a bản trình out, the leader's Word edits back change by change, then approved and published. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';

async function leaderEdits(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let doc = await zip.file('word/document.xml')!.async('string');
  doc = doc.replace('giải quyết 312 hồ sơ', 'giải quyết 315 hồ sơ');
  doc = doc.replace(
    'Hạ tầng mạng còn yếu.</w:t></w:r>',
    'Hạ tầng mạng còn yếu.</w:t></w:r><w:ins w:id="5" w:author="Phó Chủ tịch Lê Minh"><w:r><w:t xml:space="preserve"> Cần đầu tư trong quý tới.</w:t></w:r></w:ins>',
  );
  zip.file('word/document.xml', doc);
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

test('a bản trình goes to the leader and comes back: each change accepted or rejected, then Đã duyệt and Đã phát hành', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, `tháng 11 năm 2026 (trình ký ${Date.now()})`);
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Trong tháng, xã đã giải quyết 312 hồ sơ đúng hạn.');
  await app.addParagraph(area, 'Hạ tầng mạng còn yếu.');
  await app.addParagraph(area, 'Các thôn hoàn thành kế hoạch.');
  await app.waitSaved();
  await app.step('Xuất báo cáo').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bản trình' }).click();
  const sent = await download;
  expect(sent.suggestedFilename()).toMatch(/-ban-trinh-1\.docx$/);
  await expect(page.getByTestId('report-state')).toHaveText('Đã trình');

  const returned = await leaderEdits(readFileSync(await sent.path()));
  await page
    .getByLabel('Chọn bản đã sửa')
    .setInputFiles({ name: 'ban-trinh-da-sua.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: returned });
  const review = page.getByRole('region', { name: 'Sửa đổi của lãnh đạo' });
  await expect(review).toContainText('2 thay đổi');
  await expect(review.locator('ins').first()).toHaveText('315');
  await expect(review).toContainText('đề xuất (theo dõi thay đổi) của Phó Chủ tịch Lê Minh');
  // The clerk takes the figure and leaves the suggestion.
  await review.getByRole('checkbox', { name: /Hạ tầng mạng còn yếu/ }).uncheck();
  await review.getByRole('button', { name: 'Áp dụng các thay đổi đã chọn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhận 1/2 thay đổi' })).toBeVisible();
  await app.openResultsPart();
  await app.expectLines(app.editor(app.content('I. Kết quả thực hiện nhiệm vụ')), [
    'Trong tháng, xã đã giải quyết 315 hồ sơ đúng hạn.',
    'Hạ tầng mạng còn yếu.',
    'Các thôn hoàn thành kế hoạch.',
  ]);

  await app.step('Xuất báo cáo').click();
  await page.getByRole('button', { name: 'Đánh dấu đã duyệt' }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Đã duyệt');
  await page.getByRole('button', { name: 'Phát hành…' }).click();
  await page.getByLabel('Số văn bản (văn thư cấp)').fill('27');
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('05/12/2026');
  await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Đã phát hành');
  await expect(page.getByRole('list', { name: 'Diễn biến trình ký' })).toContainText('Đã phát hành: số 27, ngày 05/12/2026');
  await expect(page.getByTestId('topbar-state')).toHaveText('Đã phát hành', { timeout: 10_000 });
  // Thông tin văn bản: ready to register.
  const card = page.getByRole('table', { name: 'Thông tin văn bản' });
  await expect(card.getByRole('row', { name: /^Số/ }).first()).toContainText('27');
});

test('a published report is locked on screen; "Tạo phiên bản mới" makes version 2, and the two link to each other in the wizard and the list', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const period = `tháng 12 năm 2026 (phát hành ${Date.now()})`;
  await app.createReport(/Báo cáo định kỳ/, period);
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Thu ngân sách đạt 257.942 triệu đồng.');
  await app.waitSaved();
  await app.step('Xuất báo cáo').click();
  await page.getByRole('button', { name: 'Phát hành…' }).click();
  await page.getByLabel('Số văn bản (văn thư cấp)').fill('31');
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('20/12/2026');
  await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Đã phát hành');

  // The editing steps are read-only, with one line that says why.
  await app.openResultsPart();
  const lock = page.getByTestId('published-lock');
  await expect(lock).toContainText('Báo cáo đã phát hành (số 31/');
  await expect(lock).toContainText('ngày 20/12/2026) nên không sửa được nữa');
  const editor = app.editor(app.content('I. Kết quả thực hiện nhiệm vụ'));
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await editor.click();
  await page.keyboard.type('chữ gõ thêm');
  await app.expectLines(editor, ['Thu ngân sách đạt 257.942 triệu đồng.']);
  await expect(page.getByRole('button', { name: '+ Thêm phần' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Xóa/ }).first()).toBeDisabled();
  await expect(page.getByRole('toolbar')).toHaveCount(0);

  // A new version to edit: it says whose version it is, and the published one links to it.
  await lock.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await expect(page.getByTestId('version-of')).toContainText('Phiên bản 2 của báo cáo số 31/');
  await expect(page.getByTestId('published-lock')).toHaveCount(0);
  await page.getByTestId('version-of').getByRole('button', { name: 'Mở bản đã phát hành' }).click();
  await expect(page.getByTestId('published-lock')).toContainText('Đã có phiên bản 2');
  await page.getByTestId('published-lock').getByRole('button', { name: 'Mở phiên bản 2' }).click();
  await expect(page.getByTestId('version-of')).toBeVisible();

  // In the list the two rows are told apart.
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  const rows = page.getByRole('row').filter({ hasText: period });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ has: page.getByTestId('ghi-chu-version') }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Phiên bản 2 của báo cáo số 31/' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Đã có phiên bản mới' })).toHaveCount(1);
});
