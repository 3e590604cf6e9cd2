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

/** A file for LibreOffice to convert: its bytes and the extension that says what it is. */
export interface LibreOfficeInput {
  bytes: Uint8Array;
  fromExtension: string;
}

/**
 * Every file converted to `toExtension` by one start of LibreOffice, in a private profile: each
 * start costs about a second before any work, a file after the first a tenth of that. `then`
 * reads a converted file (with its place in `inputs`) before the private folder is removed. Null
 * where LibreOffice is missing; a file LibreOffice could not convert — it leaves such a file out
 * and goes on — or had not reached when the run timed out is null in its place.
 */
export async function convertAllWithLibreOffice<T>(
  inputs: readonly LibreOfficeInput[],
  toExtension: string,
  timeoutMs: number,
  then: (convertedPath: string, index: number) => Promise<T>,
): Promise<(T | null)[] | null> {
  const command = sofficeCommand();
  if (!command) return null;
  const dir = await mkdtemp(join(tmpdir(), 'baocao-lo-'));
  try {
    // Numbered names: two files of one name, or a name LibreOffice would mangle, stay apart.
    const sources = inputs.map((input, i) => join(dir, `tep-${i + 1}.${input.fromExtension}`));
    await Promise.all(inputs.map((input, i) => writeFile(sources[i] as string, input.bytes)));
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`;
    // A timeout or a crash ends the run; the files converted before it are still read.
    await run(command, [profile, '--headless', '--convert-to', toExtension, '--outdir', dir, ...sources], { timeout: timeoutMs }).catch(() => undefined);
    const results: (T | null)[] = [];
    for (const [i] of inputs.entries()) {
      const converted = join(dir, `tep-${i + 1}.${toExtension}`);
      results.push(existsSync(converted) ? await then(converted, i).catch(() => null) : null);
    }
    return results;
  } catch {
    // The private folder could not be written (a full disk): as if LibreOffice were missing.
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One file converted (a batch of one); null where LibreOffice is missing or the conversion fails. */
export async function convertWithLibreOffice<T>(
  bytes: Uint8Array,
  fromExtension: string,
  toExtension: string,
  timeoutMs: number,
  then: (convertedPath: string) => Promise<T>,
): Promise<T | null> {
  const results = await convertAllWithLibreOffice([{ bytes, fromExtension }], toExtension, timeoutMs, (path) => then(path));
  return results?.[0] ?? null;
}

/** The converted file's bytes. */
export const convertedBytes = (bytes: Uint8Array, fromExtension: string, toExtension: string, timeoutMs: number) =>
  convertWithLibreOffice(bytes, fromExtension, toExtension, timeoutMs, (path) => readFile(path));
