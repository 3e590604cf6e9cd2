/**
 * Never a broken file: generated hostile reports all export to packages whose XML parses
 * strictly, that mammoth reads, and that the checker opens; a bounded sample also goes
 * through LibreOffice.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../electron/core/checker/check-docx';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { validateReportFile } from '#shared/report-format/read-report-file';
import type { ReportFile } from '#shared/report-format/schema';
import { mammothText } from '../support/docx-reader';
import { hostileReport } from '../support/hostile-reports';
import { hasLibreOffice, mustRender, renderDocx } from '../support/libreoffice';

const TODAY = new Date('2026-06-05T08:00:00');

async function exportHostile(raw: ReportFile): Promise<Uint8Array> {
  const checked = validateReportFile(raw);
  if (!checked.ok) throw new Error(`generator made an invalid report: ${JSON.stringify(checked.problems)}`);
  return (await exportReportDocx(checked.report, TODAY)).bytes;
}

/** Characters XML 1.0 forbids; xmldom tolerates them, Word does not ("unreadable content"). */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function expectWellFormed(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const xml = await zip.file(name)!.async('string');
    expect(XML_FORBIDDEN.test(xml), `${name} holds a character XML forbids`).toBe(false);
    const errors: string[] = [];
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(xml, 'application/xml');
    expect(errors, name).toEqual([]);
  }
}

describe('hostile reports', () => {
  it('the well-formedness check itself catches a control character in the XML', async () => {
    const { sampleReport } = await import('../support/fixtures');
    const zip = await JSZip.loadAsync(await exportHostile(sampleReport()));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('BÁO CÁO', 'BÁO\u0001CÁO'));
    await expect(expectWellFormed(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/forbids/);
  });

  it('always export to a well-formed package that mammoth and the checker read', async () => {
    await fc.assert(
      fc.asyncProperty(hostileReport, async (raw) => {
        const bytes = await exportHostile(raw);
        await expectWellFormed(bytes);
        const { messages } = await mammothText(bytes);
        expect(messages.filter((m) => !/Unrecognised|unrecognised/.test(m))).toEqual([]);
        await checkDocx(bytes);
      }),
      { numRuns: 40, seed: 20261127 },
    );
  });

  const available = hasLibreOffice();
  if (!available && mustRender) throw new Error('LibreOffice is required on CI.');
  it.skipIf(!available)('a bounded sample renders in LibreOffice with the issuing body on page 1', async () => {
    const samples = fc.sample(hostileReport, { numRuns: 3, seed: 7 });
    for (const [i, raw] of samples.entries()) {
      const bytes = await exportHostile(raw);
      const { pages } = renderDocx(bytes, `hostile-${i}`);
      expect(pages.length).toBeGreaterThan(0);
      expect(pages[0]).toContain('CƠ QUAN');
    }
  });
});

describe('very large content', () => {
  it('exports a 1,500-row table, the deepest nesting the format allows (4 levels) and emoji to a file mammoth reads whole', async () => {
    const { sampleReport } = await import('../support/fixtures');
    const report = sampleReport();
    let deep: ReportFile['sections'][number] = { title: 'Cấp 4 🎯', blocks: [{ type: 'paragraph', text: 'Tận cùng' }] };
    for (let level = 3; level >= 1; level -= 1) deep = { title: `Cấp ${level}`, children: [deep] };
    report.sections.push(deep, {
      title: 'Bảng dài',
      blocks: [
        {
          type: 'table',
          header: ['STT', 'Họ và tên', 'Số tiền'],
          rows: Array.from({ length: 1500 }, (_, i) => [String(i + 1), `Đảng viên số ${i + 1}`, '1.000.000']),
        },
      ],
    });
    const bytes = await exportHostile(report);
    await expectWellFormed(bytes);
    const { text } = await mammothText(bytes);
    expect(text).toContain('Đảng viên số 1500');
    expect(text).toContain('Tận cùng');
    expect((await checkDocx(bytes)).findings).toEqual([]);
  });
});
