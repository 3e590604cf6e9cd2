/**
 * The desktop app started with `npm start` loads better-sqlite3 from its Electron build
 * (.native/electron-<abi>/); everything that opens SQLite — the data file, backups on the worker
 * thread — goes through that one choice.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeBindingInUse, openSqlite, useNativeBinding } from '../../electron/core/db/sqlite';
import { fillReports, folderCore, newDataDir } from '../support/data-folder';

const require = createRequire(import.meta.url);
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

afterEach(() => useNativeBinding(undefined));

describe('the native binding in use', () => {
  it('opens the database with the named build, here and on the worker thread', async () => {
    // A build in its own folder, as scripts/desktop makes for Electron (here: a copy of Node's).
    const folder = join(newDataDir('native'), '.native', 'electron-test');
    mkdirSync(folder, { recursive: true });
    copyFileSync(nodeBuild, join(folder, 'better_sqlite3.node'));
    useNativeBinding(join(folder, 'better_sqlite3.node'));
    expect(nativeBindingInUse()).toBe(join(folder, 'better_sqlite3.node'));
    const core = folderCore(newDataDir('Nguyễn Văn A'));
    await fillReports(core, 2);
    const backup = await core.call('backups.create', {});
    expect(backup.reports).toBe(2);
    core.close();
  });

  it('a wrong path is an error at once, not a silent fallback to another build', () => {
    useNativeBinding('/nowhere/better_sqlite3.node');
    expect(() => openSqlite(':memory:')).toThrow();
    useNativeBinding('');
    expect(nativeBindingInUse()).toBeUndefined();
    expect(openSqlite(':memory:').open).toBe(true);
  });
});
