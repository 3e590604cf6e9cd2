// Bundles the Electron main process, the preload, the core's thread and its task worker into
// dist/electron as CommonJS: a sandboxed preload cannot be an ES module, and one file each
// starts faster. better-sqlite3 stays external (a native module, unpacked from asar by
// electron-builder). Sources find their worker through import.meta.url; the bundle is told
// its worker's path by main.ts, so import.meta.url is never read there.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // @aws-sdk/client-s3: an optional require of unzipper (exceljs's reader) for files on S3, never called.
  // pdfjs-dist: pdf.js imports its worker module at run time; it is loaded from node_modules.
  external: ['electron', 'better-sqlite3', '@aws-sdk/client-s3', 'pdfjs-dist'],
  logLevel: 'warning',
  define: { 'import.meta.url': 'undefined' },
};

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
await build({ ...common, entryPoints: ['electron/core/host/core-worker.ts'], outfile: 'dist/electron/core-worker.cjs' });
await build({ ...common, entryPoints: ['electron/core/host/core-thread.ts'], outfile: 'dist/electron/core-thread.cjs' });
console.log('Đã dựng dist/electron (main.cjs, preload.cjs, core-worker.cjs, core-thread.cjs).');
