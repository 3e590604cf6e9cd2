/**
 * "Kiểm tra thể thức" of several files at once — the units' reports of a period, a folder IT
 * checks — lays them out with one start of LibreOffice, not one per file (each start costs
 * about a second before any work), and each file gets its own outcome in its place: its
 * findings, or why it could not be checked; a hostile file costs the others nothing.
 * LibreOffice is started through a stand-in that counts its starts and runs the real one.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileCheck } from '../../shared/contract/checker';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { FIXTURES_DIR, sampleReport, samplePartyReport } from '../support/fixtures';
import { hostileDocx } from '../support/hostile-docx';
import { hasLibreOffice, mustRender } from '../support/libreoffice';
import { testCore } from '../support/test-core';

const dir = mkdtempSync(join(tmpdir(), 'baocao-check-batch-'));
const starts = join(dir, 'starts.log');
const countingSoffice = join(dir, 'soffice-dem');
writeFileSync(countingSoffice, `#!/bin/bash\necho start >> '${starts}'\nexec soffice "$@"\n`);
chmodSync(countingSoffice, 0o755);
const startCount = () => readFileSync(starts, 'utf8').split('\n').filter(Boolean).length;

const OLD_DOC = join(FIXTURES_DIR, 'field', 'files', 'cv-172-2013-cdgdvn.doc');
const exported = async (report = sampleReport()) => Buffer.from((await exportReportDocx(report, new Date('2026-06-05'))).bytes);

describe.skipIf(!hasLibreOffice() && !mustRender)('checking several files at once', () => {
  beforeEach(() => {
    writeFileSync(starts, '');
    vi.stubEnv('BAOCAO_SOFFICE', countingSoffice);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('in the app: one LibreOffice start for the call, each file’s outcome in its place', async () => {
    const core = testCore();
    const files = [
      { fileName: 'xa-an-phu.docx', base64: (await exported()).toString('base64') },
      { fileName: 'cong-van-cu.doc', base64: readFileSync(OLD_DOC).toString('base64') },
      { fileName: 'ghi-chu.docx', base64: Buffer.from('không phải Word').toString('base64') },
      { fileName: 'dang-uy.docx', base64: (await exported(samplePartyReport())).toString('base64') },
    ];
    const { results } = (await core.call('checker.checkFiles', { files, profile: 'auto' })) as { results: FileCheck[] };
    expect(results.map((r) => r.fileName)).toEqual(files.map((f) => f.fileName));
    const [good, old, junk, party] = results as [FileCheck, FileCheck, FileCheck, FileCheck];
    expect('report' in good && good.report).toMatchObject({ lastPageMethod: 'libreoffice', profile: 'state' });
    expect('report' in good && good.report.findings.filter((f) => f.basis === 'rule')).toEqual([]);
    expect('report' in old && old.report).toMatchObject({ textOnly: true, lastPageMethod: 'text-only' });
    expect('problem' in junk && junk.problem).toMatch(/Lưu thành” \.docx rồi kiểm tra lại/);
    expect('report' in party && party.report).toMatchObject({ lastPageMethod: 'libreoffice', profile: 'party' });
    expect(startCount()).toBe(1);
  });

  it('in the app: a hostile file among good ones is refused in its place, the good ones still checked', async () => {
    const core = testCore();
    const files = [
      { fileName: 'bom.docx', base64: hostileDocx('bomb').toString('base64') },
      { fileName: 'xa-an-phu.docx', base64: (await exported()).toString('base64') },
    ];
    const { results } = (await core.call('checker.checkFiles', { files, profile: 'auto' })) as { results: FileCheck[] };
    expect('problem' in results[0]! && results[0].problem).toMatch(/quá lớn/);
    expect('report' in results[1]! && results[1].report.lastPageMethod).toBe('libreoffice');
    // The bomb is refused on reading, before LibreOffice is asked to lay anything out for it.
    expect(startCount()).toBe(1);
  });

  it('on the command line: one LibreOffice start for a folder’s files', async () => {
    const names = ['mot.docx', 'hai.docx', 'ba.docx'];
    for (const name of names) writeFileSync(join(dir, name), await exported());
    const result = spawnSync(process.execPath, ['bin/baocao.mjs', 'check', ...names.map((n) => join(dir, n))], {
      encoding: 'utf8',
      env: { ...process.env, BAOCAO_SOFFICE: countingSoffice },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.match(/Trang cuối được xét theo cách LibreOffice dàn trang/g)).toHaveLength(3);
    expect(startCount()).toBe(1);
  });
});
