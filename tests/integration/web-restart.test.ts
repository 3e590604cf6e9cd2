/**
 * `npm run web` restarted: the same address and token for the same data folder, so a tab left
 * open reconnects (its cookie still opens the door) and "tải lại trang" works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWebSession, WEB_SESSION_FILE } from '../../electron/web/web-session';
import { damageLeafPage, fillReports, folderCore, newDataDir } from '../support/data-folder';
import { LOG_FILE, LOG_FOLDER } from '../../electron/core/data-dir';

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
      // `output` is read when asked: the lines after the address arrive in later chunks.
      if (match)
        resolve({
          url: match[1] as string,
          child,
          get output() {
            return output;
          },
        });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web ended (${code}): ${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    // 'close' comes after the last of its output has been read ('exit' may come before).
    child.once('close', () => resolve());
    child.kill('SIGTERM');
  });
}

async function invokeWithCookie(url: string, token: string): Promise<number> {
  const { origin } = new URL(url);
  const response = await fetch(`${origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `baocao_token=${token}` },
    body: JSON.stringify({ method: 'library.list', args: {} }),
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

describe('browser mode’s terminal', () => {
  it('shows the clerk Vietnamese only; the core’s technical lines go to the data folder’s log', async () => {
    const dir = newDataDir('web-nhat-ky');
    // A data file with a damaged page: the core logs SQLite's own diagnosis when it finds it.
    const core = folderCore(dir);
    await fillReports(core, 8);
    core.data.close();
    damageLeafPage(join(dir, 'baocao.db'), 'sections');
    const web = await startWeb(dir);
    // The integrity check runs on a worker thread after start: its verdict is in the app's state.
    const { origin } = new URL(web.url);
    const token = new URL(web.url).searchParams.get('token')!;
    for (;;) {
      const response = await fetch(`${origin}/api/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `baocao_token=${token}` },
        body: JSON.stringify({ method: 'app.info', args: {} }),
      });
      const envelope = (await response.json()) as { ok: boolean; value: { data: { status: string } } };
      if (envelope.value.data.status === 'salvage') break;
    }
    const log = join(dir, LOG_FOLDER, LOG_FILE);
    expect(readFileSync(log, 'utf8')).toMatch(/\[web\] ERROR data file damaged, opened read-only/);
    await stop(web.child);
    expect(web.output).toContain(`Nhật ký kỹ thuật (cho cán bộ CNTT khi có lỗi): ${log}`);
    expect(web.output).not.toMatch(/damaged|failed|SqliteError|\[lỗi\]/);
  });
});
