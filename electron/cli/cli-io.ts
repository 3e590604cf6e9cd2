/**
 * What every `baocao` command shares: the streams and clock it is given, the exit codes, the two
 * kinds of refusal, and reading the files it is pointed at. Kept apart from run-cli.ts (which
 * loads the commands) so no command imports the file that imports it.
 */
import { mkdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { commandLineMessages, textCommandMessages } from '#shared/messages/command-line';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  today: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_FINDINGS = 3;

/** The core's error codes that mean the input or the place was refused (exit 2), not that the command broke. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(['validation', 'not_found', 'conflict', 'unsupported_file', 'database', 'io']);

/** Input the command refuses (a missing, unreadable or invalid file): said in one line, exit 2. */
export class BadInput extends Error {}

/** A problem of one file among several, said with the file's name first. */
export const inFile = (file: string, problem: string): string => `${file}: ${problem}`;

/** The system's short name of a file error (EACCES, ENOSPC…), shown in brackets after the clerk's sentence. */
export const errorCode = (error: unknown): string => (error as { code?: string }).code ?? 'lỗi';

/** The command line itself is wrong (an unknown option, a missing argument): said with the usage text. */
export class UsageError extends BadInput {}

/** A file's bytes, or a Vietnamese refusal saying why not (every command reads its inputs through here). */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new BadInput(
      code === 'ENOENT'
        ? `Không tìm thấy tệp "${file}".`
        : code === 'EISDIR'
          ? `"${file}" là thư mục, không phải tệp.`
          : `Không đọc được tệp "${file}" (${code ?? 'lỗi'}).`,
    );
  }
}

/**
 * A plain text file's bytes. A Word file, a zip or any other binary file is refused: its bytes
 * would otherwise come back out as "text" (a NUL byte never appears in text; a zip begins "PK").
 */
export async function readTextFileBytes(file: string): Promise<Buffer> {
  const bytes = await readInputFile(file);
  const head = bytes.subarray(0, 4096);
  if (head.includes(0) || head.subarray(0, 2).toString('latin1') === 'PK' || head.subarray(0, 4).toString('latin1') === '%PDF') {
    throw new BadInput(textCommandMessages.notText(file));
  }
  return bytes;
}

/** `-o` names a folder: one that exists, or a path ending in a slash. */
export function isFolder(path: string): boolean {
  if (/[\\/]$/.test(path)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folder for many results, made if missing. */
export function ensureFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new BadInput(commandLineMessages.cannotMakeFolder(path, errorCode(error)));
  }
}
