/**
 * Paths with Vietnamese letters and spaces everywhere a clerk's PC has them: the data folder under
 * "Nguyễn Văn A", the project checked out under such a folder, export into "Báo cáo tháng 11".
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { fillReports, folderCore } from '../support/data-folder';
import { FIXTURES_DIR } from '../support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');

describe('Vietnamese letters and spaces in paths', () => {
  it('data folder under a user profile like C:\\Users\\Nguyễn Văn A\\AppData\\Roaming\\Soạn Báo Cáo: save, back up, restore', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'baocao-')), 'Users', 'Nguyễn Văn A', 'AppData', 'Roaming', 'Soạn Báo Cáo');
    const core = folderCore(dir);
    await fillReports(core, 3);
    const backup = await core.call('backups.create', {});
    await fillReports(core, 1, 'Thêm');
    const restored = await core.call('backups.restore', { name: backup.name });
    expect(restored.reports).toBe(3);
    expect(await core.call('library.list', {})).toHaveLength(3);
    core.close();
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });

  it('the baocao command from a project under "Dự án của Nguyễn Văn A", writing into "Báo cáo tháng 11"', () => {
    const home = mkdtempSync(join(tmpdir(), 'baocao-'));
    const project = join(home, 'Dự án của Nguyễn Văn A', 'soan bao cao');
    mkdirSync(project, { recursive: true });
    // A checkout: sources, the built command, package.json (timestamps kept, so the bundle is used).
    for (const part of ['bin', 'shared', 'electron', join('dist', 'cli'), 'package.json']) {
      cpSync(join(ROOT, part), join(project, part), { recursive: true, preserveTimestamps: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    const out = join(home, 'Báo cáo tháng 11', 'Báo cáo sơ kết.docx');
    mkdirSync(join(home, 'Báo cáo tháng 11'));
    const printed = execFileSync(process.execPath, [join(project, 'bin', 'baocao.mjs'), 'export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', out], {
      encoding: 'utf8',
    });
    expect(printed).toContain('Đã xuất');
    expect(existsSync(out)).toBe(true);
    const checked = execFileSync(process.execPath, [join(project, 'bin', 'baocao.mjs'), 'check', out], { encoding: 'utf8' });
    expect(checked).toMatch(/Đúng thể thức/);
  });
});
