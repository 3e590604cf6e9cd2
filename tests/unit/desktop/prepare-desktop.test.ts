/**
 * `npm start` on a fresh Windows PC: what it checks, in which order, what it downloads or builds,
 * and what it prints — the download and build steps replaced by fakes that record each call.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES, prepareDesktop, type DesktopSteps } from '../../../scripts/desktop/prepare-desktop';

interface Machine {
  electronInstalled: boolean;
  files: Set<string>;
  installElectron?: () => void;
  fetchPrebuilt?: () => void;
  buildFromSource?: () => void;
}

const BINDING = 'C:\\Users\\Nguyễn Văn A\\Dự án\\.native\\electron-145\\better_sqlite3.node';

function fake(machine: Machine): { steps: DesktopSteps; calls: string[]; said: string[] } {
  const calls: string[] = [];
  const said: string[] = [];
  const steps: DesktopSteps = {
    say: (line) => said.push(line),
    electronBinary: () => (machine.electronInstalled ? 'C:\\electron.exe' : null),
    installElectron: async () => {
      calls.push('installElectron');
      machine.installElectron?.();
      machine.electronInstalled = true;
    },
    electronVersion: () => '41.7.1',
    electronAbi: () => {
      calls.push('electronAbi');
      return '145';
    },
    nativeBindingPath: (abi) => BINDING.replace('145', abi),
    exists: (path) => machine.files.has(path),
    fetchPrebuilt: async (version, target) => {
      calls.push(`fetchPrebuilt ${version}`);
      machine.fetchPrebuilt?.();
      machine.files.add(target);
    },
    buildFromSource: async (version, target) => {
      calls.push(`buildFromSource ${version}`);
      machine.buildFromSource?.();
      machine.files.add(target);
    },
  };
  return { steps, calls, said };
}

const offline = () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' });
};

describe('npm start prepares the desktop app', () => {
  it('a machine already prepared: nothing is downloaded or built, the window opens with the Electron build', async () => {
    const { steps, calls, said } = fake({ electronInstalled: true, files: new Set([BINDING]) });
    expect(await prepareDesktop(steps)).toEqual({ ok: true, binary: 'C:\\electron.exe', nativeBinding: BINDING });
    expect(calls).toEqual(['electronAbi']);
    expect(said).toEqual([]);
  });

  it('a fresh PC with internet: downloads Electron, then fetches better-sqlite3 built for its ABI, saying each step', async () => {
    const { steps, calls, said } = fake({ electronInstalled: false, files: new Set() });
    expect(await prepareDesktop(steps)).toEqual({ ok: true, binary: 'C:\\electron.exe', nativeBinding: BINDING });
    expect(calls).toEqual(['installElectron', 'electronAbi', 'fetchPrebuilt 41.7.1']);
    expect(said).toEqual([MESSAGES.downloadingElectron('41.7.1'), MESSAGES.electronReady, MESSAGES.preparingNative('145'), MESSAGES.nativeReady]);
  });

  it('no prebuilt binary for this Electron: builds from source', async () => {
    const { steps, calls, said } = fake({
      electronInstalled: true,
      files: new Set(),
      fetchPrebuilt: () => {
        throw new Error('No prebuilt binaries found (target=41.7.1 runtime=electron arch=x64)');
      },
    });
    expect(await prepareDesktop(steps)).toMatchObject({ ok: true });
    expect(calls).toEqual(['electronAbi', 'fetchPrebuilt 41.7.1', 'buildFromSource 41.7.1']);
    expect(said).toContain(MESSAGES.nativeFromSource);
  });

  it('no internet: says so once, points to npm run web, and stops before anything else', async () => {
    const { steps, calls, said } = fake({ electronInstalled: false, files: new Set(), installElectron: offline });
    expect(await prepareDesktop(steps)).toEqual({ ok: false });
    expect(calls).toEqual(['installElectron']);
    expect(said).toEqual([MESSAGES.downloadingElectron('41.7.1'), MESSAGES.offline]);
    expect(said.filter((l) => l.includes('npm run web'))).toHaveLength(1);
  });

  it('internet lost while fetching better-sqlite3: the same one message, no build attempted', async () => {
    const { steps, calls, said } = fake({ electronInstalled: true, files: new Set(), fetchPrebuilt: offline });
    expect(await prepareDesktop(steps)).toEqual({ ok: false });
    expect(calls).toEqual(['electronAbi', 'fetchPrebuilt 41.7.1']);
    expect(said.at(-1)).toBe(MESSAGES.offline);
  });

  it('no compiler for the source build: says what to install, in Vietnamese', async () => {
    const { steps, said } = fake({
      electronInstalled: true,
      files: new Set(),
      fetchPrebuilt: () => {
        throw new Error('404 Not Found');
      },
      buildFromSource: () => {
        throw new Error('gyp ERR! find VS could not find a version of Visual Studio');
      },
    });
    expect(await prepareDesktop(steps)).toEqual({ ok: false });
    expect(said.at(-1)).toMatch(/Visual Studio Build Tools.*npm run web/);
  });
});
