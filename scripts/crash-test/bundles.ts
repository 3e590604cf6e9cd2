/**
 * The crash harness's processes run as bundles (as in the desktop app): a process starts in a
 * tenth of a second instead of compiling the sources each time.
 */
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLES = join(import.meta.dirname, '..', '..', '.test-artifacts', 'crash-test');

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'pg', 'pg-native'],
  logLevel: 'warning',
  define: { 'import.meta.url': 'undefined' },
};

/** Bundles a writer (a file of this folder) and the core's worker; the writer's bundle path. */
export async function bundleWriter(writerFile: string): Promise<{ writer: string; worker: string }> {
  mkdirSync(BUNDLES, { recursive: true });
  const writer = join(BUNDLES, writerFile.replace(/\.ts$/, '.cjs'));
  const worker = join(BUNDLES, 'core-worker.cjs');
  await build({ ...common, entryPoints: [join(import.meta.dirname, writerFile)], outfile: writer });
  await build({ ...common, entryPoints: [join(import.meta.dirname, '..', '..', 'electron', 'core', 'host', 'core-worker.ts')], outfile: worker });
  return { writer, worker };
}
