/**
 * `npm run web` restarted: the same address and token for the same data folder, so a tab left
 * open reconnects (its cookie still opens the door) and "tải lại trang" works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWebSession, WEB_SESSION_FILE } from '../../electron/web/web-session';
import { newDataDir } from '../support/data-folder';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});

function startWeb(dataDir: string): Promise<{ url: string; child: ChildProcess; output: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, BAOCAO_DATA_DIR: dataDir };
    delete env.BAOCAO_PORT;
    delete env.BAOCAO_TOKEN;
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts'], { env });
    running.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) resolve({ url: match[1] as string, child, output });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web ended (${code}): ${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function invokeWithCookie(url: string, token: string): Promise<number> {
  const { origin } = new URL(url);
  const response = await fetch(`${origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `baocao_token=${token}` },
    body: JSON.stringify({ method: 'reports.list', args: {} }),
  });
  return response.status;
}

describe('browser mode after a restart', () => {
  it('keeps the port and the token of the last run for the same data folder; the old tab’s cookie still works', async () => {
    // A data folder under a profile with Vietnamese letters and spaces, as on a clerk's PC.
    const dir = join(newDataDir('web'), 'Nguyễn Văn A', 'AppData', 'Roaming', 'Soạn Báo Cáo');
    const first = await startWeb(dir);
    const session = readWebSession(dir);
    expect(session).not.toBeNull();
    expect(first.url).toBe(`http://127.0.0.1:${session!.port}/?token=${session!.token}`);
    if (process.platform !== 'win32') expect(statSync(join(dir, WEB_SESSION_FILE)).mode & 0o777).toBe(0o600);
    await stop(first.child);

    const second = await startWeb(dir);
    expect(second.url).toBe(first.url);
    expect(await invokeWithCookie(second.url, session!.token)).toBe(200);
    await stop(second.child);
  }, 60_000);

  it('takes a free port when the last one is busy, and says so', async () => {
    const dir = newDataDir('web-ban');
    const first = await startWeb(dir);
    const { port, token } = readWebSession(dir)!;
    await stop(first.child);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
    try {
      const second = await startWeb(dir);
      expect(second.url).not.toContain(`:${port}/`);
      expect(second.url).toContain(`token=${token}`);
      expect(second.output).toMatch(/đang bận; dùng cổng mới/);
      await stop(second.child);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
