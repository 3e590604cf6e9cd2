/**
 * Other people's Word files cannot take the app down: each hostile file is refused quickly,
 * with bounded memory and a message naming what is wrong — exit 2 on the command line, an
 * error (not "lỗi bên trong") in the app, where the check runs off the thread that saves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../electron/core/checker/check-docx';
import { hostileDocx } from '../support/hostile-docx';
import { testCore } from '../support/test-core';
import { readWordInWorker } from '../../electron/core/word-import/read-in-worker';

/** A real office's .docx from the field corpus. */
const FIELD_DOCX = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'field', 'files'))
  .filter((f) => f.endsWith('.docx') && !f.endsWith('.lo.docx'))
  .sort()[0] as string;

const dir = mkdtempSync(join(tmpdir(), 'baocao-hostile-'));
const KINDS = [
  ['bomb', /word\/document\.xml.*quá lớn/],
  ['overlapping-bomb', /quá lớn/],
  ['empty-document', /word\/document\.xml.*trống/],
  ['not-xml', /word\/document\.xml.*không phải XML/],
  ['deep-nesting', /word\/document\.xml.*lồng nhau quá 200 cấp/],
  ['escaping-name', /tên không hợp lệ.*\.\.\/\.\.\/Windows/],
  ['damaged-bytes', /word\/document\.xml.*bị hỏng/],
] as const;

describe('hostile Word files', () => {
  for (const [kind, message] of KINDS) {
    it(`${kind}: refused in the checker within a few seconds and bounded memory`, async () => {
      const bytes = hostileDocx(kind);
      const started = Date.now();
      const heapBefore = process.memoryUsage().rss;
      await expect(checkDocx(bytes)).rejects.toMatchObject({ code: 'unsupported_file', message: expect.stringMatching(message) });
      expect(Date.now() - started).toBeLessThan(5_000);
      // The limit holds the inflated size far under the hundreds of MB the file claims.
      expect(process.memoryUsage().rss - heapBefore).toBeLessThan(400 * 1024 * 1024);
    });
  }

  it('a Word file that reads forever is stopped at its deadline with a message saying so, and the next file is read', async () => {
    const file = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'field', 'files', FIELD_DOCX));
    await expect(readWordInWorker(file, 'cham.docx', { deadlineMs: 1 })).rejects.toMatchObject({
      code: 'unsupported_file',
      message: expect.stringMatching(/Đọc tệp "cham\.docx" mất quá lâu.*đã dừng lại/),
    });
    expect((await readWordInWorker(file, 'cham.docx')).lines.length).toBeGreaterThan(0);
  });

  it('the bomb is small on disk and claims hundreds of MB', () => {
    const bomb = hostileDocx('bomb');
    expect(bomb.length).toBeLessThan(1024 * 1024);
  });

  it('`baocao check` exits 2 with the reason on stderr, never 1 "lỗi bên trong"', () => {
    for (const [kind, message] of KINDS) {
      const file = join(dir, `${kind}.docx`);
      writeFileSync(file, hostileDocx(kind));
      const result = spawnSync(process.execPath, ['bin/baocao.mjs', 'check', file], { encoding: 'utf8', timeout: 30_000 });
      expect(result.status, `${kind}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('in the app: an error envelope from the worker thread, and saves go on meanwhile', async () => {
    const core = testCore();
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'x' });
    const check = core.raw('checker.checkDocx', { fileName: 'bom.docx', base64: hostileDocx('bomb').toString('base64'), profile: 'auto' });
    // A save issued while the check runs is answered without waiting for it.
    const save = core.edit('sections.update', {
      reportId: report.id,
      sectionId: report.sections[0]!.id,
      blocks: [{ type: 'paragraph', text: 'Vẫn lưu được.' }],
    });
    const first = await Promise.race([save.then(() => 'save'), check.then(() => 'check')]);
    expect(first).toBe('save');
    const result = await check;
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported_file' } });
    expect(!result.ok && result.error.message).toMatch(/quá lớn/);
  });
});
