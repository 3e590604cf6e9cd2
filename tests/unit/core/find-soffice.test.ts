/** Where LibreOffice is on a clerk's PC: its Windows installer does not put soffice on PATH. */
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../../electron/core/libreoffice/convert';

const windows = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\van-thu\\AppData\\Local' };

describe('finding LibreOffice', () => {
  it('takes soffice on PATH, as on Linux', () => {
    expect(findSoffice({ platform: 'linux', env: {}, exists: () => false, runs: (c) => c === 'soffice' })).toBe('soffice');
    expect(findSoffice({ platform: 'linux', env: {}, exists: () => true, runs: () => false })).toBeNull();
  });

  it('on Windows, finds it where its installer puts it, 64- or 32-bit, or for one user', () => {
    const at = (path: string) => findSoffice({ platform: 'win32', env: windows, exists: (p) => p === path, runs: () => false });
    expect(at('C:\\Program Files\\LibreOffice\\program\\soffice.exe')).toBe('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(at('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe')).toBe('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    expect(at('C:\\Users\\van-thu\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe')).toBe(
      'C:\\Users\\van-thu\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe',
    );
    expect(at('D:\\khac\\soffice.exe')).toBeNull();
  });

  it('takes the path IT set in BAOCAO_SOFFICE first, and only if it is there', () => {
    const env = { ...windows, BAOCAO_SOFFICE: 'D:\\PortableApps\\LibreOffice\\App\\libreoffice\\program\\soffice.exe' };
    expect(findSoffice({ platform: 'win32', env, exists: (p) => p === env.BAOCAO_SOFFICE, runs: () => true })).toBe(env.BAOCAO_SOFFICE);
    expect(findSoffice({ platform: 'win32', env, exists: () => false, runs: () => true })).toBeNull();
  });
});
