/**
 * `npm run bench` (library list in Chromium): a data folder of 10,000 reports, the app in browser
 * mode, and the time from opening the page to the first screen of the list drawn (its rows and
 * the "1–50 trong 10.000 báo cáo" line), and to the next page. Goal: first screen < 300 ms.
 * Measured from navigation start with the page's own clock (performance.now()), warm server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { DataFile } from '../electron/core/data-file/data-file';
import { fillLibrary } from './library-fixture';

const LIBRARY = Number(process.env.BENCH_LIBRARY ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'baocao-list-bench-'));
{
  const data = DataFile.open(dir, () => new Date(), { error: () => undefined });
  await fillLibrary(data.db, LIBRARY);
  data.close();
}
const port = 41000 + Math.floor(Math.random() * 1000);
const token = 'bench-token';
const server = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts'], {
  env: { ...process.env, BAOCAO_DATA_DIR: dir, BAOCAO_PORT: String(port), BAOCAO_TOKEN: token },
  stdio: 'ignore',
});
try {
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage();
  const firstScreens: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    await page.goto(url);
    await page.getByTestId('list-range').waitFor();
    firstScreens.push(await page.evaluate(() => performance.now()));
    if (process.env.BENCH_VERBOSE) {
      console.log(
        await page.evaluate(() =>
          JSON.stringify({
            nav: performance
              .getEntriesByType('navigation')
              .map((e) => [(e as PerformanceNavigationTiming).responseEnd, (e as PerformanceNavigationTiming).domContentLoadedEventEnd]),
            res: performance.getEntriesByType('resource').map((e) => [e.name.slice(-40), Math.round(e.startTime), Math.round(e.duration)]),
          }),
        ),
      );
    }
  }
  const range = await page.getByTestId('list-range').textContent();
  const rows = await page.locator('table.report-list tbody tr').count();
  const started = Date.now();
  await page.getByRole('button', { name: 'Trang sau →' }).click();
  await page
    .getByTestId('list-range')
    .filter({ hasText: /^51–100/ })
    .waitFor();
  const nextPage = Date.now() - started;
  await browser.close();
  const firstLoad = firstScreens[0]!;
  firstScreens.sort((a, b) => a - b);
  console.log(
    `List in Chromium at ${LIBRARY.toLocaleString('vi-VN')} reports: first screen (${rows} rows, “${range}”) median ${firstScreens[2]!.toFixed(0)} ms from navigation over 5 loads (fastest ${firstScreens[0]!.toFixed(0)} ms; the very first load after the server starts, with a cold browser and the start-up integrity check running, ${firstLoad.toFixed(0)} ms) (goal < 300 ms; was 5.4 s with every report in one table); next page ${nextPage} ms`,
  );
} finally {
  server.kill();
}
