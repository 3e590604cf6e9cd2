/**
 * `npm run bench` (page count): how many pages the Word file has, three ways, on reports of every
 * thể thức and length (tests/support/page-count-reports.ts and the 100-page report): laid out by
 * LibreOffice (the reference: it breaks lines and pages as Word does), worked out from the export
 * view (shared/export-view/page-count.ts — what the e-office card and .thong-tin.json say), and
 * counted by the print preview in Chromium (whole pieces on each page).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/host/open-core';
import { startWebServer } from '../electron/web/web-server';
import { exportReportDocx } from '../electron/core/export/export-docx';
import { buildExportView } from '#shared/export-view/view-model';
import { estimatePageCount } from '#shared/export-view/page-count';
import { renderDocx } from '../tests/support/libreoffice';
import { pageCountReports } from '../tests/support/page-count-reports';
import { longBenchReport } from './long-report';

const today = new Date();
const reports = [...pageCountReports(Number(process.env.BENCH_PAGE_REPORTS ?? 24)), { name: 'báo cáo 100 trang', report: longBenchReport() }];
const dataDir = mkdtempSync(join(tmpdir(), 'baocao-page-count-'));
const core = openCore(dataDir, 'browser', { error: () => undefined });
const web = await startWebServer({ core, staticRoot: join(import.meta.dirname, '..', 'dist', 'renderer'), token: 'bench' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
let estimateExact = 0;
let estimateWithinOne = 0;
let previewExact = 0;
let previewWithinOne = 0;
let previewOff = 0;
try {
  for (const { report } of reports) {
    const laidOut = renderDocx((await exportReportDocx(report, today)).bytes).pages.length;
    const estimated = estimatePageCount(buildExportView(report, today));
    const imported = await core.dispatch('library.importJson', { json: JSON.stringify(report) });
    if (!imported.ok) throw new Error(imported.error.message);
    const page = await browser.newPage();
    await page.goto(`${web.url}#/bao-cao/${(imported.value as { id: string }).id}/preview`);
    await page.getByRole('region', { name: 'Trang 1', exact: true }).waitFor();
    const preview = await page.locator('.preview-page').count();
    await page.close();
    if (estimated === laidOut) estimateExact += 1;
    if (Math.abs(estimated - laidOut) <= 1) estimateWithinOne += 1;
    if (preview === laidOut) previewExact += 1;
    if (Math.abs(preview - laidOut) <= 1) previewWithinOne += 1;
    previewOff += Math.abs(preview - laidOut);
  }
} finally {
  await browser.close();
  await web.close();
  core.close();
}
const n = reports.length;
console.log(
  `Page count of the Word file on ${n} reports (1–97 pages), against LibreOffice's layout: the card's count (from the export view) equal on ${estimateExact}/${n}, ` +
    `within one page on ${estimateWithinOne}/${n}; the print preview's count equal on ${previewExact}/${n}, within one on ${previewWithinOne}/${n} (off by ${(previewOff / n).toFixed(1)} pages on average)`,
);
