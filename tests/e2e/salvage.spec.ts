/**
 * A damaged data file, as the clerk meets it: the app opens read-only, says so in Vietnamese (SQLite's
 * own English stays in "Chi tiết kỹ thuật"), greys out every button that would write, opens a report
 * to view and export only, and exports every readable report in one .zip.
 */
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openCore } from '../../electron/core/host/open-core';
import { startWebServer, type WebServer } from '../../electron/web/web-server';
import type { Core } from '../../electron/core/host/create-core';
import { damageLeafPage, fillReports, folderCore, newDataDir } from '../support/data-folder';

let web: WebServer;
let core: Core;

test.beforeAll(async () => {
  const dir = newDataDir('hong-e2e');
  const writer = folderCore(dir);
  await fillReports(writer, 60);
  writer.close();
  damageLeafPage(join(dir, 'baocao.db'), 'reports');
  core = openCore(dir, 'browser', { error: () => {} });
  web = await startWebServer({ core, staticRoot: resolve('dist', 'renderer'), port: 0, token: 'salvage-e2e-token' });
});

test.afterAll(async () => {
  await web.close();
  core.close();
});

test('a damaged data file opens read-only: told plainly, write buttons greyed, view and export still work', async ({ page }) => {
  await page.goto(web.url);
  const banner = page.getByTestId('data-state');
  await expect(banner).toContainText('Tệp dữ liệu bị hỏng — đang mở chỉ để đọc.');
  await expect(banner.locator('p').first()).not.toContainText('***');
  await expect(banner.getByText('Chi tiết kỹ thuật (cho cán bộ tin học)')).toBeVisible();

  for (const name of [
    '+ Tạo báo cáo mới',
    'Nhập từ tệp Word, PDF',
    'Nhập tệp báo cáo (.json)',
    'Nhận gói .baocao',
    'Tổng hợp báo cáo đơn vị',
    'Sao lưu ngay',
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  await expect(page.getByRole('button', { name: /^Lưu trữ “/ }).first()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Kiểm tra thể thức tệp Word' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).first()).toBeEnabled();

  // One download for every readable report.
  const listed = await page.locator('table.report-list tbody tr').count();
  const downloadPromise = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Xuất tất cả báo cáo đọc được (.zip)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-doc-duoc-.*\.zip$/);
  const zipped = await JSZip.loadAsync(readFileSync(await download.path()));
  expect(Object.keys(zipped.files).length).toBeGreaterThanOrEqual(listed);
  await expect(banner.getByRole('status')).toContainText(/Đã xuất \d+ báo cáo vào tệp bao-cao-doc-duoc-/);

  // A report opens to be viewed and exported, not edited.
  await page.locator('table.report-list tbody tr').first().getByRole('button').first().click();
  await expect(page.getByTestId('read-only-report')).toContainText('chỉ xem và xuất được');
  const steps = page.getByRole('navigation', { name: 'Các bước' }).getByRole('button');
  await expect(steps).toHaveText([/Xem trước bản in/, /Xuất báo cáo/]);
  await expect(page.getByRole('button', { name: '+ Thêm phần' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Các bước' })
    .getByRole('button', { name: /Xuất báo cáo/ })
    .click();
  await expect(page.getByRole('button', { name: 'Xuất tệp báo cáo (.json)' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Gửi đi (tệp .baocao)' })).toBeDisabled();
});
