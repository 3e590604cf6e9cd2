/**
 * Where the database lives. The desktop app passes Electron's userData folder; browser mode
 * and the CLI compute the same folder so both modes see the same reports. BAOCAO_DATA_DIR
 * overrides both (tests, portable installs on a USB stick).
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** What lives in a data folder: the one place each name is written. */
export const DATABASE_FILE = 'baocao.db';
/** The search index beside the data file: derived data, rebuilt when missing, never backed up. */
export const SEARCH_INDEX_FILE = 'tim-kiem.db';
/** The technical log for IT staff (log/log-file.ts), rotated. */
export const LOG_FOLDER = 'nhat-ky';
export const LOG_FILE = 'baocao.log';
const APP_FOLDER = 'Soạn Báo Cáo';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

export function resolveDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.BAOCAO_DATA_DIR?.trim();
  return override ? override : fallback;
}

/** A file of this name beside Soạn Báo Cáo.exe makes the unzipped app portable (a USB stick). */
const PORTABLE_MARKER = 'portable';
const PORTABLE_DATA_FOLDER = 'Dữ liệu Soạn Báo Cáo';

/**
 * The portable copy's data folder, beside the .exe, when the marker file is there; otherwise
 * null (the installed app keeps its data in the user's profile, untouched by uninstalling).
 */
export function portableDataDir(exeDir: string, exists: (path: string) => boolean = existsSync): string | null {
  return exists(join(exeDir, PORTABLE_MARKER)) || exists(join(exeDir, `${PORTABLE_MARKER}.txt`)) ? join(exeDir, PORTABLE_DATA_FOLDER) : null;
}
