/** The `baocao` command as office IT staff run it: real processes, real files, exit codes. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mammothText } from '../support/docx-reader';
import { FIXTURES_DIR, sampleReport } from '../support/fixtures';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'baocao.mjs');
const dir = mkdtempSync(join(tmpdir(), 'baocao-cli-'));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('baocao export', () => {
  it('writes the same kind of Word file as the app, exit 0', async () => {
    const out = join(dir, 'bao-cao.docx');
    const result = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Đã xuất ${out}`);
    expect(result.stdout).toContain('Bỏ qua các phần còn trống: Nguyên nhân');
    const { text } = await mammothText(readFileSync(out));
    expect(text).toContain('Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số');
  });

  it('exits 2 on an invalid file, naming the bad field on stderr', async () => {
    const bad = sampleReport() as unknown as { sections: { title: number }[] };
    bad.sections[1]!.title = 7;
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(bad));
    const result = await run('export', path, '-o', join(dir, 'x.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sections\[1\]\.title: sai kiểu dữ liệu \(cần chuỗi văn bản\)/);
  });

  it('reads a draft with no issuing body, but will not make a Word file of it', async () => {
    const draft = sampleReport();
    draft.header.issuingBody = '';
    const path = join(dir, 'nhap.json');
    writeFileSync(path, JSON.stringify(draft));
    const result = await run('export', path, '-o', join(dir, 'nhap.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/thiếu tên cơ quan ban hành \(header\.issuingBody\)/);
  });

  it('exits 2 for a missing file, a missing -o, or an unknown command', async () => {
    expect((await run('export', 'khong-co.json', '-o', 'a.docx')).stderr).toMatch(/Không tìm thấy tệp "khong-co.json"/);
    const noOut = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/-o <tệp.docx>/);
    expect((await run('bien-doi')).code).toBe(2);
  });

  it('exits 2 when it cannot write the output, saying what to check', async () => {
    const result = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', join(dir, 'khong-co-thu-muc', 'a.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không ghi được tệp/);
  });

  it('prints help (exit 0) and its version', async () => {
    expect(await run('--help')).toMatchObject({ code: 0 });
    expect((await run('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('baocao check', () => {
  it('exits 0 for a file we exported, 3 with findings for the wrong profile, 2 for a non-Word file', async () => {
    const out = join(dir, 'kiem-tra.docx');
    await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', out);
    const ok = await run('check', out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Đúng thể thức');
    const party = await run('check', out, '--profile', 'party', '--json');
    expect(party.code).toBe(3);
    const parsed = JSON.parse(party.stdout) as { profile: string; findings: { ruleId: string }[] };
    expect(parsed.profile).toBe('party');
    expect(parsed.findings.map((f) => f.ruleId)).toContain('number.party-colon');
    const text = join(dir, 'khong-phai-word.docx');
    writeFileSync(text, 'xin chào');
    const bad = await run('check', text);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/không phải tệp Word/);
    expect((await run('check', out, '--profile', 'huyen')).code).toBe(2);
  });
});
