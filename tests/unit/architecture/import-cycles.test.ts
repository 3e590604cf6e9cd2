/**
 * No module reaches itself through its imports (issue 23): a circle makes load order matter and
 * hides which unit depends on which. madge reads the same imports TypeScript resolves.
 */
import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the code base', () => {
  it('has no import circle in the core, the hosts, the shared model or the renderer', async () => {
    const graph = await madge(
      ['electron', 'shared', 'renderer/src', 'scripts', 'bench'].map((folder) => join(root, folder)),
      {
        baseDir: root,
        fileExtensions: ['ts', 'tsx'],
        tsConfig: join(root, 'tsconfig.json'),
        detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
      },
    );
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(300);
    expect(graph.circular()).toEqual([]);
  }, 60_000);
});
