/**
 * Who may talk to the browser-mode host. It listens on 127.0.0.1 only, but any web page the
 * user opens can still send requests to loopback, and DNS rebinding can make a foreign name
 * point at it. So every request must carry this run's random token (cookie, header or the
 * first-visit query), name our own Host, and — when a browser says where it comes from —
 * come from our own Origin.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'baocao_token';
const TOKEN_HEADER = 'x-baocao-token';

type GuardVerdict = { ok: true; viaQuery: boolean } | { ok: false; status: 401 | 403; reason: string };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkRequest(req: Pick<IncomingMessage, 'headers' | 'url'>, token: string, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return { ok: false, status: 403, reason: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originHost: string;
    try {
      const url = new URL(origin);
      originHost = url.protocol === 'http:' ? url.host.toLowerCase() : '';
    } catch {
      originHost = '';
    }
    if (!hosts.has(originHost)) return { ok: false, status: 403, reason: 'origin' };
  } else if (origin === 'null') {
    return { ok: false, status: 403, reason: 'origin' };
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fromQuery = url.searchParams.get('token');
  const fromHeader = req.headers[TOKEN_HEADER];
  const fromCookie = readCookie(req.headers.cookie, TOKEN_COOKIE);
  const given = fromQuery ?? (typeof fromHeader === 'string' ? fromHeader : undefined) ?? fromCookie;
  if (given === undefined || given === '') return { ok: false, status: 401, reason: 'missing-token' };
  if (!sameToken(given, token)) return { ok: false, status: 403, reason: 'bad-token' };
  return { ok: true, viaQuery: fromQuery !== null };
}
