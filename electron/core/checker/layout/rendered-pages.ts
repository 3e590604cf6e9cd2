/**
 * The pages as a reader sees them, when LibreOffice is installed: the .docx converted to PDF by
 * LibreOffice headless and each page's text read back with pdftotext. Null where either program
 * is missing: the checker then reads page breaks from the file alone, and says so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { convertWithLibreOffice, libreOfficeAvailable } from '../../libreoffice/convert';

const run = promisify(execFile);
/** How long a check waits for LibreOffice's layout before it reads page breaks from the file alone. */
export const RENDER_TIMEOUT_MS = 120_000;

let pdftotext: boolean | null = null;
function canRenderPages(): boolean {
  pdftotext ??= spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  return pdftotext && libreOfficeAvailable();
}

export async function renderedPages(bytes: Uint8Array): Promise<string[] | null> {
  if (!canRenderPages()) return null;
  return convertWithLibreOffice(bytes, 'docx', 'pdf', RENDER_TIMEOUT_MS, async (pdf) => {
    const { stdout } = await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    // pdftotext ends each page with a form feed.
    return stdout.split('\f').slice(0, -1);
  });
}
