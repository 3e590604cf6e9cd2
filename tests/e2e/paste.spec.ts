/**
 * Pasting into a paragraph: from Word (HTML with an old .VnTime font, bold words, a list and a table), and several
 * paragraphs of plain text with a dash list — each becomes blocks of the report, old-font text
 * is converted and the clerk is told.
 */
import { expect, test, type Locator } from '@playwright/test';
import { AppPage } from './pages/app.page';

async function paste(field: Locator, data: Record<string, string>): Promise<void> {
  // Runs in the page; this file is type-checked without the DOM library, hence the casts.
  await field.evaluate((el, entries) => {
    const page = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const transfer = new page.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    el.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

test('pasting from Word and from a PDF makes paragraphs, lists and tables, and converts .VnTime text', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'quý IV năm 2026');
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  const area = app.content('I. Kết quả thực hiện nhiệm vụ');
  await area.getByRole('button', { name: '+ Đoạn văn' }).click();

  const wordHtml =
    '<html><head><style>p.MsoNormal{font-family:".VnTime"}</style></head><body>' +
    '<p class="MsoNormal" style="font-family:\'.VnTime\'"><b>Céng hßa</b> x· héi chñ nghÜa ViÖt Nam.</p>' +
    '<table><tr><td>ChØ tiªu</td><td>N¨m 2025</td></tr><tr><td>Hå s¬</td><td>1.523</td></tr></table>' +
    '<ul><li style="font-family:.VnTime">Tuyªn truyÒn;</li><li>KiÓm tra.</li></ul></body></html>';
  await paste(area.getByRole('textbox').first(), { 'text/html': wordHtml, 'text/plain': 'Céng hßa x· héi chñ nghÜa ViÖt Nam.' });
  await expect(area.getByRole('status')).toContainText('Đã chuyển chữ từ phông TCVN3 (.VnTime) sang Unicode.');
  await expect(area.getByRole('textbox', { name: /^Đoạn văn 1 của/ })).toHaveValue('Cộng hòa xã hội chủ nghĩa Việt Nam.');
  // The bold words from Word are kept for the Word file (the plain editor says it cannot show them).
  await expect(area.getByText('Đoạn này có chữ đậm/nghiêng (từ tệp nhập hoặc nội dung dán vào), được giữ khi xuất Word')).toBeVisible();
  await expect(area.getByLabel('Tiêu đề cột 1')).toHaveValue('Chỉ tiêu');
  await expect(area.getByLabel('Dòng 1, cột 2')).toHaveValue('1.523');
  await expect(area.getByRole('textbox', { name: /^Danh sách gạch đầu dòng/ })).toHaveValue('Tuyên truyền;\nKiểm tra.');

  await area.getByRole('button', { name: '+ Đoạn văn' }).click();
  const pdfText = 'Ủy ban nhân dân phường đã chỉ đạo\ncác tổ dân phố triển khai.\n\nKết quả:\n- Hoàn thành 12 chỉ tiêu;\n- Vượt 3 chỉ tiêu.';
  await paste(area.getByRole('textbox', { name: /^Đoạn văn \d+ của/ }).last(), { 'text/plain': pdfText });
  const paragraphs = area.getByRole('textbox', { name: /^Đoạn văn \d+ của/ });
  await expect(paragraphs.nth(1)).toHaveValue('Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai.');
  await expect(paragraphs.nth(2)).toHaveValue('Kết quả:');
  await expect(area.getByRole('textbox', { name: /^Danh sách gạch đầu dòng/ }).last()).toHaveValue('Hoàn thành 12 chỉ tiêu;\nVượt 3 chỉ tiêu.');
  await app.waitSaved();
});
