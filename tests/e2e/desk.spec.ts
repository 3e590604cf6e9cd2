/**
 * The higher level's whole desk (issue 22), as the city's Ban Thường trực Ủy ban MTTQ uses it: three
 * communes' packages in (a fourth missing), consolidated in the Mặt trận's thể thức with the missing
 * unit named, the units' texts pasted where the cursor is, the consolidated report out as a bản trình
 * and back with the leader's tracked change and comment, approved, published with its number, its
 * e-office card whole, and printed to PDF — each figure and text checked on the way.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';
import { communeIndicatorSet, communeName, communePackage, communeReport } from '../support/commune-reports';
import { hasLibreOffice, mustRender } from '../support/libreoffice';

const SET = communeIndicatorSet(6);
const pkgFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
const figure = (i: number, code: string) => {
  const block = communeReport(SET, i).sections[0]!.blocks!.find((b) => b.type === 'indicators') as { rows: { code?: string; current: string }[] };
  return Number(
    block.rows
      .find((r) => r.code === code)!
      .current.replace(/\./g, '')
      .replace(',', '.'),
  );
};

/** The leader's Word: a tracked insertion and a comment on the consolidated limitations, as Word saves them. */
async function leaderEdits(bytes: Buffer, anchor: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let doc = await zip.file('word/document.xml')!.async('string');
  expect(doc).toContain(anchor);
  // The run is split where the chairman typed, as Word saves it (the report's "./." stays after his words).
  doc = doc.replace(
    anchor,
    `${anchor}</w:t></w:r><w:ins w:id="91" w:author="Chủ tịch Lê Văn Minh" w:date="2026-12-01T08:00:00Z"><w:r><w:t xml:space="preserve"> Đề nghị tỉnh hỗ trợ thiết bị.</w:t></w:r></w:ins><w:commentRangeStart w:id="8"/><w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r><w:r><w:t xml:space="preserve">`,
  );
  zip.file('word/document.xml', doc);
  zip.file(
    'word/comments.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="8" w:author="Chủ tịch Lê Văn Minh"><w:p><w:r><w:t>Nêu rõ bao nhiêu thôn.</w:t></w:r></w:p></w:comment></w:comments>',
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  );
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

test('a Mặt trận office consolidates its communes and takes the report through sign-off to a PDF', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();

  // The office: Ban Thường trực of the city's Ủy ban MTTQ.
  await page.getByRole('button', { name: 'Đơn vị của tôi' }).click();
  await page.getByLabel('Thể thức trình bày').selectOption({ label: 'Mặt trận Tổ quốc (theo bố cục Nghị định 30)' });
  await page.getByLabel('Cơ quan chủ quản (cấp trên trực tiếp)').fill('ỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ QUẢNG NGÃI');
  await page.getByLabel('Cơ quan ban hành (đơn vị của tôi)').fill('BAN THƯỜNG TRỰC');
  await page.getByLabel('Ký hiệu báo cáo').fill('BC-MTTQ-BTT');
  await page.getByLabel('Địa danh').fill('Quảng Ngãi');
  await page.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
  await page.getByLabel('Họ và tên người ký').fill('Lê Văn Minh');
  await page.getByLabel('Nơi nhận thường dùng (mỗi dòng một nơi)').fill('Ban Thường trực Ủy ban MTTQ tỉnh;\nLưu: VT.');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();

  // Three communes send; the fourth does not.
  await page.getByRole('button', { name: 'Tổng hợp báo cáo đơn vị' }).click();
  await page.getByRole('button', { name: '+ Đợt tổng hợp mới' }).click();
  const period = `quý II năm 2026 (bàn làm việc ${Date.now()})`;
  await page.getByLabel('Kỳ báo cáo').fill(period);
  await page.getByLabel('Các đơn vị trực thuộc (mỗi dòng một đơn vị; giữ lại cho lần sau)').fill([0, 1, 2, 3].map(communeName).join('\n'));
  await page.getByRole('button', { name: 'Tạo đợt tổng hợp' }).click();
  await page
    .getByLabel('Chọn báo cáo của các đơn vị')
    .setInputFiles([0, 1, 2].map((i) => pkgFile(`${communeName(i)}.baocao`, communePackage(SET, i, new Date('2026-07-04T08:00:00Z')))));
  const grid = page.getByRole('table', { name: 'Tình hình gửi báo cáo' });
  await expect(grid.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(3);
  await expect(grid.getByRole('row', { name: new RegExp(communeName(3)) })).toContainText('Chưa gửi');
  const population = [0, 1, 2].reduce((sum, i) => sum + figure(i, 'DAN_SO'), 0);
  const files = [0, 1, 2].reduce((sum, i) => sum + figure(i, 'HS1'), 0);
  const totals = page.getByRole('table', { name: 'Bảng tổng hợp chỉ tiêu' });
  await expect(totals.getByRole('row', { name: /DAN_SO/ })).toContainText(population.toLocaleString('vi-VN'));
  await expect(totals.getByRole('row', { name: /HS1 / })).toContainText(files.toLocaleString('vi-VN'));

  // The consolidated report takes the Mặt trận's thể thức by itself.
  await expect(page.getByLabel('Thể thức trình bày')).toHaveValue('front');
  await page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await app.step('Mở đầu, kết thúc').click();
  await expect(page.getByLabel('Nội dung: Mở đầu').first()).toContainText(`3/4 đơn vị trực thuộc`);
  await expect(page.getByLabel('Nội dung: Mở đầu').first()).toContainText(`${communeName(3)} chưa gửi báo cáo`);

  // The sub-part "Hạn chế" is reached from the left menu; it shows each commune's limitations; "Chép" pastes where the cursor is.
  await page
    .getByRole('navigation', { name: 'Các bước' })
    .getByRole('button', { name: /Hạn chế và nguyên nhân/ })
    .click();
  await expect(page.getByLabel('Tên 2.').first()).toBeFocused();
  const limitations = page.locator('.subsection[aria-label="2. Hạn chế và nguyên nhân"]');
  const panel = limitations.locator('.units-panel').first();
  await expect(panel.locator('summary')).toHaveText('Báo cáo của các đơn vị: 3 đơn vị có nội dung phần này');
  const editor = app.editor(app.content('2. Hạn chế và nguyên nhân'));
  await editor.click();
  await page.keyboard.type('Tổng hợp từ các xã:');
  await app.waitSaved();
  await panel.locator('summary').click();
  await panel.getByRole('button', { name: `Chép đoạn 1 của ${communeName(1)} vào phần này` }).click();
  await app.waitSaved();
  const limitationOf1 = `Ở ${communeName(1)}, hạ tầng mạng tại 2 thôn còn yếu.`;
  await app.expectLines(editor, ['Tổng hợp từ các xã:', limitationOf1]);

  // The bản trình goes to the chairman and comes back with a tracked insertion and a comment.
  await app.step('Xuất báo cáo').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bản trình' }).click();
  const sent = await download;
  const returned = await leaderEdits(readFileSync(await sent.path()), limitationOf1);
  await page
    .getByLabel('Chọn bản đã sửa')
    .setInputFiles({ name: 'ban-trinh-da-sua.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: returned });
  const review = page.getByRole('region', { name: 'Sửa đổi của lãnh đạo' });
  await expect(review).toContainText('đề xuất (theo dõi thay đổi) của Chủ tịch Lê Văn Minh');
  await expect(review).toContainText('Nêu rõ bao nhiêu thôn.');
  await review.getByRole('button', { name: 'Áp dụng các thay đổi đã chọn' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã nhận 1\/1 thay đổi/ })).toBeVisible();
  await app.step(/Đánh giá/).click();
  await app.expectLines(editor, ['Tổng hợp từ các xã:', `${limitationOf1} Đề nghị tỉnh hỗ trợ thiết bị.`]);

  // Approved, published with the văn thư's number and date; the e-office card has the whole cơ quan and Nơi nhận.
  await app.step('Xuất báo cáo').click();
  await page.getByRole('button', { name: 'Đánh dấu đã duyệt' }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Đã duyệt');
  await page.getByRole('button', { name: 'Phát hành…' }).click();
  await page.getByLabel('Số văn bản (văn thư cấp)').fill('41');
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('10/07/2026');
  await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Đã phát hành');
  const card = page.getByRole('table', { name: 'Thông tin văn bản' });
  await expect(card.getByRole('row', { name: /^Số/ }).first()).toContainText('41');
  await expect(card.getByRole('row', { name: /Cơ quan ban hành/ })).toContainText('BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ QUẢNG NGÃI');
  await expect(card.getByRole('row', { name: /Nơi nhận/ })).toContainText('Ban Thường trực Ủy ban MTTQ tỉnh');

  // The PDF: the figures and the texts as printed.
  test.skip(!hasLibreOffice() && !mustRender, 'poppler is needed to read the PDF');
  await app.step('Xem trước bản in').click();
  await expect(page.getByRole('region', { name: /^Trang \d+$/ }).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = join(mkdtempSync(join(tmpdir(), 'baocao-desk-')), 'tong-hop.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ');
  expect(text).toContain('BAN THƯỜNG TRỰC');
  expect(text).toContain('Số: 41/BC-MTTQ-BTT');
  expect(text).toContain(population.toLocaleString('vi-VN'));
  expect(text).toContain('Đề nghị tỉnh hỗ trợ thiết bị.');
  expect(text).toContain(`${communeName(3)} chưa gửi báo cáo`);
});
