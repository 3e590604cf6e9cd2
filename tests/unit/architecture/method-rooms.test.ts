/**
 * A method's name says where it is answered: `x.verb` is declared in shared/contract/<x>.ts and
 * handled in electron/core/<x>/ (camelCase prefixes as folder names: `signOff.*` in sign-off/,
 * `indicatorSets.*` in indicator-sets/), and nowhere else.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API } from '#shared/contract/api';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CORE = join(ROOT, 'electron', 'core');
const kebab = (prefix: string) => prefix.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('where each method lives', () => {
  const methods = Object.keys(API);
  const handlerSources = files(CORE).map((path) => ({ path: relative(CORE, path), text: readFileSync(path, 'utf8') }));
  const contractSources = new Map(readdirSync(join(ROOT, 'shared', 'contract')).map((f) => [f, readFileSync(join(ROOT, 'shared', 'contract', f), 'utf8')]));

  it('every method is answered in electron/core/<its prefix>/, and only there', () => {
    const misplaced: string[] = [];
    for (const method of methods) {
      const folder = kebab(method.split('.')[0]!);
      const where = handlerSources.filter((f) => f.text.includes(`'${method}': `)).map((f) => f.path);
      if (where.length === 0 || where.some((p) => !p.startsWith(`${folder}/`))) misplaced.push(`${method}: ${where.join(', ') || 'no handler'}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('every method is declared in shared/contract/<its prefix>.ts', () => {
    const misplaced = methods.filter((method) => !contractSources.get(`${kebab(method.split('.')[0]!)}.ts`)?.includes(`'${method}': `));
    expect(misplaced).toEqual([]);
  });
});
