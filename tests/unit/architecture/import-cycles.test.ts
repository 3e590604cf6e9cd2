/**
 * No module reaches itself through its imports (issues 23, 33): a circle makes load order matter
 * and hides which unit depends on which. Type-only imports count too — a type circle is still two
 * files that cannot be understood apart. madge reads the same imports TypeScript resolves.
 *
 * In the core the rule holds for folders as well: a feature folder (backups/, checker/, …) never
 * reaches itself through another, so each folder can be read with only what lies below it.
 */
import { join } from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const CORE = 'electron/core/';

/** The core folder a file belongs to (a file directly in electron/core/ stands for itself). */
function coreFolder(file: string): string | null {
  if (!file.startsWith(CORE)) return null;
  const rest = file.slice(CORE.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : rest;
}

/** Every group of folders that reach one another (Tarjan's strongly connected components of size > 1). */
function folderCircles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) circles.push(component.sort());
  };
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets])]);
  for (const node of nodes) if (!index.has(node)) visit(node);
  return circles;
}

describe('the code base', () => {
  let imports: Record<string, string[]>;
  let circular: string[][];

  beforeAll(async () => {
    const graph = await madge(
      ['electron', 'shared', 'renderer/src', 'scripts', 'bench'].map((folder) => join(root, folder)),
      {
        baseDir: root,
        fileExtensions: ['ts', 'tsx'],
        tsConfig: join(root, 'tsconfig.json'),
        detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
      },
    );
    imports = graph.obj();
    circular = graph.circular();
  }, 60_000);

  it('has no import circle, type imports included, in the core, the hosts, the shared model or the renderer', () => {
    expect(Object.keys(imports).length).toBeGreaterThan(300);
    expect(circular).toEqual([]);
  });

  it("has no circle between the core's folders", () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, targets] of Object.entries(imports)) {
      const from = coreFolder(file);
      if (!from) continue;
      for (const target of targets) {
        const to = coreFolder(target);
        if (!to || to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    expect(edges.size).toBeGreaterThan(15);
    expect(folderCircles(edges)).toEqual([]);
  });

  it('finds a folder circle when there is one (the check itself can fail)', () => {
    const edges = new Map([
      ['backups', new Set(['data-file', 'db'])],
      ['data-file', new Set(['backups'])],
      ['db', new Set<string>()],
    ]);
    expect(folderCircles(edges)).toEqual([['backups', 'data-file']]);
  });
});
