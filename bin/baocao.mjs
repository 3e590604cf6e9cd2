#!/usr/bin/env node
// The `baocao` command. It runs the bundled build (dist/cli, made by `npm install`) when that is
// newer than every source file, and the TypeScript sources through tsx otherwise, so it is fast
// after install and never stale while the code is being changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'baocao.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const bundleIsFresh = existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(newestSource(join(root, 'shared')), newestSource(join(root, 'electron')));

// Exporting allocates many short-lived objects; a larger young generation halves GC time.
v8.setFlagsFromString('--max-semi-space-size=64');

if (bundleIsFresh) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href);
}
