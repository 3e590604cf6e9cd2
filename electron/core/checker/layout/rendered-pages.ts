/**
 * The pages as a reader sees them, when LibreOffice is installed: the .docx converted to PDF by
 * LibreOffice headless (in a private profile, so it runs beside an open LibreOffice) and each
 * page's text read back with pdftotext. Null where either program is missing: the checker then
 * reads page breaks from the file alone, and says so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** How long a check waits for LibreOffice's layout before it reads page breaks from the file alone. */
export const RENDER_TIMEOUT_MS = 120_000;

let available: boolean | null = null;
function canRenderPages(): boolean {
  available ??= spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 && spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  return available;
}

export async function renderedPages(bytes: Uint8Array): Promise<string[] | null> {
  if (!canRenderPages()) return null;
  const dir = await mkdtemp(join(tmpdir(), 'baocao-check-'));
  try {
    const docx = join(dir, 'van-ban.docx');
    await writeFile(docx, bytes);
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { timeout: RENDER_TIMEOUT_MS },
    );
    const { stdout } = await run('pdftotext', [join(dir, 'van-ban.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 });
    await readFile(join(dir, 'van-ban.pdf'));
    // pdftotext ends each page with a form feed.
    return stdout.split('\f').slice(0, -1);
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
