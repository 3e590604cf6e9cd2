// The real steps behind prepare-desktop.mjs: the electron package's installer, Electron's ABI
// read from the binary itself, and better-sqlite3 built for it in a private copy of the package
// under .native/electron-<abi>/ (node_modules keeps Node's build for tests, CLI and browser mode).
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { DesktopSteps } from './prepare-desktop';

const run = promisify(execFile);

/** `root`: the project folder. */
export function realSteps(root: string): DesktopSteps {
  const require = createRequire(join(root, 'package.json'));
  const electronDir = dirname(require.resolve('electron/package.json'));
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  const arch = process.arch;

  /** A private copy of better-sqlite3's sources, where a build for Electron cannot touch Node's. */
  const workCopy = (target: string) => {
    const dir = join(dirname(target), 'better-sqlite3');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) cpSync(join(sqliteDir, part), join(dir, part), { recursive: true });
    return dir;
  };
  const collect = (dir: string, target: string) => {
    renameSync(join(dir, 'build', 'Release', 'better_sqlite3.node'), target);
    rmSync(dir, { recursive: true, force: true });
  };

  return {
    say: (line) => console.log(line),
    electronBinary: () => {
      try {
        const binary = require('electron') as unknown;
        return typeof binary === 'string' && existsSync(binary) ? binary : null;
      } catch {
        return null;
      }
    },
    installElectron: async () => {
      await run(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, maxBuffer: 16 * 1024 * 1024 });
    },
    electronVersion: () => (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version,
    electronAbi: (binary) =>
      execFileSync(binary, ['-p', 'process.versions.modules'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })
        .toString()
        .trim(),
    nativeBindingPath: (abi) => join(root, '.native', `electron-${abi}`, 'better_sqlite3.node'),
    exists: (path) => existsSync(path),
    fetchPrebuilt: async (version, target) => {
      const dir = workCopy(target);
      await run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version, '--arch', arch], { cwd: dir });
      collect(dir, target);
    },
    buildFromSource: async (version, target) => {
      const dir = workCopy(target);
      await run(
        process.execPath,
        [
          require.resolve('node-gyp/bin/node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${version}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
          '--runtime=electron',
        ],
        { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
      );
      collect(dir, target);
    },
  };
}
