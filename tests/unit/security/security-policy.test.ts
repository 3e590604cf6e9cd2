import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, SECURE_WEB_PREFERENCES } from '../../../electron/main/security-policy';

describe('desktop window security', () => {
  it('isolates the page from Node and sandboxes the preload', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  it('turns off Electron’s spellchecker, which would download dictionaries', () => {
    expect(SECURE_WEB_PREFERENCES.spellcheck).toBe(false);
  });

  it('accepts only our own index page as the app', () => {
    const ours = 'file:///C:/Program%20Files/Soan/resources/app.asar/dist/renderer/index.html';
    expect(isAppUrl(`${ours}#/bao-cao/1`, ours)).toBe(true);
    expect(isAppUrl('https://example.com/', ours)).toBe(false);
    expect(isAppUrl('file:///C:/Windows/evil.html', ours)).toBe(false);
    expect(isAppUrl('not a url', ours)).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const dir = '/opt/soan/resources/app.asar/dist/renderer';
    expect(isAllowedRequest(`file://${dir}/assets/index.js`, dir)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', dir)).toBe(true);
    expect(isAllowedRequest('https://redirector.gvt1.com/edgedl/chrome/dict/vi-vn-3-0.bdic', dir)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', dir)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', dir)).toBe(false);
  });

  it('checks the path after decoding it: encoded ".." cannot climb out of the app folder', () => {
    const dir = '/opt/soan/resources/app.asar/dist/renderer';
    for (const sneaky of [
      '..%2f..%2f..%2fetc%2fpasswd',
      '%2e%2e/%2e%2e/secret.txt',
      'assets/..%2f..%2f..%2fapp.asar.unpacked%2fx.node',
      'assets%2f..%5c..%5cmain.cjs',
    ]) {
      expect(isAllowedRequest(`file://${dir}/${sneaky}`, dir)).toBe(false);
    }
    expect(isAllowedRequest(`file://${dir}/assets/..%2findex.html`, dir)).toBe(true);
  });
});
