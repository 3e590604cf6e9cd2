/** Reports travel and combine: a package received (and a conflict settled), three units consolidated. */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app.page';
import { communeIndicatorSet, communeName, communePackage, communeReport } from '../support/commune-reports';
import { writePackage } from '../../electron/core/packages/package-file';
import { reportHash } from '../../electron/core/packages/report-hash';
import { normalizedFile } from '#shared/domain/report-file-mapping';
import type { ReportFile } from '#shared/report-format/schema';

const SET = communeIndicatorSet(6);
const pkgFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });

test('a package is received as a new report; when both sides changed, the parts are shown side by side and both are kept', async ({ page }) => {
  const id = `xa-e2e-${Date.now()}`;
  const first = communeReport(SET, 4);
  first.header.summary = `Báo cáo nhận qua gói ${id}`;
  const firstPackage = writePackage(
    { report: first, attachments: [] },
    { appVersion: 'e2e', createdAt: new Date('2026-07-04T08:00:00Z'), reportId: id, revision: 1, lineage: [] },
  ).bytes;
  const app = new AppPage(page);
  await app.open();
  await page.getByLabel('Chọn gói báo cáo').setInputFiles(pkgFile('xa-hoa-binh.baocao', firstPackage));
  await expect(page.getByRole('status')).toContainText('Đã nhận: báo cáo mới được thêm vào danh sách.');
  await page.getByRole('button', { name: 'Mở báo cáo' }).click();
  await expect(page.getByLabel('Trích yếu')).toHaveValue(`Báo cáo nhận qua gói ${id}`);

  // Changed here…
  const area = page.getByLabel('Nội dung: I. Kết quả thực hiện nhiệm vụ').first();
  await app.step(/I\. Kết quả thực hiện nhiệm vụ/).click();
  await app.addParagraph(area, 'Cấp trên bổ sung một câu.');
  await app.waitSaved();
  await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
  // …and changed where it came from: revision 2 says it was made from revision 1.
  const second: ReportFile = structuredClone(first);
  second.sections[1]!.blocks = [{ type: 'paragraph', text: 'Xã viết lại phần hạn chế.' }];
  const secondPackage = writePackage(
    { report: second, attachments: [] },
    { appVersion: 'e2e', createdAt: new Date('2026-07-06T08:00:00Z'), reportId: id, revision: 2, lineage: [reportHash(normalizedFile(first))] },
  ).bytes;
  await page.getByLabel('Chọn gói báo cáo').setInputFiles(pkgFile('xa-hoa-binh-2.baocao', secondPackage));
  await expect(page.getByRole('status')).toContainText('đã được sửa ở cả hai nơi');
  const differences = page.locator('.package-differences');
  await expect(differences.getByRole('row', { name: /Hạn chế, tồn tại/ })).toContainText('Xã viết lại phần hạn chế.');
  await expect(differences.getByRole('row', { name: /Kết quả thực hiện nhiệm vụ/ })).toContainText('Cấp trên bổ sung một câu.');
  await page.getByRole('button', { name: 'Giữ cả hai (thành hai báo cáo)' }).click();
  await expect(page.getByRole('status')).toContainText('Đã giữ cả hai');
  await page.getByRole('button', { name: 'Đóng' }).click();
  const rows = page.locator('table.report-list tr').filter({ hasText: `Báo cáo nhận qua gói ${id}` });
  await expect(rows).toHaveCount(2);
  // The two rows say whose edits each holds: the copy received in lần gửi 2, and this unit's own (received in lần gửi 1, then edited).
  await expect(rows.filter({ hasText: 'Giữ cả hai: bản nhận được, giữ riêng' })).toContainText(/lần gửi 2, nhận \d\d\/\d\d\/\d{4}/);
  await expect(rows.filter({ hasText: 'Giữ cả hai: bản của đơn vị' })).toContainText('lần gửi 1');
});

test('three communes’ packages are consolidated: who sent, the figures added up, the report with the units’ texts side by side', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Tổng hợp báo cáo đơn vị' }).click();
  await page.getByRole('button', { name: '+ Đợt tổng hợp mới' }).click();
  const period = `quý II năm 2026 (e2e ${Date.now()})`;
  await page.getByLabel('Kỳ báo cáo').fill(period);
  await page.getByLabel('Các đơn vị trực thuộc (mỗi dòng một đơn vị; giữ lại cho lần sau)').fill([0, 1, 2, 3].map(communeName).join('\n'));
  await page.getByRole('button', { name: 'Tạo đợt tổng hợp' }).click();
  await expect(page.getByRole('heading', { name: `Tổng hợp ${period}` })).toBeVisible();
  await page
    .getByLabel('Chọn báo cáo của các đơn vị')
    .setInputFiles([0, 1, 2].map((i) => pkgFile(`${communeName(i)}.baocao`, communePackage(SET, i, new Date('2026-07-04T08:00:00Z')))));
  const grid = page.getByRole('table', { name: 'Tình hình gửi báo cáo' });
  await expect(grid.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(3);
  await expect(grid.getByRole('row', { name: new RegExp(communeName(3)) })).toContainText('Chưa gửi');
  // The Bộ chỉ tiêu came with the packages; the population is added up.
  const population = [0, 1, 2].reduce(
    (sum, i) =>
      sum +
      Number(
        communeReport(SET, i).sections[0]!.blocks![1]!.type === 'indicators'
          ? (communeReport(SET, i).sections[0]!.blocks![1] as { rows: { code?: string; current: string }[] }).rows
              .find((r) => r.code === 'DAN_SO')!
              .current.replace(/\./g, '')
          : 0,
      ),
    0,
  );
  await expect(page.getByRole('table', { name: 'Bảng tổng hợp chỉ tiêu' }).getByRole('row', { name: /DAN_SO/ })).toContainText(
    population.toLocaleString('vi-VN'),
  );
  await expect(page.getByText(`${communeName(3)}: chưa gửi báo cáo (số liệu chưa được cộng).`)).toBeVisible();

  await page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await app.step(/Kết quả thực hiện nhiệm vụ/).click();
  const results = page.getByLabel('Nội dung: I. Kết quả thực hiện nhiệm vụ').first();
  await expect(results.getByLabel('Bảng chỉ tiêu: Kỳ này 1')).toHaveValue(population.toLocaleString('vi-VN'));
  await page
    .getByText(/Báo cáo của các đơn vị: 3 đơn vị/)
    .first()
    .click();
  await expect(page.getByRole('region', { name: communeName(1) }).first()).toContainText(`${communeName(1)} tiếp tục đẩy mạnh cải cách hành chính`);
});
