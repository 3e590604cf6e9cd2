/** Browser mode's host over real HTTP on loopback: who gets in, what they get. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/web/web-server';
import { testCore } from '../support/test-core';

let web: WebServer;
const root = mkdtempSync(join(tmpdir(), 'baocao-static-'));

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Soạn Báo Cáo</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  web = await startWebServer({ core: testCore(), staticRoot: root, token: 'tok', maxBodyBytes: 4096 });
});
afterAll(() => web.close());

/** Raw HTTP, so the test can send any Host and Origin header. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${web.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const withCookie = { cookie: 'baocao_token=tok' };
const invoke = (method: string, args: unknown, headers: Record<string, string> = withCookie) =>
  send('/api/invoke', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ method, args }) });

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=tok`);
  });

  it('refuses the page and the API without the token (401) or with a wrong one (403)', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/', { headers: { cookie: 'baocao_token=wrong' } })).status).toBe(403);
    expect((await invoke('library.list', {}, {})).status).toBe(401);
    const page = await send('/');
    expect(page.body).toContain('npm run web');
  });

  it('swaps the token in the URL for an HttpOnly SameSite cookie and cleans the address', async () => {
    const res = await send('/?token=tok');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/baocao_token=tok; HttpOnly; SameSite=Strict; Path=\//);
  });

  it('refuses a foreign Host or Origin even with the token', async () => {
    expect((await send('/', { headers: { ...withCookie, host: `attacker.example:${web.port}` } })).status).toBe(403);
    expect((await invoke('library.list', {}, { ...withCookie, origin: 'https://attacker.example' })).status).toBe(403);
  });

  it('serves the app with a strict CSP, and nothing outside its folder', async () => {
    const page = await send('/', { headers: withCookie });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    expect((await send('/assets/app.js', { headers: withCookie })).headers['content-type']).toMatch(/javascript/);
    const escape = await send('/..%2f..%2fsecret.txt', { headers: withCookie });
    expect(escape.body).not.toContain('secret');
  });

  it('answers API calls with the envelope', async () => {
    const res = await invoke('templates.list', {});
    expect(res.status).toBe(200);
    const envelope = JSON.parse(res.body) as { ok: boolean; value: { id: string }[] };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.map((t) => t.id)).toContain('so-ket-nghi-quyet');
  });

  it('refuses oversized and non-JSON bodies', async () => {
    const big = await invoke('library.importJson', { json: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    const notJson = await send('/api/invoke', { method: 'POST', headers: { ...withCookie, 'content-type': 'application/json' }, body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses an oversized body as soon as the limit is crossed, without reading the rest', async () => {
    // Declared too long: refused before a byte of the body is read.
    const declared = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: web.port,
          path: '/api/invoke',
          method: 'POST',
          headers: { host: `127.0.0.1:${web.port}`, 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024), ...withCookie },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"method":');
      // The other 100 MB are never sent: the answer must come anyway.
    });
    expect(declared).toBe(413);
    // Streamed without a length: refused at the chunk that crosses the limit, while the sender still sends.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: web.port,
          path: '/api/invoke',
          method: 'POST',
          headers: { host: `127.0.0.1:${web.port}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...withCookie },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', () => undefined);
      req.write(Buffer.alloc(8192, 0x20));
      setTimeout(() => reject(new Error('no answer while the body was still open')), 5_000).unref();
    });
    expect(streamed).toBe(413);
  });
});
