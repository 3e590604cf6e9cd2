/**
 * The technical log: what went wrong inside the app, with SQLite's own words and the stack, for
 * the office's IT staff — never for the clerk's screen or terminal, which get one Vietnamese
 * sentence each. It lives in the data folder (`nhat-ky/baocao.log`) so a support person finds it
 * beside the data it talks about, and it is rotated so a machine that logs every day for years
 * keeps a few megabytes, not gigabytes. Writing the log must never be a new way to fail: a full
 * disk or a read-only folder loses the line, not the save that was being logged.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './logger';
import { LOG_FILE, LOG_FOLDER } from '../data-dir';

/** A log file of this size is moved aside as `.1` (and `.1` to `.2` …) before the next line. */
const LOG_ROTATE_BYTES = 1024 * 1024;
/** How many old files are kept besides the current one. */
const LOG_KEEP = 3;

interface FileLogger extends Logger {
  /** Where the lines go: named in the few places that tell IT staff where to look. */
  readonly path: string;
}

function detailOf(error: unknown): string {
  if (error === undefined) return '';
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

function rotate(path: string, keep: number): void {
  rmSync(`${path}.${keep}`, { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) {
    try {
      renameSync(`${path}.${n}`, `${path}.${n + 1}`);
    } catch {
      // That generation does not exist yet.
    }
  }
  renameSync(path, `${path}.1`);
}

/**
 * A logger writing to `<dataDir>/nhat-ky/baocao.log`. `source` names the program that wrote
 * a line (app, web, cli): the app and the command line may share one data folder.
 */
export function fileLogger(dataDir: string, source: string, options: { rotateBytes?: number; keep?: number; clock?: () => Date } = {}): FileLogger {
  const folder = join(dataDir, LOG_FOLDER);
  const path = join(folder, LOG_FILE);
  const rotateBytes = options.rotateBytes ?? LOG_ROTATE_BYTES;
  const keep = options.keep ?? LOG_KEEP;
  const clock = options.clock ?? (() => new Date());
  const write = (level: string, message: string, error?: unknown) => {
    const detail = detailOf(error);
    const line = `${clock().toISOString()} [${source}] ${level} ${message}${detail ? `\n  ${detail.replace(/\n/g, '\n  ')}` : ''}\n`;
    try {
      mkdirSync(folder, { recursive: true });
      let size = 0;
      try {
        size = statSync(path).size;
      } catch {
        // No file yet.
      }
      if (size > 0 && size + Buffer.byteLength(line) > rotateBytes) rotate(path, keep);
      appendFileSync(path, line);
    } catch {
      // Logging must not fail the work it describes (full disk, read-only folder).
    }
  };
  return {
    path,
    error: (message, error) => write('ERROR', message, error),
    info: (message) => write('INFO', message),
  };
}
