/**
 * Pasting into the editor: from Word (HTML with an old .VnTime font, bold words, a colour, an
 * image, a table and a list), and a PDF's plain text with a dash list — each becomes the
 * report's own paragraphs, lists and tables; old-font text is converted and the clerk is told.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';
import { paste } from './pages/clipboard';

test('pasting from Word and from a PDF makes paragraphs, lists and tables, and converts .VnTime text', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'quý IV năm 2026');
  const area = await app.openResultsPart();
  const wordHtml =
    '<html><head><style>p.MsoNormal{font-family:".VnTime"}</style></head><body>' +
    '<p class="MsoNormal" style="font-family:\'.VnTime\'; color:red"><b>Céng hßa</b> x· héi chñ nghÜa ViÖt Nam.</p>' +
    '<img src="file:///C:/x.png">' +
    '<table><tr><td>ChØ tiªu</td><td>N¨m 2025</td></tr><tr><td>Hå s¬</td><td>1.523</td></tr></table>' +
    '<ul><li style="font-family:.VnTime">Tuyªn truyÒn;</li><li>KiÓm tra.</li></ul></body></html>';
  await paste(app.editor(area), { 'text/html': wordHtml, 'text/plain': 'Céng hßa x· héi chñ nghÜa ViÖt Nam.' });
  await expect(area.getByRole('status')).toContainText('Đã chuyển chữ từ phông TCVN3 (.VnTime) sang Unicode.');
  // The text before the table, the table in its grid, the list after it.
  await app.expectLines(app.editor(area), ['Cộng hòa xã hội chủ nghĩa Việt Nam.']);
  await expect(app.editor(area).locator('strong')).toHaveText('Cộng hòa');
  await expect(app.editor(area).locator('[style], img')).toHaveCount(0);
  await expect(area.getByLabel('Tiêu đề cột 1')).toHaveValue('Chỉ tiêu');
  await expect(area.getByLabel('Dòng 1, cột 2')).toHaveValue('1.523');
  const afterTable = app.editor(area, 2);
  await app.expectLines(afterTable, ['Tuyên truyền;', 'Kiểm tra.']);
  await expect(afterTable.locator('ul > li')).toHaveCount(2);

  // A PDF's plain text at the end: wrapped lines joined, dash lines as a list.
  await afterTable.click();
  await app.moveCaret('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list, as in Word
  const pdfText = 'Ủy ban nhân dân phường đã chỉ đạo\ncác tổ dân phố triển khai.\n\nKết quả:\n- Hoàn thành 12 chỉ tiêu;\n- Vượt 3 chỉ tiêu.';
  await paste(afterTable, { 'text/plain': pdfText });
  await app.expectLines(afterTable, [
    'Tuyên truyền;',
    'Kiểm tra.',
    'Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai.',
    'Kết quả:',
    'Hoàn thành 12 chỉ tiêu;',
    'Vượt 3 chỉ tiêu.',
  ]);
  await expect(afterTable.locator('ul > li')).toHaveCount(4);
  await app.waitSaved();

  // Undo takes the whole paste back (with the two Enters typed within the same moment).
  await page.keyboard.press('Control+Z');
  await app.expectLines(afterTable, ['Tuyên truyền;', 'Kiểm tra.']);
  await page.keyboard.press('Control+Y');
  await expect(afterTable.locator('ul > li')).toHaveCount(4);
});

test('a list copied from Word (paragraphs marked mso-list, with their own dash characters) becomes "-" and "+" items', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'quý I năm 2027');
  const area = await app.openResultsPart();
  const marker = (c: string) =>
    `<![if !supportLists]><span style='font-family:"Times New Roman";mso-list:Ignore'>${c}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>`;
  const wordHtml =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->' +
    '<p class=MsoNormal>Kết quả cụ thể:</p>' +
    `<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${marker('-')}<b>Tuyên truyền</b> sâu rộng;</p>` +
    `<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'>${marker('+')}Tổ chức 5 hội nghị;</p>` +
    `<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${marker('-')}Kiểm tra, giám sát.</p>` +
    '<!--EndFragment--></body></html>';
  await paste(app.editor(area), {
    'text/html': wordHtml,
    'text/plain': 'Kết quả cụ thể:\n-\tTuyên truyền sâu rộng;\n+\tTổ chức 5 hội nghị;\n-\tKiểm tra, giám sát.',
  });
  const editor = app.editor(area);
  await app.expectLines(editor, ['Kết quả cụ thể:', 'Tuyên truyền sâu rộng;', 'Tổ chức 5 hội nghị;', 'Kiểm tra, giám sát.']);
  await expect(editor.locator(':scope > ul > li')).toHaveCount(2);
  await expect(editor.locator('ul ul li')).toHaveText(['Tổ chức 5 hội nghị;']);
  await expect(editor.locator('strong')).toHaveText('Tuyên truyền');
});
