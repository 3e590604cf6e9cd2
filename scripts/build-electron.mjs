// Bundles the Electron main process and preload into dist/electron as CommonJS:
// a sandboxed preload cannot be an ES module, and one file each starts faster.
// better-sqlite3 stays external (a native module, unpacked from asar by electron-builder).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('Đã dựng dist/electron (main.cjs, preload.cjs).');
