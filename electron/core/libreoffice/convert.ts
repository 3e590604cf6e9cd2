/**
 * LibreOffice headless, where the machine has it: a file converted to another format (a .docx to
 * PDF for the checker's page layout, an old .xls to .xlsx for the consolidation) in a private
 * profile, so it runs beside a LibreOffice the clerk has open. Null where LibreOffice is missing
 * or the conversion fails: each caller says what it does instead.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Machine {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists: (path: string) => boolean;
  /** Whether a command of that name runs (it is on PATH). */
  runs: (command: string) => boolean;
}

/**
 * Where LibreOffice's soffice is: BAOCAO_SOFFICE if IT set it, else `soffice` on PATH (Linux,
 * macOS with the link made), else where its Windows installer puts it — it does not add itself
 * to PATH there, and a clerk's PC is where it matters.
 */
export function findSoffice(machine: Machine): string | null {
  const chosen = machine.env.BAOCAO_SOFFICE;
  if (chosen) return machine.exists(chosen) ? chosen : null;
  if (machine.runs('soffice')) return 'soffice';
  if (machine.platform !== 'win32') return null;
  const folders = [machine.env.ProgramFiles, machine.env['ProgramFiles(x86)'], machine.env.LOCALAPPDATA && win32.join(machine.env.LOCALAPPDATA, 'Programs')];
  for (const folder of folders) {
    const path = folder ? win32.join(folder, 'LibreOffice', 'program', 'soffice.exe') : null;
    if (path && machine.exists(path)) return path;
  }
  return null;
}

let soffice: string | null | undefined;
function sofficeCommand(): string | null {
  soffice ??= findSoffice({
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    runs: (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0,
  });
  return soffice;
}

export const libreOfficeAvailable = (): boolean => sofficeCommand() !== null;

/**
 * `bytes` (a file of kind `fromExtension`) converted by LibreOffice to `toExtension`; `then`
 * reads the converted file's path before the private folder is removed.
 */
export async function convertWithLibreOffice<T>(
  bytes: Uint8Array,
  fromExtension: string,
  toExtension: string,
  timeoutMs: number,
  then: (convertedPath: string) => Promise<T>,
): Promise<T | null> {
  const command = sofficeCommand();
  if (!command) return null;
  const dir = await mkdtemp(join(tmpdir(), 'baocao-lo-'));
  try {
    const source = join(dir, `tep.${fromExtension}`);
    await writeFile(source, bytes);
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`, '--headless', '--convert-to', toExtension, '--outdir', dir, source],
      {
        timeout: timeoutMs,
      },
    );
    return await then(join(dir, `tep.${toExtension}`));
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The converted file's bytes. */
export const convertedBytes = (bytes: Uint8Array, fromExtension: string, toExtension: string, timeoutMs: number) =>
  convertWithLibreOffice(bytes, fromExtension, toExtension, timeoutMs, (path) => readFile(path));
