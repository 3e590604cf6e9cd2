/** Where the vocabulary's sources are in the repository (read by the build script and the test that it is current). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCounts } from './corpus-counts';
import type { VocabularySources } from './vocabulary-builder';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = join(ROOT, 'shared', 'text', 'words', 'sources');
export const VOCABULARY_MODULE = join(ROOT, 'shared', 'text', 'words', 'vocabulary-data.ts');
/** App texts whose Vietnamese strings are correct office prose: templates, guidance, hints. */
const APP_TEXTS = ['shared/domain/templates.ts', 'shared/domain/section-guidance.ts', 'shared/domain/section-hints.ts'];

const filesIn = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(folder, f), 'utf8'));

/** The string literals of a source file, one per line. */
const stringLiterals = (source: string) => [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? '').join('\n');

export function readVocabularySources(): VocabularySources {
  return {
    lexicons: filesIn(join(SOURCES, 'lexicon')),
    corpora: [...filesIn(join(SOURCES, 'corpus')), ...APP_TEXTS.map((f) => stringLiterals(readFileSync(join(ROOT, f), 'utf8')))],
    counts: readCounts(),
  };
}
