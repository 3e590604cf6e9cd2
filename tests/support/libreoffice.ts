/**
 * LibreOffice headless as a second, independent reader of our Word files: convert to PDF, then
 * read each page's text with pdftotext. Where LibreOffice is missing, tests skip locally but
 * fail on CI (CI=true), so a green CI run always means the files were really rendered.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 && spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

export const mustRender = process.env.CI === 'true';

export interface RenderedPdf {
  pdfPath: string;
  pages: string[];
}

/** Converts docx bytes to PDF in a private profile (safe to run beside another soffice). */
export function renderDocx(bytes: Uint8Array, name = 'report'): RenderedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-lo-'));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdfPath = join(dir, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdfPath, '-']).toString('utf8'),
  );
  readFileSync(pdfPath);
  return { pdfPath, pages };
}

/** A file of another kind converted by LibreOffice (HTML → docx, → doc …); returns the result's bytes. */
export function convertWithLibreOffice(input: { name: string; bytes: Uint8Array | string }, filter: string, extension: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-lo-'));
  const source = join(dir, input.name);
  writeFileSync(source, input.bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`,
      '--headless',
      '--convert-to',
      `${extension}:${filter}`,
      '--outdir',
      join(dir, 'out'),
      source,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return readFileSync(join(dir, 'out', input.name.replace(/\.[^.]+$/, `.${extension}`)));
}
