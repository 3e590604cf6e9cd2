import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASK_SENDER_AGAIN, RESAVE_AS_NEW_DOCX } from '#shared/messages/common';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CATALOGUE = join(ROOT, 'shared', 'messages');

/** Every message of the catalogue, a builder called with sample values, named by its path. */
async function allMessages(): Promise<{ name: string; text: string }[]> {
  const found: { name: string; text: string }[] = [];
  const visit = (name: string, value: unknown) => {
    if (typeof value === 'string') found.push({ name, text: value });
    else if (typeof value === 'function') {
      const build = value as (...a: unknown[]) => unknown;
      // Builders take a name then counts, counts only (sizes), or (one of them) a list of sentences.
      const args = Array.from({ length: build.length }, (_, i) => (i === 0 ? 'tệp mẫu' : 7));
      let text: unknown;
      try {
        text = build(...args);
        if (typeof text === 'string' && text.includes('NaN')) text = build(...args.map(() => 7 * 1024 * 1024));
      } catch {
        text = build(['Thiếu tên chỉ tiêu.']);
      }
      visit(name, text);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [key, inner] of Object.entries(value)) visit(`${name}.${key}`, inner);
  };
  for (const file of readdirSync(CATALOGUE).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(CATALOGUE, file))) as Record<string, unknown>;
    for (const [key, value] of Object.entries(module)) if (key !== 'STORAGE_PROBLEMS' && key !== 'RETRY') visit(`${file}:${key}`, value);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the message catalogue (shared/messages)', () => {
  it('every message is a finished Vietnamese sentence with no code leaking into it', async () => {
    const messages = await allMessages();
    expect(messages.length).toBeGreaterThan(60);
    const bad = messages.filter(({ text }) => !/[.?)]$/.test(text.trim()) || /undefined|null|NaN|\[object|\s{2,}|\b(error|failed|cannot)\b/i.test(text));
    expect(bad).toEqual([]);
  });

  it('a shared phrase is written once: no other source file copies the closing advice', () => {
    const copies = [RESAVE_AS_NEW_DOCX, ASK_SENDER_AGAIN].flatMap((phrase) =>
      ['electron', 'shared', 'renderer/src']
        .flatMap((dir) => sourceFiles(join(ROOT, dir)))
        .filter((file) => !file.endsWith(join('messages', 'common.ts')) && readFileSync(file, 'utf8').includes(phrase))
        .map((file) => `${relative(ROOT, file)}: ${phrase}`),
    );
    expect(copies).toEqual([]);
  });

  it('an item the clerk picked that is gone is always said the same way', async () => {
    const notFound = (await allMessages()).filter(({ name }) => /notFound$/i.test(name));
    expect(notFound.length).toBeGreaterThanOrEqual(6);
    for (const { text } of notFound) expect(text).toMatch(/^Không tìm thấy .+; có thể nó (vừa|đã) bị xóa/);
  });
});
