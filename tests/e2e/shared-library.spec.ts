/**
 * "Thư viện dùng chung" as a clerk meets it: a wrong password said plainly, connecting with her
 * own account, the PC's library brought up, and a report another PC saves on the server showing in
 * her list at once. The office server is a throwaway cluster of this spec (Unix socket only); the
 * app goes back to its own library at the end, for the specs after this one.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { upgradeSchema } from '../../electron/core/server/server-schema';
import { postgresBin, startCluster, type TestCluster } from '../support/postgres';
import { testCore, type TestCore } from '../support/test-core';
import { AppPage } from './pages/app.page';

const available = postgresBin() !== null;
if (!available && process.env.CI) throw new Error('CI must test the office server: install postgresql postgresql-contrib.');

test.describe('the office’s shared library', () => {
  test.skip(!available, 'PostgreSQL is not installed here');
  let cluster: TestCluster;
  let otherPc: TestCore;
  const password = 'Mật khẩu văn thư';
  const address = () => `postgres://localhost:${cluster.port}/vanphong?host=${encodeURIComponent(cluster.socketDir)}`;

  test.beforeAll(async () => {
    cluster = startCluster();
    const admin = new pg.Pool({ host: cluster.socketDir, port: cluster.port, user: 'postgres', database: 'postgres' });
    await admin.query('CREATE DATABASE vanphong');
    await admin.end();
    const pool = new pg.Pool({ host: cluster.socketDir, port: cluster.port, user: 'postgres', database: 'vanphong' });
    await upgradeSchema(pool, () => new Date().toISOString());
    await pool.query('SELECT baocao_create_account($1, $2, $3, $4)', ['hoa.vanthu', 'Lê Thị Hoa', 'van_thu', password]);
    await pool.query('SELECT baocao_create_account($1, $2, $3, $4)', ['binh.cv', 'Trần Văn Bình', 'chuyen_vien', password]);
    await pool.end();
    otherPc = testCore(new Date(), ':memory:', undefined, randomUUID());
    await otherPc.call('server.connect', { url: address(), login: 'binh.cv', password });
  });

  test.afterAll(async ({ request }) => {
    // Whatever happened above, the app works on its own library again for the next specs.
    await request.post('/api/invoke', { data: { method: 'server.disconnect', args: {} } });
    otherPc?.close();
    cluster?.stop();
  });

  test('connects with the clerk’s own account, brings the PC’s library up, and shows another PC’s report at once', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Thư viện dùng chung' }).click();
    await expect(page.getByRole('heading', { name: 'Thư viện dùng chung' })).toBeVisible();
    await page.getByLabel('Địa chỉ máy chủ').fill(address());
    await page.getByLabel('Tên đăng nhập').fill('hoa.vanthu');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mật khẩu sai');
    await page.getByRole('button', { name: 'Kết nối' }).click();
    await expect(page.getByRole('alert')).toContainText('Sai tên đăng nhập hoặc mật khẩu');

    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Kết nối' }).click();
    await expect(page.getByTestId('shared-library-status')).toContainText('với tài khoản Lê Thị Hoa (văn thư)');
    await page.getByRole('button', { name: 'Đưa thư viện lên máy chủ' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Đã đưa \d+ báo cáo lên máy chủ/ })).toBeVisible();
    // The văn thư sees the office's accounts.
    await expect(page.getByRole('list', { name: 'Các tài khoản' })).toContainText('Trần Văn Bình — binh.cv (chuyên viên)');

    await page.getByRole('button', { name: '← Báo cáo của tôi' }).click();
    await expect(page.getByRole('heading', { name: 'Báo cáo của tôi' })).toBeVisible();
    // Another PC saves a report on the server: it is in this list without reloading the page.
    const made = await otherPc.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026 (máy khác)' });
    await expect(page.getByRole('row').filter({ hasText: 'tháng 12 năm 2026 (máy khác)' })).toBeVisible();
    expect(made.id).toBeTruthy();

    await page.getByRole('button', { name: 'Thư viện dùng chung' }).click();
    await page.getByRole('button', { name: 'Làm việc riêng trên máy này' }).click();
    await expect(page.getByLabel('Địa chỉ máy chủ')).toBeVisible();
  });
});
