// Bundles the `baocao` command into one minified file (dist/cli/baocao.mjs). Loading one
// bundle is several times faster than compiling the TypeScript sources at every start, which
// matters to IT staff converting hundreds of files in a batch. Runs on `npm install` (prepare).
import { build } from 'esbuild';

await build({
  entryPoints: { baocao: 'electron/cli/main.ts' },
  outdir: 'dist/cli',
  // Commands load what they need: `export` never parses the checker's XML library.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
