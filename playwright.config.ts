import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Browser mode against a fresh data folder, in Debian's Chromium (never a downloaded browser).
const port = Number(process.env.E2E_PORT ?? 5187);
const token = 'e2e-token-for-tests-only';
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'baocao-e2e-'));
process.env.E2E_DATA_DIR = dataDir; // workers re-read this config; keep one folder per run

export const E2E = { port, token, baseURL: `http://127.0.0.1:${port}` };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.test-artifacts/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
  use: {
    baseURL: E2E.baseURL,
    acceptDownloads: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npx tsx electron/web/start.ts',
    // Ready when it answers at all: without the token the page is a 401, which Playwright accepts.
    url: `${E2E.baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { BAOCAO_DATA_DIR: dataDir, BAOCAO_PORT: String(port), BAOCAO_TOKEN: token },
  },
});
