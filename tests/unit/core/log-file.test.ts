/** The technical log: lines with their detail in the data folder, rotated, and never a new way to fail. */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLogger } from '../../../electron/core/log/log-file';
import { LOG_FILE, LOG_FOLDER } from '../../../electron/core/data-dir';
import { newDataDir } from '../../support/data-folder';

describe('fileLogger', () => {
  it('writes each line with its time, program and the error’s stack into nhat-ky/baocao.log', () => {
    const dir = newDataDir('log');
    const log = fileLogger(dir, 'web', { clock: () => new Date('2026-12-06T08:00:00Z') });
    log.error('sections.update failed on storage', new Error('database is locked'));
    log.info?.('removed unfinished backups: a.db.gz');
    expect(log.path).toBe(join(dir, LOG_FOLDER, LOG_FILE));
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/^2026-12-06T08:00:00\.000Z \[web\] ERROR sections\.update failed on storage\n {2}Error: database is locked\n\s+at /);
    expect(text).toContain('[web] INFO removed unfinished backups: a.db.gz');
  });

  it('moves a full file aside and keeps only the newest few', () => {
    const dir = newDataDir('log-quay');
    const log = fileLogger(dir, 'app', { rotateBytes: 200, keep: 2 });
    for (let i = 0; i < 20; i += 1) log.error(`line ${i} ${'x'.repeat(60)}`);
    const folder = join(dir, LOG_FOLDER);
    expect(existsSync(join(folder, `${LOG_FILE}.1`))).toBe(true);
    expect(existsSync(join(folder, `${LOG_FILE}.2`))).toBe(true);
    expect(existsSync(join(folder, `${LOG_FILE}.3`))).toBe(false);
    expect(readFileSync(log.path, 'utf8')).toContain('line 19');
    expect(readFileSync(log.path, 'utf8').length).toBeLessThanOrEqual(200);
  });

  it('loses the line, not the work, where the log cannot be written', () => {
    const dir = newDataDir('log-khoa');
    // A file where the log folder should be: nothing can be written under it.
    writeFileSync(join(dir, LOG_FOLDER), 'không phải thư mục');
    const log = fileLogger(dir, 'cli');
    expect(() => log.error('x failed', new Error('boom'))).not.toThrow();
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o500);
    expect(() => fileLogger(join(dir, 'ro'), 'cli').error('y failed')).not.toThrow();
  });
});
