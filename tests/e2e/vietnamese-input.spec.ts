/**
 * Vietnamese input must never break. Three ways text arrives — direct insertion, a Telex
 * sequence as Unikey/EVKey send it (keys, then Backspace and the replacement letters), and IME
 * composition (Windows' own Telex, driven through the Chrome DevTools Protocol) — into a
 * paragraph after existing text, after toggling bold, at the start of a line, in dash items,
 * into a table cell and into a header field. Each must leave exactly the intended text: no doubled or lost letters.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/app.page';
import { typeLikeUnikey } from './pages/unikey';
import { paste } from './pages/clipboard';

type Method = 'insertText' | 'unikey-telex' | 'ime-composition';

/** "việt" through an IME: composition updates, then the commit. */
async function typeWithIme(page: Page): Promise<void> {
  // Count the composition events, to be sure this path really went through the IME machinery.
  await page.evaluate(() => {
    const g = globalThis as unknown as { __compositions?: number; document: { addEventListener(t: string, f: () => void, c: boolean): void } };
    if (g.__compositions === undefined) {
      g.__compositions = 0;
      g.document.addEventListener('compositionupdate', () => (g.__compositions = (g.__compositions ?? 0) + 1), true);
    }
  });
  const before = await page.evaluate(() => (globalThis as unknown as { __compositions: number }).__compositions);
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['v', 'vi', 'vie', 'viê', 'viêt', 'việt']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: 'việt' });
  await cdp.detach();
  const after = await page.evaluate(() => (globalThis as unknown as { __compositions: number }).__compositions);
  expect(after - before).toBeGreaterThanOrEqual(5);
}

async function typeViet(page: Page, method: Method): Promise<void> {
  if (method === 'insertText') await page.keyboard.insertText('việt');
  else if (method === 'unikey-telex') await typeLikeUnikey(page);
  else await typeWithIme(page);
}

const METHODS: Method[] = ['insertText', 'unikey-telex', 'ime-composition'];

for (const method of METHODS) {
  test(`Vietnamese typed by ${method} lands exactly, in every kind of field`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.createReport(/Báo cáo định kỳ/, 'năm 2026');

    // A header field.
    const body = page.getByLabel('Cơ quan ban hành');
    await body.fill(''); // another test may have set up a unit whose name prefills it
    await body.click();
    await page.keyboard.insertText('SỞ ');
    await typeViet(page, method);
    await expect(body).toHaveValue('SỞ việt');

    const area = await app.openResultsPart();
    const editor: Locator = app.editor(area);

    // After existing text.
    await editor.click();
    await page.keyboard.insertText('Người ');
    await typeViet(page, method);
    await app.expectLines(editor, ['Người việt']);

    // After toggling bold (Ctrl+B), and back: the bold word is exactly "việt", once.
    await page.keyboard.press('Control+B');
    await page.keyboard.insertText(' ');
    await typeViet(page, method);
    await page.keyboard.press('Control+B');
    await app.expectLines(editor, ['Người việt việt']);
    await expect(editor.locator('strong')).toHaveText(' việt');

    // At the start of a new paragraph.
    await page.keyboard.press('Enter');
    await typeViet(page, method);
    await page.keyboard.insertText(' Nam');
    await app.expectLines(editor, ['Người việt việt', 'việt Nam']);

    // At the very start of the text.
    await app.moveCaret('Control+Home');
    await typeViet(page, method);
    await page.keyboard.insertText(' ');
    await app.expectLines(editor, ['việt Người việt việt', 'việt Nam']);

    // In a dash item, and in a "+" item under it.
    await app.moveCaret('Control+End');
    await page.keyboard.press('Enter');
    await area.getByRole('button', { name: 'Gạch đầu dòng' }).click();
    await typeViet(page, method);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await typeViet(page, method);
    await app.expectLines(editor, ['việt Người việt việt', 'việt Nam', 'việt', 'việt']);
    await expect(editor.locator('ul ul li')).toHaveText(['việt']);

    // Inside a table cell.
    await area.getByRole('button', { name: '+ Bảng cuối phần' }).click();
    const cell = area.getByLabel('Dòng 1, cột 1');
    await cell.click();
    await typeViet(page, method);
    await expect(cell).toHaveValue('việt');

    // What reached the database is the same text and marks, in NFC.
    await app.waitSaved();
    await page.reload();
    await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
    await app.expectLines(app.editor(area), ['việt Người việt việt', 'việt Nam', 'việt', 'việt']);
    await expect(app.editor(area).locator('strong')).toHaveText(' việt');
    await expect(app.editor(area).locator('ul ul li')).toHaveText(['việt']);
    await expect(area.getByLabel('Dòng 1, cột 1')).toHaveValue('việt');
  });
}

for (const method of METHODS) {
  test(`the plain editor (the fallback for a troublesome input method) takes Vietnamese typed by ${method} exactly`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.createReport(/Báo cáo định kỳ/, 'tháng 5 năm 2027');
    const area = await app.openResultsPart();
    await area.getByRole('button', { name: 'Bộ gõ bị lỗi? Dùng ô chữ thường' }).click();
    const field = app.editor(area);
    await field.click();
    await page.keyboard.insertText('Người ');
    await typeViet(page, method);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('- ');
    await typeViet(page, method);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('+ ');
    await typeViet(page, method);
    await expect(field).toHaveValue('Người việt\n- việt\n+ việt');

    // The choice belongs to this machine: still plain after a reload; back to the rich editor on request.
    await app.waitSaved();
    await page.reload();
    await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
    await expect(app.editor(area)).toHaveValue('Người việt\n- việt\n+ việt');
    await area.getByRole('button', { name: 'Dùng ô soạn thảo có định dạng' }).click();
    await app.expectLines(app.editor(area), ['Người việt', 'việt', 'việt']);
    await expect(app.editor(area).locator('ul ul li')).toHaveText(['việt']);
  });
}

test('in a long part (120 paragraphs, far ones not laid out), Unikey typing lands exactly in new paragraphs at the end and in the middle', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2030');
  const area = await app.openResultsPart();
  const editor = app.editor(area);
  await editor.click();
  await paste(editor, { 'text/plain': Array.from({ length: 120 }, (_, i) => `Đoạn ${i + 1}.`).join('\n\n') });
  await expect.poll(async () => (await app.editorLines(editor)).length).toBe(120);
  await expect(editor.locator('.far-from-caret').first()).toBeAttached();
  for (let round = 0; round < 3; round += 1) {
    await app.moveCaret('Control+End');
    await page.keyboard.press('Enter');
    await typeViet(page, 'unikey-telex');
    await page.keyboard.insertText(' Nam');
  }
  const lines = await app.editorLines(editor);
  expect(lines.slice(-3)).toEqual(['việt Nam', 'việt Nam', 'việt Nam']);
  // In the middle: the caret's paragraph is never one of the far ones.
  await app.clickCaret(editor.locator('p', { hasText: /^Đoạn 60\.$/ }));
  await app.moveCaret('End');
  await page.keyboard.press('Enter');
  await typeViet(page, 'unikey-telex');
  await expect.poll(async () => (await app.editorLines(editor))[60]).toBe('việt');
});
