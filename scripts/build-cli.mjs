// Bundles the `baocao` command into one minified file (dist/cli/baocao.mjs). Loading one
// bundle is several times faster than compiling the TypeScript sources at every start, which
// matters to IT staff converting hundreds of files in a batch. Runs on `npm install` (prepare).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Old chunks (their names carry a hash) would pile up in the folder.
rmSync('dist/cli', { recursive: true, force: true });

/**
 * zod re-exports every locale as \`z.locales\` (about 300 KB of the bundle, compiled at every
 * start). We use none of them — English messages are zod's default, registered by its schemas
 * module itself, and our messages are our own Vietnamese — so the namespace becomes empty.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes('/zod/') ? { path: 'zod-locales', namespace: 'empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

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
  // @aws-sdk/client-s3: an optional require of unzipper (exceljs's reader) for files on S3, never called.
  // pdfjs-dist: pdf.js imports its worker module at run time; it is loaded from node_modules.
  external: ['better-sqlite3', '@aws-sdk/client-s3', 'pdfjs-dist'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [withoutZodLocales],
  logLevel: 'warning',
});
