/**
 * Which LibreOffice runs, and how often: the program IT named (or the installer's place on a
 * clerk's PC, where soffice is not on PATH) is the one started, and a batch of files is converted
 * by one start of it, not one per file — each start costs about a second before any work.
 * A stand-in program records each start and "converts" by writing a known text per file.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'baocao-fake-soffice-'));
const starts = join(dir, 'starts.log');
const fake = join(dir, 'soffice-cua-it');
// Writes <outdir>/<name>.<to> for each input, except an input whose text is "hong" (as
// LibreOffice leaves out a file it cannot open and goes on with the rest).
writeFileSync(
  fake,
  `#!/bin/bash
echo "$@" >> '${starts}'
to=""; out=""; files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --convert-to) to="$2"; shift 2;;
    --outdir) out="$2"; shift 2;;
    -*) shift;;
    *) files+=("$1"); shift;;
  esac
done
for f in "\${files[@]}"; do
  [ "$(cat "$f")" = "hong" ] && continue
  name=$(basename "$f"); printf 'da chuyen: %s' "$(cat "$f")" > "$out/\${name%.*}.$to"
done
`,
);
chmodSync(fake, 0o755);

const startCount = () => readFileSync(starts, 'utf8').trim().split('\n').length;

describe('running LibreOffice', () => {
  beforeEach(() => {
    writeFileSync(starts, '');
    vi.stubEnv('BAOCAO_SOFFICE', fake);
    // The program is looked up once per process: a fresh module looks it up under this env.
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllEnvs());

  it('starts the program it found (BAOCAO_SOFFICE here), not whatever "soffice" is on PATH', async () => {
    const { convertedBytes } = await import('../../../electron/core/libreoffice/convert');
    const converted = await convertedBytes(new TextEncoder().encode('bao-cao'), 'docx', 'pdf', 10_000);
    expect(Buffer.from(converted ?? []).toString()).toBe('da chuyen: bao-cao');
    expect(startCount()).toBe(1);
  });

  it('converts a batch in one start, each result in its file’s place, null for a file it could not convert', async () => {
    const { convertAllWithLibreOffice } = await import('../../../electron/core/libreoffice/convert');
    const files = ['mot', 'hong', 'ba'].map((text) => ({ bytes: new TextEncoder().encode(text), fromExtension: 'docx' }));
    const results = await convertAllWithLibreOffice(files, 'pdf', 10_000, (path) => readFile(path, 'utf8'));
    expect(results).toEqual(['da chuyen: mot', null, 'da chuyen: ba']);
    expect(startCount()).toBe(1);
  });
});
