/**
 * "Xuất PDF": the print document — the preview's A4 pages, from the same view model as the Word
 * file — printed by Chromium (as the desktop app's printToPDF prints it), its document properties
 * written, then read back with poppler: A4, the profile's margins, Times (Liberation Serif)
 * embedded, page numbers at the top from page 2, every diacritic intact, and as many pages as
 * LibreOffice lays the Word file out on; sent up as a PDF, it reads back like its Word file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { longReport } from '../support/fixtures';
import { AppPage } from './pages/app.page';
import { withPdfProperties } from '../../electron/core/export/pdf-properties';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { hasLibreOffice, mustRender, renderDocx } from '../support/libreoffice';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import type { ReportFile } from '#shared/report-format/schema';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { sourceTexts, words as wordsOf } from '../support/field-corpus';
import { scorePdf } from '../support/pdf-corpus';

const MM = 72 / 25.4;

function partyVersion(report: ReportFile): ReportFile {
  return {
    ...report,
    profile: 'party',
    header: {
      ...report.header,
      parentBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
      issuingBody: 'ĐẢNG ỦY PHƯỜNG TRƯƠNG QUANG TRỌNG',
      symbol: 'BC/ĐU',
      addressees: undefined,
      summary: `s${report.header.summary.slice(1)}`,
    },
    signature: { authority: 'TM.', onBehalfOf: 'ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Nguyễn Văn An' },
    recipients: ['Ban Thường vụ Tỉnh ủy', 'Lưu Văn phòng Đảng ủy.'],
  };
}

for (const [label, make] of [
  ['state', (r: ReportFile) => r],
  ['party', partyVersion],
] as const) {
  test(`a ${label} report prints to an A4 PDF with its margins, page numbers from page 2, fonts embedded and every diacritic`, async ({ page }) => {
    test.skip(!hasLibreOffice() && !mustRender, 'poppler and LibreOffice are needed to read the PDF and lay out the Word file');
    const report = make(longReport(4));
    const app = new AppPage(page);
    await app.open();
    await page
      .getByLabel('Chọn tệp báo cáo')
      .setInputFiles({ name: `${label}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
    await app.step('Xem trước bản in').click();
    await expect(page.getByRole('region', { name: /^Trang \d+$/ }).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const bytes = await withPdfProperties(
      printed,
      { title: report.header.summary, author: report.header.issuingBody, subject: 'BÁO CÁO' },
      new Date('2026-11-30T00:00:00Z'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'baocao-pdf-'));
    const pdf = join(dir, `${label}.pdf`);
    writeFileSync(pdf, bytes);

    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toContain(`Title:           ${report.header.summary}`);
    expect(info).toContain(`Author:          ${report.header.issuingBody}`);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const fonts = execFileSync('pdffonts', [pdf])
      .toString()
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/(Liberation|Times).*\byes\b/i);

    const text = (n: number) =>
      execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'])
        .toString('utf8')
        .normalize('NFC');
    const firstLine = (n: number) =>
      text(n)
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '';
    expect(firstLine(1)).not.toMatch(/^\d+$/);
    expect(firstLine(2)).toBe('2');
    const all = Array.from({ length: pageCount }, (_, i) => text(i + 1))
      .join('\n')
      .replace(/\s+/g, ' ');
    for (const words of ['Công tác quán triệt, triển khai thực hiện'.toLocaleUpperCase('vi-VN'), 'Nơi nhận', report.signature.name, 'TRƯƠNG QUANG TRỌNG']) {
      expect(all).toContain(words);
    }
    // Where the text sits on page 2: the profile's left and right margins; the number centred above the text.
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', pdf, '-']).toString('utf8');
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      text: m[5],
    }));
    const margins = getLayoutProfile(report.profile).marginsMm;
    const number = words.find((w) => w.text === '2')!;
    const body = words.filter((w) => w !== number);
    expect(Math.min(...body.map((w) => w.x0))).toBeGreaterThanOrEqual(margins.left * MM - 1.5);
    expect(Math.min(...body.map((w) => w.x0))).toBeLessThan(margins.left * MM + 3);
    expect(Math.max(...body.map((w) => w.x1))).toBeLessThanOrEqual(595.28 - margins.right * MM + 1.5);
    expect(number.y0).toBeLessThan(margins.top * MM);
    expect(Math.abs((number.x0 + number.x1) / 2 - 297.6)).toBeLessThan(margins.left * MM);

    // As many pages as LibreOffice lays the Word file out on.
    const docx = (await exportReportDocx(report, new Date('2026-11-30T00:00:00Z'))).bytes;
    const rendered = renderDocx(docx, `${label}-lo`);
    expect(pageCount).toBe(rendered.pages.length);

    // Sent up as a PDF, it reads back like its Word file: the same header and signer, the Word reading's words.
    const fromWord = importWordSource(await readWordFile(docx));
    const score = await scorePdf(bytes, sourceTexts(await readWordFile(docx)).flatMap(wordsOf));
    expect(score.draft.report.header).toEqual(fromWord.report.header);
    expect(score.draft.report.signature).toEqual(fromWord.report.signature);
    expect(score.kept).toBeGreaterThanOrEqual(0.97);
  });
}
