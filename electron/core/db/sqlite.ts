/**
 * The one way the core opens SQLite. The desktop app started with `npm start` runs on Electron,
 * whose native modules need a build for Electron's ABI; that build lives in its own folder
 * (.native/electron-<abi>/, made by scripts/desktop) so Node's build in node_modules stays for
 * tests, the CLI and browser mode. The main process names it once; the worker thread is told.
 */
import BetterSqlite3, { type Database, type Options } from 'better-sqlite3';

let nativeBinding: string | undefined;

/** The better-sqlite3 build to load (a path to better_sqlite3.node), or undefined for node_modules' own. */
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path && path.trim() !== '' ? path : undefined;
}

export function nativeBindingInUse(): string | undefined {
  return nativeBinding;
}

export function openSqlite(source: string | Buffer, options: Options = {}): Database {
  return new BetterSqlite3(source, nativeBinding ? { ...options, nativeBinding } : options);
}
