/**
 * The command line on the office server: `baocao server init` sets the library up (and again,
 * changing nothing) with the first văn thư, and `library add|list|search --server` work on it as
 * they do on a data folder — each a real `baocao` process, passwords from the environment.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { backends, newServerDatabase } from '../support/libraries';
import { uniqueLogin } from '../support/server-accounts';
import { FIXTURES_DIR } from '../support/fixtures';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'baocao.mjs');

function run(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(!backends().includes('postgres'))('baocao on the office server', () => {
  it('sets the library up with its first văn thư, then adds, lists and searches reports on it', async () => {
    const cluster = inject('postgres')!;
    const database = await newServerDatabase();
    const address = (login: string) => `postgres://${login}@localhost:${cluster.port}/${database}?host=${encodeURIComponent(cluster.socketDir)}`;
    const vanThu = uniqueLogin('vt');
    const admin = { BAOCAO_MAT_KHAU: 'quản trị', BAOCAO_MAT_KHAU_VAN_THU: 'Văn thư 2026!' };

    const init = await run(admin, 'server', 'init', '--server', address('postgres'), '--van-thu', vanThu, '--ho-ten', 'Lê Thị Hoa');
    expect(init.stderr).toBe('');
    expect(init.stdout).toMatch(
      /^Đã thiết lập thư viện dùng chung trên postgres:\/\/localhost:\d+\/t_\w+\?host=.*: \d+ bước lược đồ\.\nĐã tạo tài khoản văn thư vt_\w+ \(Lê Thị Hoa\)\.\n$/,
    );
    expect(init.code).toBe(0);
    const again = await run(admin, 'server', 'init', '--server', address('postgres'), '--van-thu', vanThu, '--ho-ten', 'Lê Thị Hoa');
    expect(again.stdout).toMatch(/đã ở phiên bản mới nhất; không đổi gì\.\nTài khoản vt_\w+ đã có; giữ nguyên\.\n$/);

    const asVanThu = { BAOCAO_MAT_KHAU: 'Văn thư 2026!', BAOCAO_SERVER: address(vanThu) };
    const added = await run(asVanThu, 'library', 'add', join(FIXTURES_DIR, 'so-ket-phuong.report.json'));
    expect(added.stdout).toMatch(/^Đã thêm: .*so-ket-phuong\.report\.json → .* “Sơ kết 6 tháng đầu năm 2026/);
    expect(added.code).toBe(0);
    const listed = await run(asVanThu, 'library', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
    const found = await run(asVanThu, 'library', 'search', 'chuyen doi so', '--json');
    expect(found.code).toBe(0);
    expect((JSON.parse(found.stdout) as unknown[]).length).toBeGreaterThan(0);

    const wrong = await run({ BAOCAO_MAT_KHAU: 'sai', BAOCAO_SERVER: address(vanThu) }, 'library', 'list');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Sai tên đăng nhập hoặc mật khẩu/);
    const noPassword = await run({ BAOCAO_MAT_KHAU: '', PGPASSWORD: '' }, 'library', 'list', '--server', address(vanThu));
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toMatch(/Thiếu mật khẩu/);
  }, 120_000);
});
