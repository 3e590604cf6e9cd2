/**
 * The desktop shell: it opens one secure window, exposes only the bridge, and runs the same
 * flow as browser mode. Runs where the Electron binary exists (a Windows build machine, a
 * developer PC); elsewhere it is skipped with the reason.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDesktop } from '../../scripts/desktop/prepare-desktop';
import { realSteps } from '../../scripts/desktop/real-steps';
import { typeLikeUnikey } from '../e2e/pages/unikey';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    return require('electron') as unknown as string;
  } catch {
    return null;
  }
}

const binary = electronBinary();
test.skip(binary === null, 'Electron binary not installed here (its download is blocked); run on a machine that has it.');

let app: ElectronApplication;

test.beforeAll(async () => {
  // As `npm start` does: better-sqlite3 built for Electron's ABI, in its own folder.
  const ready = await prepareDesktop(realSteps(process.cwd()));
  if (!ready.ok) throw new Error('npm start could not prepare the desktop app (see the lines above)');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.'],
    env: { ...process.env, BAOCAO_NATIVE_BINDING: ready.nativeBinding, BAOCAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'baocao-electron-')) },
  });
});

test.afterAll(async () => {
  await app?.close();
});

test('opens one secure window that exposes only the bridge', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Báo cáo của tôi' })).toBeVisible();
  expect(await page.title()).toBe('Soạn Báo Cáo');
  // The callbacks run in the page; this file is type-checked without the DOM, hence globalThis.
  const exposed = await page.evaluate(() => {
    const page = globalThis as unknown as { bridge: object; require?: unknown; process?: unknown };
    return { bridgeKeys: Object.keys(page.bridge).sort(), hasRequire: page.require !== undefined, hasProcess: page.process !== undefined };
  });
  expect(exposed).toEqual({ bridgeKeys: ['invoke', 'printPdf', 'saveFile'], hasRequire: false, hasProcess: false });
  const opened = await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('creates a report through IPC and shows it as saved', async () => {
  const page = await app.firstWindow();
  await page.getByRole('button', { name: '+ Tạo báo cáo mới' }).click();
  await page.getByLabel('Kỳ báo cáo').fill('năm 2026');
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
  await page.getByLabel('Cơ quan ban hành').fill('SỞ NỘI VỤ');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
});

test('the rich editor takes Vietnamese typed as Unikey sends it, with bold, in the desktop window', async () => {
  const page = await app.firstWindow();
  // Continues the report created above.
  await page.getByRole('navigation', { name: 'Các bước' }).getByRole('button', { name: /I\. / }).first().click();
  const editor = page.getByRole('textbox', { name: /^Văn bản của/ }).first();
  await editor.click();
  await page.keyboard.insertText('Người ');
  await page.keyboard.press('Control+B');
  await typeLikeUnikey(page);
  await expect(editor.locator('p')).toHaveText(['Người việt']);
  await expect(editor.locator('strong')).toHaveText('việt');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
});
