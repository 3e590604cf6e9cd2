import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeProblems, readReportFile, validateReportFile } from '#shared/report-format/read-report-file';
import { reportFileSchema } from '#shared/report-format/schema';
import { fixtureText, sampleReport } from '../../support/fixtures';

function problemsOf(value: unknown) {
  const result = validateReportFile(value);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('reading baocao.report/1 files', () => {
  it('accepts the sample report', () => {
    const result = readReportFile(fixtureText('so-ket-phuong.report.json'));
    expect(result.ok).toBe(true);
  });

  it('accepts a file saved with a UTF-8 BOM, as Notepad writes it', () => {
    expect(readReportFile(`\uFEFF${fixtureText('so-ket-phuong.report.json')}`).ok).toBe(true);
  });

  it('names the path of a bad field, in Vietnamese', () => {
    const report = sampleReport() as unknown as { header: { date: string }; sections: { blocks: { type: string }[] }[] };
    report.header.date = '2026-06-31';
    (report.sections[0] as { blocks: { type: string }[] }).blocks[0] = { type: 'image' };
    const problems = problemsOf(report);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['header.date', 'sections[0].blocks[0].type']));
    expect(problems.find((p) => p.path === 'header.date')?.message).toMatch(/ngày không hợp lệ/);
    expect(problems.find((p) => p.path === 'sections[0].blocks[0].type')?.message).toMatch(/paragraph.*bullets.*table/);
  });

  it('rejects unknown fields (version 1 is closed)', () => {
    const report = { ...sampleReport(), extra: 1 };
    const problems = problemsOf(report);
    expect(problems[0]?.message).toMatch(/trường không được phép: extra/);
  });

  it('reports a missing required field', () => {
    const report = sampleReport() as unknown as { header: Record<string, unknown> };
    delete report.header.issuingBody;
    expect(problemsOf(report)).toEqual([{ path: 'header.issuingBody', message: 'thiếu trường bắt buộc' }]);
  });

  it('refuses a format it does not know, telling the user to update', () => {
    const problems = problemsOf({ ...sampleReport(), format: 'baocao.report/2' });
    expect(problems[0]?.path).toBe('format');
    expect(problems[0]?.message).toMatch(/cập nhật/);
  });

  it('says so when the text is not JSON at all', () => {
    const result = readReportFile('{"format": "baocao.report/1", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblems(result.problems)).toMatch(/không phải JSON hợp lệ/);
  });

  it('requires a paragraph to have text or runs, not both', () => {
    const report = sampleReport();
    (report.sections[0]!.blocks as unknown[])[0] = { type: 'paragraph', text: 'a', runs: [{ text: 'b' }] };
    expect(problemsOf(report)[0]?.path).toBe('sections[0].blocks[0]');
  });

  it('cleans text it reads: control characters dropped, NFC', () => {
    const report = sampleReport();
    report.header.summary = `Sơ kết\u0007 ${'Nghệ'.normalize('NFD')}`;
    const result = validateReportFile(report);
    expect(result.ok && result.report.header.summary).toBe('Sơ kết Nghệ');
  });
});

describe('the shipped JSON Schema', () => {
  it('is the one generated from the zod schema (npm run schema)', () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/report-format/baocao.report-1.schema.json'), 'utf8')) as unknown;
    const generated = {
      $id: 'https://soan-bao-cao.local/schema/baocao.report-1.json',
      title: 'baocao.report/1',
      ...z.toJSONSchema(reportFileSchema, { io: 'input' }),
    };
    expect(shipped).toEqual(JSON.parse(JSON.stringify(generated)));
  });
});
