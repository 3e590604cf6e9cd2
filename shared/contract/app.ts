/** app.*: this installation, and how its data file stands. */
import { z } from 'zod';
import { returns, type ApiEntry } from './entry';

/** How the data file opened: usable, damaged (read-only, to salvage), or refused (not ours, newer). */
/**
 * How the data file opened. `problem` is the clerk's sentence (Vietnamese, what to do); `detail`
 * is SQLite's own diagnostic, for the log and the IT staff's "Chi tiết kỹ thuật", never the sentence.
 */
export type DataState = { status: 'ok' } | { status: 'salvage'; problem: string; detail?: string } | { status: 'refused'; problem: string };

export interface AppInfo {
  version: string;
  dataDir: string;
  mode: 'desktop' | 'browser' | 'cli';
  data: DataState;
}

export const appApi = {
  /** Facts about this installation: version, where data lives, desktop or browser mode. */
  'app.info': { readOnly: true, args: z.strictObject({}), result: returns<AppInfo>() },
} as const satisfies Record<`app.${string}`, ApiEntry>;
