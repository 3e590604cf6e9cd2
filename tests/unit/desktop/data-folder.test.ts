/** Where the data lives: the user's profile (Vietnamese names and spaces included), or beside a portable .exe. */
import { describe, expect, it } from 'vitest';
import { win32 } from 'node:path';
import { defaultUserDataDir, portableDataDir, resolveDataDir } from '../../../electron/core/data-dir';

describe('the data folder', () => {
  it('is %APPDATA%\\Soạn Báo Cáo on Windows, under a profile with Vietnamese letters and spaces', () => {
    const dir = defaultUserDataDir({ APPDATA: 'C:\\Users\\Nguyễn Văn A\\AppData\\Roaming' }, 'win32');
    expect(dir.replace(/\//g, '\\')).toBe('C:\\Users\\Nguyễn Văn A\\AppData\\Roaming\\Soạn Báo Cáo');
  });

  it('is beside the .exe of a portable copy when the marker file is there', () => {
    const exeDir = 'E:\\Soạn Báo Cáo (USB)';
    const exists = (path: string) => path.endsWith('portable');
    expect(portableDataDir(exeDir, exists)).toMatch(/Soạn Báo Cáo \(USB\)[\\/]Dữ liệu Soạn Báo Cáo$/);
    expect(portableDataDir(exeDir, () => false)).toBeNull();
    expect(portableDataDir(exeDir, (path) => win32.basename(path.replace(/\//g, '\\')) === 'portable.txt')).not.toBeNull();
  });

  it('BAOCAO_DATA_DIR wins over both', () => {
    expect(resolveDataDir('C:\\x', { BAOCAO_DATA_DIR: 'D:\\Dữ liệu' })).toBe('D:\\Dữ liệu');
    expect(resolveDataDir('C:\\x', {})).toBe('C:\\x');
  });
});
