/**
 * Writing with help: the example paragraph, one sub-item per task, causes split in two, the
 * opening sentence drafted from the header — and a checklist that will not let a report with
 * a blank left in brackets go out.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { mammothText } from '../support/docx-reader';
import { AppPage } from './pages/app.page';
import { paste } from './pages/clipboard';

test('guidance, structure shortcuts and the blocking checklist', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo sơ kết\/tổng kết/, 'năm 2026 thực hiện Kết luận số 15-KL/TU');
  await page.getByLabel('Cơ quan ban hành').fill('SỞ NỘI VỤ');
  await page.getByLabel('Ký hiệu').fill('BC-SNV');

  // Mở đầu drafted from the header.
  await app.step('Mở đầu, kết thúc').click();
  await page.getByRole('button', { name: 'Soạn câu mở đầu từ thông tin chung' }).click();
  await app.expectLines(app.editor(app.content('Mở đầu')), [
    'Thực hiện [số, ngày, tên văn bản yêu cầu báo cáo], Sở Nội vụ báo cáo sơ kết năm 2026 thực hiện Kết luận số 15-KL/TU như sau:',
  ]);

  // Kết quả: one sub-item per task, in order.
  await app.step(/II\. Kết quả thực hiện/).click();
  await page.getByText('Tạo mục con theo từng nhiệm vụ của văn bản').click();
  await page.getByLabel('Danh sách nhiệm vụ').fill('1. Nâng cao chất lượng cán bộ\n2. Đẩy mạnh cải cách hành chính\n3. Chuyển đổi số');
  await page.getByRole('button', { name: 'Tạo 3 mục con' }).click();
  await expect(page.getByLabel('Tên 1.')).toHaveValue('Nâng cao chất lượng cán bộ');
  await expect(page.getByLabel('Tên 3.')).toHaveValue('Chuyển đổi số');
  await expect(app.step(/II\. Kết quả thực hiện/)).toBeVisible();

  // Đánh giá chung: example paragraph inserted, causes split.
  await app.step(/III\. Đánh giá chung/).click();
  const strengths = page
    .locator('.subsection')
    .filter({ has: page.getByLabel('Tên 1.') })
    .first();
  await strengths.getByRole('button', { name: 'Chèn đoạn mẫu' }).click();
  await expect(app.editor(app.content('1. Ưu điểm'))).toContainText('[kết quả nổi bật]');
  await page.getByRole('button', { name: 'Chia thành nguyên nhân khách quan và chủ quan' }).click();
  await expect(page.getByLabel('Tên a)')).toHaveValue('Nguyên nhân khách quan');
  await expect(page.getByLabel('Tên b)')).toHaveValue('Nguyên nhân chủ quan');

  await app.step('Người ký, nơi nhận').click();
  await page.getByLabel('Họ và tên người ký').fill('Phạm Thị Hoa');
  await app.waitSaved();

  // The checklist blocks the Word file while blanks remain, and the top-bar button leads here.
  await app.step('Xuất báo cáo').click();
  const errors = page.getByRole('alert', { name: 'Lỗi cần sửa' });
  await expect(errors.locator('[data-check="text.blank"]')).toHaveCount(2);
  await expect(page.getByRole('main').getByRole('button', { name: 'Xuất Word' })).toBeDisabled();
  await app.step('Thông tin chung').click();
  await page.getByRole('banner').getByRole('button', { name: 'Xuất Word' }).click();
  await expect(page.getByRole('heading', { name: 'Xuất báo cáo' })).toBeVisible();

  // Filling the blanks lets it go.
  await app.step('Mở đầu, kết thúc').click();
  await app.editor(app.content('Mở đầu')).fill('Thực hiện Công văn số 12/UBND-NC ngày 02/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo như sau:');
  await app.step(/III\. Đánh giá chung/).click();
  await app.editor(app.content('1. Ưu điểm')).fill('Công tác lãnh đạo, chỉ đạo được quan tâm; kết quả được Nhân dân đồng tình, ủng hộ.');
  await app.waitSaved();
  await app.step('Xuất báo cáo').click();
  await expect(page.getByRole('alert', { name: 'Lỗi cần sửa' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/^BC-so-ket-nam-2026/);
});

test('the indicator table works out the comparison and writes the sentence', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2026');
  const area = await app.openResultsPart();
  await area.getByText('Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)').click();
  await area.getByLabel('Tên cột kỳ trước').fill('Năm 2025');
  await area.getByLabel('Tên cột kỳ này').fill('Năm 2026');
  await area.getByLabel('Chỉ tiêu 1', { exact: true }).fill('Số hồ sơ trực tuyến');
  await area.getByLabel('Kỳ trước 1').fill('1.523');
  await area.getByLabel('Kỳ này 1').fill('1.874');
  await area.getByLabel('Đơn vị 1').fill('hồ sơ');
  await expect(area.getByTestId('so-sanh-1')).toHaveText('tăng 23,05%');
  await area.getByRole('button', { name: 'Chèn câu' }).click();
  await app.expectLines(app.editor(area), ['Số hồ sơ trực tuyến đạt 1.874 hồ sơ, tăng 23,05% so với năm 2025.']);
  await area.getByRole('button', { name: 'Chèn bảng vào báo cáo' }).click();
  await expect(area.getByTestId('bang-so-sanh-1')).toHaveText('tăng 23,05%');
  await app.waitSaved();
});

test('a part’s history: the version that went into a Word file can be brought back, and the restore undone', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 11 năm 2026');
  await page.getByLabel('Cơ quan ban hành').fill('SỞ NỘI VỤ');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Bản đã gửi lên cấp trên.');
  await app.step('Người ký, nơi nhận').click();
  await page.getByLabel('Họ và tên người ký').fill('Phạm Thị Hoa');
  await app.waitSaved();
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  const download = page.waitForEvent('download');
  await page.getByRole('banner').getByRole('button', { name: 'Xuất Word' }).click();
  await download;

  const field = app.editor(area);
  await field.fill('Bản sửa sau khi gửi.');
  await app.waitSaved();
  await page.getByRole('button', { name: 'Lịch sử' }).click();
  const history = page.getByRole('dialog', { name: 'Lịch sử của phần này' });
  const exported = history.getByRole('listitem').filter({ hasText: 'trước khi xuất Word' }).first();
  await exported.getByRole('button', { name: 'Xem' }).click();
  await expect(exported).toContainText('Bản đã gửi lên cấp trên.');
  await exported.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await app.expectLines(field, ['Bản đã gửi lên cấp trên.']);
  await expect(history.getByRole('status')).toContainText('Đã khôi phục');
  // Ctrl+Z in the part undoes the restore, like any other change (and the undo is saved).
  await field.click();
  await page.keyboard.press('ControlOrMeta+z');
  await app.expectLines(field, ['Bản sửa sau khi gửi.']);
  await app.waitSaved();
  await page.keyboard.press('ControlOrMeta+y');
  await app.expectLines(field, ['Bản đã gửi lên cấp trên.']);
  await app.waitSaved();

  const undo = history.getByRole('listitem').filter({ hasText: 'trước khi khôi phục' }).first();
  await undo.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await app.expectLines(field, ['Bản sửa sau khi gửi.']);
});

test('spelling hints appear after typing stops: fix with one click, or accept a word for good', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 12 năm 2026');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Tăng cường hứơng dẫn tại thôn Xrê Pleiku.');
  const hints = area.getByRole('list', { name: 'Gợi ý chính tả' });
  await expect(hints.getByRole('listitem')).toHaveCount(1);
  await hints.getByRole('button', { name: 'hướng' }).click();
  await app.expectLines(app.editor(area), ['Tăng cường hướng dẫn tại thôn Xrê Pleiku.']);
  await expect(hints).toHaveCount(0);

  await app.editor(area).fill('Năgn lực');
  await expect(hints.getByRole('button', { name: 'năng' })).toBeVisible();
  await hints.getByRole('button', { name: 'Đúng, thêm vào từ điển riêng' }).click();
  await expect(hints).toHaveCount(0);
  await app.waitSaved();
  await page.reload();
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  await app.expectLines(app.editor(area), ['Năgn lực']);
  // The spell check has looked at the text as reopened: the accepted word stays unflagged.
  await expect(app.editor(area)).toHaveAttribute('data-spell-checked', '');
  await expect(hints).toHaveCount(0);

  // Added by mistake: taken back in "Đơn vị của tôi", and the word is flagged again.
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
  const words = page.getByRole('list', { name: 'Các từ trong từ điển riêng' });
  // Kept as it was accepted, capital included.
  await expect(words).toContainText('Năgn');
  await words.getByRole('button', { name: 'Bỏ “Năgn” khỏi từ điển riêng của đơn vị' }).click();
  await expect(words.getByRole('button', { name: 'Bỏ “Năgn” khỏi từ điển riêng của đơn vị' })).toHaveCount(0);
  await page.goBack();
  await page.goBack();
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  await expect(hints.getByRole('button', { name: 'năng' })).toBeVisible();
});

test('a wrong word made of valid syllables is underlined with the word meant; a pair can be accepted whole', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 11 năm 2026');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Cán bộ chấp hàng nghiêm quy định.');
  const hints = area.getByRole('list', { name: 'Gợi ý chính tả' });
  await expect(hints.getByRole('listitem')).toHaveCount(1);
  await expect(app.editor(area).locator('.spell-error', { hasText: 'chấp hàng' })).toHaveCount(1);
  await hints.getByRole('button', { name: 'chấp hành' }).click();
  await app.expectLines(app.editor(area), ['Cán bộ chấp hành nghiêm quy định.']);
  await expect(hints).toHaveCount(0);

  // A pair the unit does write (a local name in lower case, say) is accepted as a whole.
  await app.editor(area).fill('Bà con gọi là dận động.');
  await expect(hints.getByRole('button', { name: 'vận động' })).toBeVisible();
  await hints.getByRole('button', { name: 'Đúng, thêm vào từ điển riêng' }).click();
  await expect(hints).toHaveCount(0);
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
  const words = page.getByRole('list', { name: 'Các từ trong từ điển riêng' });
  await words.getByRole('button', { name: 'Bỏ “dận động” khỏi từ điển riêng của đơn vị' }).click();
  await expect(words.getByRole('button', { name: 'Bỏ “dận động” khỏi từ điển riêng của đơn vị' })).toHaveCount(0);
});

test('a unit saves its outline as a template and starts next month’s report from it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 9 năm 2026');
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  await page.getByRole('button', { name: '+ Thêm mục con' }).click();
  await page.getByLabel('Tên 1.').fill('Công tác văn thư, lưu trữ');
  await app.waitSaved();
  await page.getByRole('button', { name: 'Lưu bố cục làm mẫu' }).click();
  await page.getByLabel('Tên mẫu').fill('Báo cáo tháng của Văn phòng');
  await page.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expect(page.getByText('Đã lưu mẫu “Báo cáo tháng của Văn phòng”')).toBeVisible();

  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await app.createReport(/Báo cáo tháng của Văn phòng/, 'tháng 10 năm 2026');
  await expect(page.getByLabel('Trích yếu (nội dung tóm tắt)')).toHaveValue('Kết quả công tác tháng 10 năm 2026; phương hướng, nhiệm vụ kỳ tới');
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  await expect(page.getByLabel('Tên 1.')).toHaveValue('Công tác văn thư, lưu trữ');
});

test('numbers read as words, and the unit’s tone style pointed out in hints', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
  await page.getByLabel('Kiểu đặt dấu thanh trong văn bản của đơn vị').selectOption('new');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await app.createReport(/Báo cáo định kỳ/, 'quý I năm 2027');
  const area = await app.openResultsPart();
  await area.getByText('Đọc số thành chữ').click();
  await area.getByLabel('Số cần đọc').fill('1.005.000');
  await expect(area.getByTestId('so-thanh-chu')).toHaveText('một triệu không trăm linh năm nghìn');
  await area.getByRole('button', { name: 'Chèn dòng “Bằng chữ … đồng chẵn”' }).click();
  await app.expectLines(app.editor(area), ['(Bằng chữ: Một triệu không trăm linh năm nghìn đồng chẵn.)']);

  await app.addParagraph(area, 'Công tác thuỷ lợi được bảo đảm.');
  // The unit's style is marked apart from typos: another underline, never the red one.
  await expect(app.editor(area).locator('.spell-style', { hasText: 'thuỷ' })).toHaveCount(1);
  await expect(app.editor(area).locator('.spell-error')).toHaveCount(0);
  const hints = area.getByRole('list', { name: 'Gợi ý chính tả' });
  await hints.getByRole('button', { name: 'thủy' }).click();
  await app.expectLines(app.editor(area), ['(Bằng chữ: Một triệu không trăm linh năm nghìn đồng chẵn.)', 'Công tác thủy lợi được bảo đảm.']);
});

test('right-click on a flagged word offers its fix', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 1 năm 2027');
  const area = await app.openResultsPart();
  await app.addParagraph(area, 'Công tác sử lý hồ sơ tốt.');
  const field = app.editor(area);
  // The wrong phrase is underlined in the text once typing stops; right-click on it.
  const underlined = field.locator('.spell-error', { hasText: 'sử lý' });
  await expect(underlined).toBeVisible();
  await underlined.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Gợi ý chính tả' });
  await menu.getByRole('menuitem', { name: 'xử lý' }).click();
  await app.expectLines(field, ['Công tác xử lý hồ sơ tốt.']);
  await expect(field.locator('.spell-error')).toHaveCount(0);
});

test('a spelling finding in the checklist opens its part with the word selected', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 8 năm 2026');
  const part = await app.openResultsPart();
  await app.addParagraph(part, 'Cán bộ đã được tập huấn đầy đủ.');
  // A slip no other test accepts into the dictionary (tests share one data folder).
  await app.addParagraph(part, 'Nguồn nứơc sạch được bảo đảm.');
  await app.waitSaved();
  await app.step('Xuất báo cáo').click();
  await page.getByText(/Xem \d+ gợi ý chính tả/).click();
  await page.getByRole('list', { name: 'Gợi ý chính tả' }).getByRole('button', { name: '“nứơc”' }).click();
  await expect(page).toHaveURL(/#\/bao-cao\/[^/]+\/section:/);
  await expect(app.editor(app.content('I. Kết quả thực hiện nhiệm vụ'))).toBeFocused();
  await expect.poll(() => page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()))).toBe('nứơc');
});

test('a spelling finding in a part’s title opens the part with the word selected in its title', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 9 năm 2026');
  await app.openResultsPart();
  const title = page.getByLabel('Tên phần I.', { exact: true });
  await title.fill('Kết quả giải quyết hồ sơ và tăng cừơng kỷ luật');
  await app.waitSaved();
  await app.step('Xuất báo cáo').click();
  await page.getByText(/Xem \d+ gợi ý chính tả/).click();
  await page.getByRole('list', { name: 'Gợi ý chính tả' }).getByRole('button', { name: '“cừơng”' }).click();
  await expect(title).toBeFocused();
  await expect
    .poll(() =>
      title.evaluate((el) =>
        (el as unknown as { value: string; selectionStart: number; selectionEnd: number }).value.slice(
          (el as unknown as { selectionStart: number }).selectionStart,
          (el as unknown as { selectionEnd: number }).selectionEnd,
        ),
      ),
    )
    .toBe('cừơng');
});

test('Back and Forward move between the steps of a report, not out to the list', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 7 năm 2026');
  await app.openResultsPart();
  await app.step('Người ký, nơi nhận').click();
  await expect(page.getByRole('heading', { name: 'Người ký, nơi nhận' })).toBeVisible();
  await page.goBack();
  await expect(app.step(/I\. Kết quả thực hiện nhiệm vụ/)).toHaveAttribute('aria-current', 'step');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await page.goForward();
  await expect(app.step(/I\. Kết quả thực hiện nhiệm vụ/)).toHaveAttribute('aria-current', 'step');
  // A long part, read to its end: the next step opens at its top.
  const part = app.content('I. Kết quả thực hiện nhiệm vụ');
  await app.editor(part).click();
  await paste(app.editor(part), { 'text/plain': Array.from({ length: 60 }, (_, i) => `Đoạn số ${i + 1} của phần kết quả.`).join('\n\n') });
  await page.getByRole('button', { name: 'Bước tiếp →' }).scrollIntoViewIfNeeded();
  // The step's own column scrolls (the rail beside it stays).
  const scrollTop = () => page.locator('.wizard main.page').evaluate((el) => (el as unknown as { scrollTop: number }).scrollTop);
  expect(await scrollTop()).toBeGreaterThan(500);
  // A double click on "Bước tiếp" moves one step.
  await page.getByRole('button', { name: 'Bước tiếp →' }).dblclick();
  await expect(app.step(/ II\. Đánh giá/)).toHaveAttribute('aria-current', 'step');
  await expect.poll(scrollTop).toBe(0);
});

test('dialogs come into view with the focus and give it back; the spelling menu stays on screen and works from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 6 năm 2026');
  // "Lưu bố cục làm mẫu": the name field has the focus and is on screen; Escape gives the focus back.
  const trigger = page.getByRole('button', { name: 'Lưu bố cục làm mẫu' });
  await trigger.click();
  const form = page.getByRole('dialog', { name: 'Lưu bố cục làm mẫu' });
  await expect(form.getByLabel('Tên mẫu')).toBeFocused();
  await expect(form.getByLabel('Tên mẫu')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lưu bố cục làm mẫu' })).toBeFocused();

  // The spelling menu, opened at the right edge of the window, stays inside it; arrows move, Enter chooses.
  const part = await app.openResultsPart();
  await app.addParagraph(part, 'Tăng cường hứơng dẫn.');
  const word = part.locator('.spell-error').first();
  await expect(word).toBeVisible({ timeout: 5_000 });
  await word.scrollIntoViewIfNeeded();
  // Bring the window's right and bottom edges close to the word, then right-click on it.
  let box = (await word.boundingBox())!;
  await page.setViewportSize({ width: Math.ceil(box.x + box.width) + 40, height: Math.ceil(box.y + box.height) + 30 });
  await word.scrollIntoViewIfNeeded();
  box = (await word.boundingBox())!;
  const size = page.viewportSize()!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Gợi ý chính tả' });
  await expect(menu).toBeVisible();
  const menuBox = (await menu.boundingBox())!;
  expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(size.width);
  expect(menuBox.y + menuBox.height).toBeLessThanOrEqual(size.height);
  expect(box.width).toBeGreaterThan(0);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await app.expectLines(app.editor(part), ['Tăng cường hướng dẫn.']);
});

test('the step rail shortens very long titles to two lines and shows the whole title on hover', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'tháng 5 năm 2026');
  await app.openResultsPart();
  const long =
    'Về việc tiếp tục đẩy mạnh thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, gắn với cải cách hành chính và xây dựng chính quyền số ở cấp xã';
  await page.getByRole('button', { name: '+ Thêm mục con' }).click();
  await page.getByLabel('Tên 1.').fill(long);
  const item = page.getByRole('navigation', { name: 'Các bước' }).locator('.step-children li').first();
  await expect(item).toHaveAttribute('title', `1. ${long}`);
  const { height, lineHeight } = await item.evaluate((el) => {
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string; fontSize: string } }).getComputedStyle(el);
    const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
    return { height: (el as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height, lineHeight: line };
  });
  expect(height).toBeLessThanOrEqual(lineHeight * 2 + 2);
});

test('a báo cáo liên tịch: the Công đoàn signs beside the director, in the preview and the Word file, and not without a name', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'năm 2026');
  await page.getByLabel('Cơ quan ban hành').fill('SỞ NỘI VỤ');
  await app.addParagraph(await app.openResultsPart(), 'Cơ quan và Công đoàn phối hợp tổ chức tốt Hội nghị cán bộ, công chức.');
  await app.step('Người ký, nơi nhận').click();
  // A long post on the lines the clerk gives it (Enter), kept when saved.
  await page.getByLabel('Chức vụ người ký').fill('PHÓ GIÁM ĐỐC\nPHỤ TRÁCH');
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
  await page.getByRole('button', { name: 'Thêm người ký cùng (văn bản liên tịch, biên bản)' }).click();
  const union = page.getByRole('group', { name: 'Người ký cùng thứ 1' });
  await union.getByLabel('Quyền hạn ký').selectOption('TM.');
  await union.getByLabel('Thay mặt / ký thay cho').fill('BAN CHẤP HÀNH CÔNG ĐOÀN');
  await union.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
  await app.waitSaved();

  // A người ký cùng with no name stops the Word file, saying whose name is missing.
  await app.step('Xuất báo cáo').click();
  await expect(page.getByRole('alert', { name: 'Lỗi cần sửa' })).toContainText('Chưa nhập họ tên người ký cùng thứ 1.');
  await expect(page.getByRole('main').getByRole('button', { name: 'Xuất Word' })).toBeDisabled();

  await app.step('Người ký, nơi nhận').click();
  await union.getByLabel('Họ và tên người ký').fill('Lê Thị Bình');
  await app.waitSaved();
  // Kept with the report: opened again, the người ký cùng is there.
  await page.reload();
  await app.step('Người ký, nơi nhận').click();
  await expect(page.getByRole('group', { name: 'Người ký cùng thứ 1' }).getByLabel('Họ và tên người ký')).toHaveValue('Lê Thị Bình');
  await expect(page.getByLabel('Chức vụ người ký').first()).toHaveValue('PHÓ GIÁM ĐỐC\nPHỤ TRÁCH');

  await app.step('Xem trước bản in').click();
  const last = page.getByRole('region', { name: /^Trang \d+$/ }).last();
  for (const line of ['TM. BAN CHẤP HÀNH CÔNG ĐOÀN', 'CHỦ TỊCH', 'Lê Thị Bình', 'PHÓ GIÁM ĐỐC', 'PHỤ TRÁCH', 'Nguyễn Văn An'])
    await expect(last.getByText(line, { exact: true })).toBeVisible();
  // The Công đoàn on the left, the director on the right, their names level.
  const unionName = await last.getByText('Lê Thị Bình', { exact: true }).boundingBox();
  const directorName = await last.getByText('Nguyễn Văn An', { exact: true }).boundingBox();
  expect(unionName!.x).toBeLessThan(directorName!.x);
  expect(Math.abs(unionName!.y - directorName!.y)).toBeLessThan(2);

  await app.step('Xuất báo cáo').click();
  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Xuất Word' }).click();
  const text = (await mammothText(new Uint8Array(await readFile(await (await download).path())))).text;
  for (const line of ['TM. BAN CHẤP HÀNH CÔNG ĐOÀN', 'Lê Thị Bình', 'PHÓ GIÁM ĐỐC\n\nPHỤ TRÁCH', 'Nguyễn Văn An']) expect(text).toContain(line);
});
