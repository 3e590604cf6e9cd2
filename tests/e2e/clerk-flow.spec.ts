/**
 * The whole clerk flow in browser mode: create a report from the sơ kết template, fill the
 * header, write every part in Vietnamese (with sub-items added, renamed, reordered, removed),
 * enter the signer, export, and open the downloaded Word file.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { mammothText, paragraphsOf, readDocxParts } from '../support/docx-reader';
import { AppPage } from './pages/app.page';

test('a clerk writes a sơ kết report part by part and exports a Word file', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo sơ kết\/tổng kết/, '6 tháng đầu năm 2026');

  // Header, once per report.
  await page.getByLabel('Cơ quan chủ quản (cấp trên trực tiếp)').fill('UBND TỈNH QUẢNG NGÃI');
  await page.getByLabel('Cơ quan ban hành').fill('ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ');
  await page.getByLabel('Số (để trống cho văn thư)').fill('5');
  await page.getByLabel('Ký hiệu').fill('BC-UBND');
  await page.getByLabel('Địa danh').fill('Nghĩa Lộ');
  await page.getByLabel('Ngày ban hành (để trống cho văn thư)').fill('05/06/2026');
  await expect(page.getByLabel('Trích yếu (nội dung tóm tắt)')).toHaveValue('Sơ kết 6 tháng đầu năm 2026');
  await page.getByLabel('Trích yếu (nội dung tóm tắt)').fill('Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU');
  await expect(page.getByLabel('Xem trước dòng số và ngày')).toContainText('Số: 05/BC-UBND');
  await app.waitSaved();
  await expect(app.step('Thông tin chung')).toHaveAttribute('data-filled', 'yes');

  // I. Quán triệt: the hint shows, and a paragraph typed as a keyboard would.
  await app.step(/I\. Công tác quán triệt/).click();
  await expect(page.getByRole('note')).toContainText('quán triệt');
  await expect(app.step(/I\. Công tác quán triệt/)).toHaveAttribute('data-filled', 'no');
  await app.addParagraph(app.content('I. Công tác quán triệt'), 'Đảng ủy đã tổ chức hội nghị quán triệt cho 100% cán bộ, đảng viên.');
  await app.waitSaved();
  await expect(app.step(/I\. Công tác quán triệt/)).toHaveAttribute('data-filled', 'yes');

  // II. Kết quả: one sub-item per task; add three, rename, reorder, remove one.
  await app.step(/II\. Kết quả thực hiện/).click();
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: '+ Thêm mục con' }).click();
  await page.getByLabel('Tên 1.').fill('Về phát triển kinh tế');
  await page.getByLabel('Tên 2.').fill('Về xây dựng Đảng');
  await page.getByLabel('Tên 3.').fill('Mục thừa sẽ xóa');
  await app.addParagraph(app.content('1. Về phát triển kinh tế'), 'Tổng thu ngân sách đạt 1.523 triệu đồng, tăng 0,88% so với cùng kỳ.');
  await app.addParagraph(app.content('2. Về xây dựng Đảng'), 'Kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu.');
  await page.getByRole('button', { name: 'Đưa 2. lên' }).click();
  await expect(page.getByLabel('Tên 1.')).toHaveValue('Về xây dựng Đảng');
  await expect(page.getByLabel('Tên 2.')).toHaveValue('Về phát triển kinh tế');
  const third = page.locator('.subsection').filter({ has: page.getByLabel('Tên 3.') });
  await third.getByRole('button', { name: 'Xóa', exact: true }).click();
  await third.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByLabel('Tên 3.')).toHaveCount(0);
  await app.waitSaved();

  // III. Đánh giá chung: its four standard sub-items.
  await app.step(/III\. Đánh giá chung/).click();
  await app.addParagraph(app.content('1. Ưu điểm'), 'Cấp ủy quan tâm lãnh đạo, chỉ đạo sát sao.');
  await app.addParagraph(app.content('2. Hạn chế, tồn tại'), 'Một số chi bộ sinh hoạt chưa đều đặn.');
  await app.addParagraph(app.content('3. Nguyên nhân'), 'Nguyên nhân chủ quan là chính.');
  await app.addParagraph(app.content('4. Bài học kinh nghiệm'), 'Phát huy vai trò nêu gương của người đứng đầu.');

  // IV and V, with a dash list in IV.
  await app.step(/IV\. Phương hướng/).click();
  const directions = app.content('IV. Phương hướng');
  await app.editor(directions).click();
  await directions.getByRole('button', { name: 'Gạch đầu dòng' }).click();
  await page.keyboard.insertText('Tiếp tục đẩy mạnh chuyển đổi số;');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Tăng cường kiểm tra, giám sát');
  await app.step(/V\. Đề xuất, kiến nghị/).click();
  await app.addParagraph(app.content('V. Đề xuất, kiến nghị'), 'Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí.');
  await app.waitSaved();

  // Signer and nơi nhận.
  await app.step('Người ký, nơi nhận').click();
  await page.getByLabel('Quyền hạn ký').selectOption('TM.');
  await page.getByLabel('Thay mặt / ký thay cho').fill('Ủy ban nhân dân');
  await page.getByLabel('Chức vụ người ký').fill('Chủ tịch');
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
  await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('UBND tỉnh (b/c);\nThường trực Đảng ủy phường;\nLưu: VT, VP.');
  await app.waitSaved();

  // Everything shown as saved survives closing and reopening the window.
  await page.reload();
  await app.step(/II\. Kết quả thực hiện/).click();
  await expect(page.getByLabel('Tên 1.')).toHaveValue('Về xây dựng Đảng');
  await app.expectLines(app.editor(app.content('1. Về xây dựng Đảng')), ['Kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu.']);
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  const title = page.getByRole('button', { name: 'Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU', exact: true });
  const row = page.getByRole('row').filter({ has: title });
  await expect(row.getByRole('cell', { name: '6 tháng đầu năm 2026', exact: true })).toBeVisible();
  await title.click();

  // Export.
  await app.step('Xuất báo cáo').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất Word' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('BC-so-ket-6-thang-dau-nam-2026.docx');
  await expect(page.getByRole('main').getByRole('status')).toContainText('Đã xuất tệp BC-so-ket-6-thang-dau-nam-2026.docx');
  const bytes = new Uint8Array(await readFile(await download.path()));

  // What a reader sees: the text, numbered by position, diacritics intact.
  const { text, messages } = await mammothText(bytes);
  expect(messages).toEqual([]);
  const expectedInOrder = [
    // Too long for one line of the cơ quan column: broken before the level, as a văn thư breaks it.
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG NGHĨA LỘ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 05/BC-UBND',
    'Nghĩa Lộ, ngày 05 tháng 6 năm 2026',
    'BÁO CÁO',
    'Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU',
    'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
    'II. KẾT QUẢ THỰC HIỆN',
    '1. Về xây dựng Đảng',
    'Kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu.',
    '2. Về phát triển kinh tế',
    'III. ĐÁNH GIÁ CHUNG',
    '4. Bài học kinh nghiệm',
    'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
    '- Tiếp tục đẩy mạnh chuyển đổi số;',
    'V. ĐỀ XUẤT, KIẾN NGHỊ',
    'Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí./.',
    'Nơi nhận:',
    '- Lưu: VT, VP.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn An',
  ];
  let from = 0;
  for (const piece of expectedInOrder) {
    const at = text.indexOf(piece, from);
    expect(at, `"${piece}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
  expect(text).not.toContain('Mục thừa sẽ xóa');

  // Layout facts from the XML: A4, ND30 margins, first page without a number, TNR + vi-VN.
  const parts = await readDocxParts(bytes);
  expect(parts.documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  expect(parts.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  expect(parts.documentXml).toContain('<w:titlePg/>');
  expect(parts.stylesXml).toContain('w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"');
  expect(parts.stylesXml).toContain('<w:lang w:val="vi-VN"');
  expect(parts.headerXmls.some((h) => /PAGE/.test(h))).toBe(true);
  const paragraphs = paragraphsOf(parts.documentXml);
  expect(paragraphs).toContain('Nghĩa Lộ, ngày 05 tháng 6 năm 2026');
});
