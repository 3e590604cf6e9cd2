/**
 * The page count on the e-office card ("Thông tin văn bản", `.thong-tin.json` PageAmount) is the
 * Word file's as it is laid out — checked against LibreOffice's own layout of the same files, a
 * reader that breaks lines and pages as Word does — on reports of every thể thức and shape.
 */
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { buildExportView } from '#shared/export-view/view-model';
import { estimatePageCount } from '#shared/export-view/page-count';
import { documentCard } from '#shared/sign-off/document-card';
import { longBenchReport } from '../../bench/long-report';
import { hasLibreOffice, mustRender, renderDocx } from '../support/libreoffice';
import { pageCountReports } from '../support/page-count-reports';

const TODAY = new Date('2026-06-05T08:00:00Z');
const canRender = hasLibreOffice();

describe.skipIf(!canRender && !mustRender)('the page count of the Word file', () => {
  it('is what LibreOffice lays the file out on, for reports of every thể thức and shape', async () => {
    const reports = [...pageCountReports(10), { name: 'báo cáo 100 trang của bench', report: longBenchReport() }];
    const rows: string[] = [];
    let exact = 0;
    for (const { name, report } of reports) {
      const laidOut = renderDocx((await exportReportDocx(report, TODAY)).bytes).pages.length;
      const estimated = estimatePageCount(buildExportView(report, TODAY));
      rows.push(`${name}: LibreOffice ${laidOut}, ước tính ${estimated}`);
      if (estimated === laidOut) exact += 1;
      expect(Math.abs(estimated - laidOut), name).toBeLessThanOrEqual(1);
    }
    console.log(rows.join('\n'));
    expect(exact).toBeGreaterThanOrEqual(reports.length - 1);
  }, 300_000);

  it('is the count the card and its .thong-tin.json give, said to be an estimate', async () => {
    const report = longBenchReport();
    const laidOut = renderDocx((await exportReportDocx(report, TODAY)).bytes).pages.length;
    const card = documentCard(report, { urgency: 'Thường', secrecy: 'Thường', copies: 2 }, TODAY);
    expect(card.json.PageAmount).toBe(laidOut);
    expect(card.fields.find((f) => f.key === 'PageAmount')?.value).toBe(`${laidOut} (ước tính theo cách Word dàn trang)`);
  }, 120_000);
});
