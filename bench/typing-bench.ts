/**
 * Typing latency in the editor, key to paint, in Debian's Chromium: a ~100-page report is
 * opened in browser mode, and 200 keystrokes are typed at the end of the rich editor of its first
 * part; then the same with the whole report's text in one part (one editor), the worst case.
 * For each: the time from the key's beforeinput to the first animation frame after its input event.
 * Goal: p95 under 16 ms (one frame at 60 Hz).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/host/open-core';
import { startWebServer } from '../electron/web/web-server';
import { longBenchReport } from './long-report';
import type { ReportFile } from '#shared/report-format/schema';

const dataDir = mkdtempSync(join(tmpdir(), 'baocao-typing-'));
const core = openCore(dataDir, 'browser', { error: (m, e) => console.error(m, e) });
const web = await startWebServer({ core, staticRoot: join(import.meta.dirname, '..', 'dist', 'renderer'), token: 'bench' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
/** Types 200 keys at the end of the first editor of the part named by `step`; returns the summary line. */
async function measure(report: ReportFile, step: RegExp, what: string): Promise<string> {
  const imported = await core.dispatch('library.importJson', { json: JSON.stringify(report) });
  if (!imported.ok) throw new Error(imported.error.message);
  const id = (imported.value as { id: string }).id;
  const page = await browser.newPage();
  await page.goto(`${web.url}#/bao-cao/${id}`);
  await page.getByRole('navigation', { name: 'Các bước' }).getByRole('button', { name: step }).click();
  const field = page.getByRole('textbox', { name: /^Văn bản của/ }).first();
  await field.click();
  await page.keyboard.press('Control+End');
  // Runs in the page; this file is type-checked without the DOM library, hence globalThis.
  await page.evaluate(() => {
    const w = globalThis as unknown as {
      __lat: number[];
      __down: number;
      document: { addEventListener(type: string, fn: () => void, capture: boolean): void };
      requestAnimationFrame(fn: () => void): void;
    };
    w.__lat = [];
    // Start at beforeinput: Playwright types letters a US keyboard lacks (ế, ả…) as text
    // insertion with no keydown, so keydown would miss them; beforeinput fires for both.
    w.document.addEventListener('beforeinput', () => (w.__down = performance.now()), true);
    w.document.addEventListener('input', () => w.requestAnimationFrame(() => w.__lat.push(performance.now() - w.__down)), true);
  });
  const text = 'Kết quả thực hiện nhiệm vụ năm 2026 được nâng lên rõ rệt. ';
  for (let i = 0; i < 200; i += 1) await page.keyboard.type(text[i % text.length] as string, { delay: 15 });
  // The spell check has run over the typed text (the editor marks when it has).
  await page.locator('[data-spell-checked]').first().waitFor();
  const samples = await page.evaluate(() => (globalThis as unknown as { __lat: number[] }).__lat);
  const underlines = await page.locator('.spell-error').count();
  await page.close();
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))]?.toFixed(1);
  return `typing latency, key to paint, ${samples.length} keystrokes, ${what} (${underlines} spelling underlines shown): median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`;
}

try {
  console.log(await measure(longBenchReport(), / I\. Kết quả thực hiện nhiệm vụ thứ 1$/, 'in a ~100-page report (a part of ~5 pages)'));
  // The worst case: every paragraph of the long report pasted into one part, one editor.
  const long = longBenchReport();
  // Every tenth paragraph carries typos, so the text is full of wavy underlines while typing.
  const all = long.sections
    .flatMap((s) => (s.children ?? []).flatMap((c) => (c.blocks ?? []).filter((b) => b.type !== 'table')))
    .map((b, i) => (i % 10 === 0 && b.type === 'paragraph' ? { ...b, text: `Năgn lực sử lý hồ sơ được nâng lên. ${b.text ?? ''}` } : b));
  const onePart: ReportFile = { ...long, sections: [{ role: 'other', title: 'Toàn bộ nội dung', blocks: all }] };
  console.log(await measure(onePart, / I\. Toàn bộ nội dung$/, `with all ${all.length} paragraphs (~90 pages) in one editor`));
} finally {
  await browser.close();
  await web.close();
  core.close();
}
