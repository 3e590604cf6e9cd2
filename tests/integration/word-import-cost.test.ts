/**
 * What reading a Word file costs: the spelling vocabulary (5 MB of words and pairs, decoded in
 * about a tenth of a second on first use) is the spell checker's, not the reader's — recognising
 * a tên loại needs tone marks placed one way, not a lexicon. Every import runs in a fresh worker,
 * so whatever the reader loads, each import pays again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importWordSource } from '../../shared/word-import/import-word';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { FIXTURES_DIR } from '../support/fixtures';
import type * as VocabularyModule from '../../shared/text/words/vocabulary';

const decoded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../shared/text/words/vocabulary', async (importOriginal) => {
  const real = await importOriginal<typeof VocabularyModule>();
  return {
    ...real,
    vocabulary: () => {
      decoded.count += 1;
      return real.vocabulary();
    },
  };
});

const folder = join(FIXTURES_DIR, 'field', 'files');

describe('reading a Word file', () => {
  it('never loads the spelling vocabulary, on any file of the field corpus', async () => {
    const files = readdirSync(folder).filter((f) => /\.(docx|doc)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      importWordSource(await readWordFile(readFileSync(join(folder, file))));
      expect(decoded.count, file).toBe(0);
    }
  });
});
