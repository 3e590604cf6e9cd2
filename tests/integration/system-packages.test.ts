// A newcomer's `npm test` on a machine without the system tools: one sentence naming the packages
// and a closing count, before any test runs — not a wall of failures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Only node itself on PATH (Debian's node lives in /usr/bin beside everything else, hence a folder
// of its own): soffice, pdftotext, fc-list, apt-get and sudo are all out of reach, so nothing can be
// installed and the script must say what is missing.
const onlyNode = mkdtempSync(join(tmpdir(), 'only-node-'));
symlinkSync(process.execPath, join(onlyNode, 'node'));
const bareEnv = { ...process.env, PATH: onlyNode, CHROMIUM_PATH: '' };

describe('system packages the tests need', () => {
  it('npm test stops at once with one sentence naming what to install', () => {
    const run = spawnSync(process.execPath, ['scripts/test-all.mjs'], { encoding: 'utf8', env: bareEnv, timeout: 60_000 });
    const lines = run.stdout.trim().split('\n');
    expect(run.status).toBe(1);
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
    const sentence = lines.at(-2) ?? '';
    for (const name of ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-liberation']) expect(sentence).toContain(name);
    expect(sentence).toMatch(/apt-get install .*poppler-utils/);
    // No check or test runner was started.
    expect(run.stdout).not.toContain('━━');
  });

  it('on this machine nothing is missing (the tests here run with every tool)', () => {
    const run = spawnSync(process.execPath, ['scripts/system-packages.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
