/**
 * The desktop window's security settings and URL rules, as plain data and pure functions so
 * they are unit-tested without Electron. main.ts applies them.
 */
import { posix } from 'node:path';

/** Renderer isolation: no Node in the page, the preload runs sandboxed, the bridge is the only door. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // Electron's spellchecker downloads Hunspell dictionaries from the internet; the app makes no
  // network requests of its own, and offices are often offline. Vietnamese checking is ours.
  spellcheck: false,
} as const;

/** Only our own page, loaded from disk, may be shown or talk to the back end. */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  try {
    const given = new URL(url);
    const ours = new URL(appIndexUrl);
    return given.protocol === 'file:' && given.pathname === ours.pathname;
  } catch {
    return false;
  }
}

/**
 * Requests the window may make: its own files (script, styles) and in-memory data. Everything
 * else — http(s), ws, ftp — is cancelled, so nothing leaves the machine.
 */
export function isAllowedRequest(url: string, appDir: string): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return false;
    // Decode first, then resolve "." and ".." segments: "..%2f" must not climb out of the folder.
    const decoded = decodeURIComponent(parsed.pathname).replace(/\\/g, '/');
    const path = posix.normalize(decoded);
    const dir = posix.normalize(appDir.replace(/\\/g, '/'));
    const normalisedDir = dir.startsWith('/') ? dir : `/${dir}`;
    return path.startsWith(normalisedDir.endsWith('/') ? normalisedDir : `${normalisedDir}/`);
  } catch {
    return false;
  }
}
