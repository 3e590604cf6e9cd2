import { defineConfig } from '@playwright/test';

// The desktop app itself, through Playwright's Electron driver. The spec skips itself, saying
// why, where the Electron binary is not installed (as on machines that cannot download it).
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: '.test-artifacts/playwright-electron',
  workers: 1,
  timeout: 120_000,
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : 'list',
});
