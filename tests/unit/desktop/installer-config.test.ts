/**
 * The Windows installer's configuration, checked against electron-builder's own schema (it
 * cannot be built here): per-user, no admin, data kept on uninstall, ready to sign from the
 * environment, the worker and native module outside app.asar.
 */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The YAML as electron-builder reads it. */
function config(): Record<string, unknown> {
  return load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('uses only keys electron-builder knows', () => {
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: Record<string, { properties?: Record<string, unknown> }>;
      properties: Record<string, unknown>;
    };
    const c = config();
    for (const key of Object.keys(c)) expect(Object.keys(scheme.properties), key).toContain(key);
    const win = c.win as Record<string, unknown>;
    for (const key of Object.keys(win)) expect(Object.keys(scheme.definitions.WindowsConfiguration?.properties ?? {}), `win.${key}`).toContain(key);
    for (const key of Object.keys(win.signtoolOptions as object))
      expect(Object.keys(scheme.definitions.WindowsSigntoolConfiguration?.properties ?? {}), key).toContain(key);
    for (const key of Object.keys(c.nsis as object)) expect(Object.keys(scheme.definitions.NsisOptions?.properties ?? {}), `nsis.${key}`).toContain(key);
  });

  it('installs per user without admin rights, keeps the data folder on uninstall, and builds unsigned without a certificate', () => {
    const c = config();
    expect(c.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(c.win).toMatchObject({ forceCodeSigning: false, signtoolOptions: { signingHashAlgorithms: ['sha256'] } });
    expect(c.asarUnpack).toEqual(expect.arrayContaining(['dist/electron/core-worker.cjs', 'node_modules/better-sqlite3/**']));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { author?: { name?: string }; productName?: string; version?: string };
    expect(pkg).toMatchObject({ author: { name: 'Soạn Báo Cáo' }, productName: 'Soạn Báo Cáo' });
  });
});
