/**
 * Writing in the rich editor the way a clerk writes in Word: bold and italic from the keyboard
 * and the toolbar, dash items with "+" items under them (two levels, no more), a table put in
 * at the cursor, undo and redo, Ctrl+S — and all of it reaching the Word file as written.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { mammothHtml, mammothText } from '../support/docx-reader';
import { AppPage } from './pages/app.page';
import { paste } from './pages/clipboard';

test('marks, two list levels, a table at the cursor, undo/redo and Ctrl+S reach the Word file', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 2 năm 2027');
  await page.getByLabel('Cơ quan ban hành').fill('SỞ NỘI VỤ');
  const area = await app.openResultsPart();
  const editor = app.editor(area);
  const bold = area.getByRole('button', { name: 'Chữ đậm' });

  // Bold from the keyboard, italic from the toolbar; the buttons show what is on.
  await editor.click();
  await page.keyboard.insertText('Kết quả ');
  await page.keyboard.press('Control+B');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.insertText('nổi bật');
  await page.keyboard.press('Control+B');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await area.getByRole('button', { name: 'Chữ nghiêng' }).click();
  await page.keyboard.insertText(' trong năm');
  await area.getByRole('button', { name: 'Chữ nghiêng' }).click();
  await page.keyboard.insertText('.');
  await expect(editor.locator('strong')).toHaveText('nổi bật');
  await expect(editor.locator('em')).toHaveText(' trong năm');

  // A dash item, a "+" item under it; Tab once more does not make a third level.
  await page.keyboard.press('Enter');
  await area.getByRole('button', { name: 'Gạch đầu dòng' }).click();
  await page.keyboard.insertText('Tuyên truyền;');
  await page.keyboard.press('Enter');
  await area.getByRole('button', { name: 'Lùi vào thành ý +' }).click();
  await page.keyboard.insertText('Hội nghị');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(';');
  await expect(editor.locator('ul ul ul')).toHaveCount(0);
  await expect(editor.locator('ul ul li')).toHaveText(['Hội nghị;']);
  await app.expectLines(editor, ['Kết quả nổi bật trong năm.', 'Tuyên truyền;', 'Hội nghị;']);

  // Undo and redo from the keyboard.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => app.editorLines(editor)).not.toEqual(['Kết quả nổi bật trong năm.', 'Tuyên truyền;', 'Hội nghị;']);
  await page.keyboard.press('Control+Y');
  await app.expectLines(editor, ['Kết quả nổi bật trong năm.', 'Tuyên truyền;', 'Hội nghị;']);

  // Ctrl+S saves now, without waiting for the pause.
  await page.keyboard.press('Control+S');
  await expect(app.saveStatus()).toHaveAttribute('data-state', 'saved', { timeout: 2_000 });

  // A table at the cursor (end of the first paragraph) splits the text around it.
  await editor.locator('p').first().click();
  await app.moveCaret('End');
  await area.getByRole('button', { name: 'Chèn bảng tại con trỏ' }).first().click();
  await expect(area.getByLabel('Tiêu đề cột 1')).toHaveValue('Chỉ tiêu');
  await app.expectLines(app.editor(area), ['Kết quả nổi bật trong năm.']);
  await app.expectLines(app.editor(area, 2), ['Tuyên truyền;', 'Hội nghị;']);
  // Undo in the first half cannot bring back the text that moved below the table.
  await app.editor(area).click();
  await page.keyboard.press('Control+Z');
  await app.expectLines(app.editor(area), ['Kết quả nổi bật trong năm.']);
  await area.getByLabel('Dòng 1, cột 1').fill('Hồ sơ trực tuyến');

  // A list from a web page: nested items and their bold words kept.
  await app.step(/II\. Đánh giá/).click();
  const review = app.content('II. Đánh giá');
  await paste(app.editor(review), {
    'text/html': '<ul><li><p><b>Ưu điểm:</b> chủ động</p><ul><li>Kịp thời</li></ul></li><li>Hạn chế</li></ul>',
    'text/plain': 'Ưu điểm: chủ động\nKịp thời\nHạn chế',
  });
  await app.expectLines(app.editor(review), ['Ưu điểm: chủ động', 'Kịp thời', 'Hạn chế']);
  await expect(app.editor(review).locator('ul ul li')).toHaveText(['Kịp thời']);
  await expect(app.editor(review).locator('strong')).toHaveText('Ưu điểm:');

  await app.step('Người ký, nơi nhận').click();
  await page.getByLabel('Họ và tên người ký').fill('Phạm Thị Hoa');
  await app.waitSaved();

  // The print preview draws the same "-", "+" and bold as the Word file will have.
  await app.step('Xem trước bản in').click();
  const pages = page.getByRole('region', { name: /^Trang \d+$/ });
  await expect(pages.first()).toContainText('- Tuyên truyền;');
  await expect(pages.first()).toContainText('+ Hội nghị;');
  await expect(pages.first().getByText('nổi bật', { exact: true })).toHaveCSS('font-weight', '700');

  const download = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Xuất Word' }).click();
  await app.step('Xuất báo cáo').click();
  await page.getByRole('main').getByRole('button', { name: 'Xuất Word' }).click();
  const bytes = new Uint8Array(await readFile(await (await download).path()));
  const { text } = await mammothText(bytes);
  for (const piece of ['Kết quả nổi bật trong năm.', 'Chỉ tiêu', 'Hồ sơ trực tuyến', '- Tuyên truyền;', '+ Hội nghị;', '- Ưu điểm: chủ động', '+ Kịp thời'])
    expect(text).toContain(piece);
  const html = await mammothHtml(bytes);
  expect(html).toContain('Kết quả <strong>nổi bật</strong><em> trong năm</em>.');
  expect(html).toContain('- <strong>Ưu điểm:</strong> chủ động');
});

test('Shift+Enter starts a new paragraph instead of running two lines together', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 4 năm 2027');
  const editor = app.editor(await app.openResultsPart());
  await editor.click();
  await page.keyboard.insertText('Dòng một.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.insertText('Dòng hai.');
  await app.expectLines(editor, ['Dòng một.', 'Dòng hai.']);
});

test('"Chèn đoạn mẫu" is one undo step: Ctrl+Z takes the example back and keeps what was typed', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 9 năm 2026');
  const part = await app.openResultsPart();
  await app.addParagraph(part, 'Đoạn tôi đã gõ.');
  await app.waitSaved();
  await page.getByRole('button', { name: 'Chèn đoạn mẫu' }).first().click();
  const editor = app.editor(part);
  await expect.poll(async () => (await app.editorLines(editor)).length).toBe(2);
  await editor.click();
  await page.keyboard.press('Control+z');
  await app.expectLines(editor, ['Đoạn tôi đã gõ.']);
  await app.waitSaved();
  // Redo brings the example back.
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await app.editorLines(editor)).length).toBe(2);
});

test('a line set in the middle with Ctrl+E or "Canh giữa" stays centred on screen, in the preview and after reopening', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 5 năm 2027');
  const area = await app.openResultsPart();
  const editor = app.editor(area);
  const centre = area.getByRole('button', { name: 'Canh giữa' });
  await editor.click();
  await page.keyboard.insertText('BIỂU TỔNG HỢP KẾT QUẢ');
  await page.keyboard.press('Control+E');
  await expect(centre).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  // The next line is a new paragraph of the page's text: the button turns it back to justified.
  await expect(centre).toHaveAttribute('aria-pressed', 'true');
  await centre.click();
  await expect(centre).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.insertText('Số liệu tính đến ngày 30 tháng 4.');
  await expect(editor.locator('p').first()).toHaveCSS('text-align', 'center');
  await expect(editor.locator('p').nth(1)).not.toHaveCSS('text-align', 'center');
  await app.waitSaved();

  await app.step('Xem trước bản in').click();
  const first = page.getByRole('region', { name: /^Trang \d+$/ }).first();
  await expect(first.getByText('BIỂU TỔNG HỢP KẾT QUẢ', { exact: true })).toHaveCSS('text-align', 'center');
  await expect(first.getByText(/^Số liệu tính đến ngày 30 tháng 4/)).toHaveCSS('text-align', 'justify');

  // Saved with the report: opened again, the line is still centred.
  await page.reload();
  const again = app.editor(await app.openResultsPart());
  await expect(again.locator('p').first()).toHaveText('BIỂU TỔNG HỢP KẾT QUẢ');
  await expect(again.locator('p').first()).toHaveCSS('text-align', 'center');
});
