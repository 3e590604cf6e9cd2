/**
 * Two windows on one report, as a clerk with two tabs open would have them: neither overwrites
 * the other silently. And a backup restored from inside the app.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';

test('two windows on one report: the other window’s save shows up, a conflict is settled by choosing, nothing is lost', async ({ page, context }) => {
  const a = new AppPage(page);
  await a.open();
  await a.createReport(/Báo cáo định kỳ/, 'tháng 11 năm 2026');
  const reportUrl = page.url().replace(/^.*#/, '/#');
  const partA = await a.openResultsPart();
  await a.addParagraph(partA, 'Đoạn chung của hai cửa sổ.');
  await a.waitSaved();

  // Window B opens the same report on the header step: a part not being edited there refreshes itself.
  const pageB = await context.newPage();
  const b = new AppPage(pageB);
  await pageB.goto(reportUrl);
  await expect(pageB.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  // B reads the report again when its change feed sees A's save (the feed reads it only then).
  const fed = pageB.waitForResponse(
    (r) => r.url().endsWith('/api/invoke') && (r.request().postDataJSON() as { method?: string } | null)?.method === 'reports.get',
  );
  await a.addParagraph(partA, 'Cửa sổ A viết thêm.');
  await a.waitSaved();
  await fed;
  const partB = await b.openResultsPart();
  await b.expectLines(b.editor(partB), ['Đoạn chung của hai cửa sổ.', 'Cửa sổ A viết thêm.']);

  // Now both have the part open. A writes; B is told, and keeps its own text on screen.
  await a.addParagraph(partA, 'A sửa lần hai.');
  await a.waitSaved();
  await expect(pageB.getByText('Phần này vừa được sửa ở cửa sổ khác.')).toBeVisible({ timeout: 6_000 });
  await b.expectLines(b.editor(partB), ['Đoạn chung của hai cửa sổ.', 'Cửa sổ A viết thêm.']);

  // B writes anyway: its save is refused, and the two versions are shown side by side.
  await b.addParagraph(partB, 'B viết đoạn riêng.');
  const conflict = pageB.getByRole('alert', { name: /Hai bản của phần/ });
  await expect(conflict).toBeVisible({ timeout: 6_000 });
  await expect(conflict.getByLabel('Bản đang lưu')).toContainText('A sửa lần hai.');
  await expect(conflict.getByLabel('Bản của bạn')).toContainText('B viết đoạn riêng.');
  await expect(b.saveStatus()).toHaveAttribute('data-state', 'error');

  // B copies A's new paragraph across, then keeps its own version.
  await conflict
    .getByLabel('Bản đang lưu')
    .locator('.conflict-block')
    .filter({ hasText: 'A sửa lần hai.' })
    .getByRole('button', { name: 'Chép đoạn này sang bản của tôi' })
    .click();
  await expect(conflict.getByLabel('Bản của bạn')).toContainText('A sửa lần hai.');
  await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).click();
  await expect(conflict).toBeHidden();
  await b.waitSaved();
  await b.expectLines(b.editor(partB), ['Đoạn chung của hai cửa sổ.', 'Cửa sổ A viết thêm.', 'B viết đoạn riêng.', 'A sửa lần hai.']);

  // A reloads and sees B's choice; A's version is in the part's history.
  await page.reload();
  const partAfter = await a.openResultsPart();
  await a.expectLines(a.editor(partAfter), ['Đoạn chung của hai cửa sổ.', 'Cửa sổ A viết thêm.', 'B viết đoạn riêng.', 'A sửa lần hai.']);
  await partAfter.page().getByRole('button', { name: 'Lịch sử' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Lịch sử của phần này' })).toContainText('bản không giữ khi hai cửa sổ cùng sửa');
  await pageB.close();
});

test('"Lấy bản đang lưu" takes the other window’s version and keeps mine in history', async ({ page, context }) => {
  const a = new AppPage(page);
  await a.open();
  await a.createReport(/Báo cáo định kỳ/, 'tháng 10 năm 2026');
  const reportUrl = page.url().replace(/^.*#/, '/#');
  const partA = await a.openResultsPart();
  const pageB = await context.newPage();
  const b = new AppPage(pageB);
  await pageB.goto(reportUrl);
  const partB = await b.openResultsPart();
  await a.addParagraph(partA, 'Bản của cửa sổ A.');
  await a.waitSaved();
  await b.addParagraph(partB, 'Bản của cửa sổ B.');
  const conflict = pageB.getByRole('alert', { name: /Hai bản của phần/ });
  await expect(conflict).toBeVisible({ timeout: 6_000 });
  await conflict.getByRole('button', { name: 'Lấy bản đang lưu' }).click();
  await expect(conflict).toBeHidden();
  await b.expectLines(b.editor(partB), ['Bản của cửa sổ A.']);
  await b.waitSaved();
  await pageB.getByRole('button', { name: 'Lịch sử' }).first().click();
  const history = pageB.getByRole('dialog', { name: 'Lịch sử của phần này' });
  const kept = history.getByRole('listitem').filter({ hasText: 'bản không giữ khi hai cửa sổ cùng sửa' });
  await kept.getByRole('button', { name: 'Xem' }).click();
  await expect(history).toContainText('Bản của cửa sổ B.');
  await pageB.close();
});

test('a backup made with "Sao lưu ngay" is restored from inside the app', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createReport(/Báo cáo định kỳ/, 'quý IV năm 2026 (trước sao lưu)');
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã sao lưu \d+ báo cáo/ })).toBeVisible();
  const before = Number((await page.getByTestId('list-range').textContent())!.match(/trong ([\d.]+) báo cáo/)![1]!.replace(/\./g, ''));
  const total = (n: number) => page.getByTestId('list-range').filter({ hasText: new RegExp(`trong ${n.toLocaleString('vi-VN').replace('.', '\\.')} báo cáo`) });

  await app.createReport(/Báo cáo định kỳ/, 'quý IV năm 2026 (sau sao lưu)');
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await expect(total(before + 1)).toHaveCount(1);

  await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Khôi phục từ bản sao lưu' })).toBeVisible();
  const manual = page.getByTestId('backup-row').filter({ hasText: 'Sao lưu ngay' }).first();
  await expect(manual).toContainText(String(before));
  await manual.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await manual.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`Đã khôi phục: dữ liệu bây giờ có ${before} báo cáo`);
  // The data as it was before the restore is itself a backup, so the restore can be undone.
  await expect(page.getByTestId('backup-row').filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(1);
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  await expect(total(before)).toHaveCount(1);
  await expect(page.getByText('quý IV năm 2026 (sau sao lưu)')).toHaveCount(0);
});
