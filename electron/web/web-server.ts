/**
 * Browser mode: the same core behind node:http, bound to 127.0.0.1 only.
 * POST /api/invoke {method, args} → envelope. Everything else is the built renderer.
 * The token from the printed URL is swapped for an HttpOnly, SameSite=Strict cookie on the
 * first visit, and the address bar is cleaned of it.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/host/create-core';
import { base64Length, MAX_PACKAGE_FILE_BYTES } from '#shared/contract/file-sizes';
import { checkRequest, TOKEN_COOKIE } from './request-guard';
import { CONTENT_SECURITY_POLICY, readStatic } from './static-files';

/** A 100-page report as JSON is a few MB; 64 MB leaves room and still bounds memory. */
/** The largest request: one package as base64, with room for the JSON around it (each file is sent on its own). */
const MAX_BODY_BYTES = base64Length(MAX_PACKAGE_FILE_BYTES) + 1024 * 1024;

export interface WebServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

/**
 * The request body, or 'too-large' as soon as it is known to cross the limit: from its declared
 * length before a byte is read, or at the chunk that crosses it. The rest is never read.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('too-large');
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const ERROR_PAGE = (message: string) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Soạn Báo Cáo</title><body style="font-family:sans-serif;padding:2rem"><h1>Không vào được</h1><p>${message}</p></body></html>`;

interface WebServerOptions {
  core: Pick<Core, 'dispatch'>;
  staticRoot: string;
  port?: number;
  token?: string;
  /** Largest request body accepted; MAX_BODY_BYTES unless a test needs a small one. */
  maxBodyBytes?: number;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'application/json; charset=utf-8', '{"ok":false}');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRequest(req, token, port);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!verdict.ok) {
      const message =
        verdict.status === 401
          ? 'Hãy mở đúng địa chỉ (có mã truy cập) mà lệnh <code>npm run web</code> in ra trong cửa sổ dòng lệnh.'
          : 'Yêu cầu bị từ chối: địa chỉ hoặc mã truy cập không đúng.';
      if (url.pathname.startsWith('/api/'))
        send(
          res,
          verdict.status,
          'application/json; charset=utf-8',
          JSON.stringify({ ok: false, error: { code: 'validation', message: message.replace(/<[^>]+>/g, '') } }),
        );
      else send(res, verdict.status, 'text/html; charset=utf-8', ERROR_PAGE(message));
      return;
    }
    if (verdict.viaQuery) {
      url.searchParams.delete('token');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        location: url.pathname + url.search,
        'set-cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      });
      res.end();
      return;
    }
    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only', { allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(
          res,
          415,
          'application/json; charset=utf-8',
          JSON.stringify({ ok: false, error: { code: 'validation', message: 'Yêu cầu phải là JSON.' } }),
        );
      }
      const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
      const body = await readBody(req, limit);
      if (body === 'too-large') {
        // Answer now and close the connection: the rest of the body is not read.
        send(
          res,
          413,
          'application/json; charset=utf-8',
          JSON.stringify({ ok: false, error: { code: 'validation', message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024 / 1024)} MB).` } }),
          { connection: 'close' },
        );
        res.on('finish', () => req.destroy());
        return;
      }
      let payload: { method?: unknown; args?: unknown };
      try {
        payload = JSON.parse(body.toString('utf8')) as typeof payload;
      } catch {
        return send(
          res,
          400,
          'application/json; charset=utf-8',
          JSON.stringify({ ok: false, error: { code: 'validation', message: 'Yêu cầu không phải JSON hợp lệ.' } }),
        );
      }
      const envelope = await options.core.dispatch(payload?.method, payload?.args);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only', { allow: 'GET' });
    const file = (await readStatic(options.staticRoot, url.pathname)) ?? (await readStatic(options.staticRoot, '/'));
    if (!file) {
      return send(
        res,
        500,
        'text/html; charset=utf-8',
        ERROR_PAGE('Chưa có giao diện đã dựng. Hãy chạy <code>npm run web</code> (lệnh này dựng giao diện trước khi mở).'),
      );
    }
    send(res, 200, file.type, file.body, { 'content-security-policy': CONTENT_SECURITY_POLICY });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  server.requestTimeout = 120_000;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
