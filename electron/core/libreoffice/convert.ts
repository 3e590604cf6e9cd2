/**
 * LibreOffice headless, where the machine has it: a file converted to another format (a .docx to
 * PDF for the checker's page layout, an old .xls to .xlsx for the consolidation) in a private
 * profile, so it runs beside a LibreOffice the clerk has open. Null where LibreOffice is missing
 * or the conversion fails: each caller says what it does instead.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

let available: boolean | null = null;
export function libreOfficeAvailable(): boolean {
  available ??= spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
  return available;
}

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
  if (!libreOfficeAvailable()) return null;
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
