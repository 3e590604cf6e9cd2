/**
 * The pages as a reader sees them, when LibreOffice is installed: each .docx converted to PDF by
 * LibreOffice headless — every file of a batch by one start of it — and each page's text read
 * back with pdftotext. Null where either program is missing or a file could not be laid out:
 * the checker then reads page breaks from the file alone, and says so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { convertAllWithLibreOffice, libreOfficeAvailable } from '../../libreoffice/convert';

const run = promisify(execFile);
/** How long a check waits for LibreOffice's layout of one file before it reads page breaks from the file alone. */
export const RENDER_TIMEOUT_MS = 120_000;
/** What each further file of a batch adds to that wait (a long report lays out in a second or two). */
export const RENDER_TIMEOUT_PER_MORE_FILE_MS = 30_000;

let pdftotext: boolean | null = null;
function canRenderPages(): boolean {
  pdftotext ??= spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  return pdftotext && libreOfficeAvailable();
}

/** Each file's pages, in the files' order (null for a file not laid out); all null without LibreOffice. */
export async function renderedPagesOfAll(files: readonly Uint8Array[]): Promise<(string[] | null)[]> {
  if (files.length === 0 || !canRenderPages()) return files.map(() => null);
  const timeout = RENDER_TIMEOUT_MS + RENDER_TIMEOUT_PER_MORE_FILE_MS * (files.length - 1);
  const inputs = files.map((bytes) => ({ bytes, fromExtension: 'docx' }));
  const pages = await convertAllWithLibreOffice(inputs, 'pdf', timeout, async (pdf) => {
    const { stdout } = await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    // pdftotext ends each page with a form feed.
    return stdout.split('\f').slice(0, -1);
  });
  return pages ?? files.map(() => null);
}

export async function renderedPages(bytes: Uint8Array): Promise<string[] | null> {
  const [pages] = await renderedPagesOfAll([bytes]);
  return pages ?? null;
}
