import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../electron/web/request-guard';

const TOKEN = 'sekret-token';
const PORT = 4321;
const req = (headers: Record<string, string>, url = '/') => ({ headers, url });

describe('browser-mode request guard', () => {
  it('refuses a request without the token with 401', () => {
    expect(checkRequest(req({ host: `127.0.0.1:${PORT}` }), TOKEN, PORT)).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a wrong token with 403', () => {
    expect(checkRequest(req({ host: `127.0.0.1:${PORT}`, cookie: 'baocao_token=nope' }), TOKEN, PORT)).toMatchObject({ ok: false, status: 403 });
  });

  it('accepts the token from the query, a header or the cookie', () => {
    expect(checkRequest(req({ host: `127.0.0.1:${PORT}` }, `/?token=${TOKEN}`), TOKEN, PORT)).toEqual({ ok: true, viaQuery: true });
    expect(checkRequest(req({ host: `localhost:${PORT}`, 'x-baocao-token': TOKEN }), TOKEN, PORT)).toEqual({ ok: true, viaQuery: false });
    expect(checkRequest(req({ host: `127.0.0.1:${PORT}`, cookie: `a=b; baocao_token=${TOKEN}` }), TOKEN, PORT)).toEqual({ ok: true, viaQuery: false });
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', () => {
    expect(checkRequest(req({ host: `evil.example:${PORT}`, cookie: `baocao_token=${TOKEN}` }), TOKEN, PORT)).toMatchObject({ status: 403, reason: 'host' });
    expect(checkRequest(req({ host: `127.0.0.1:9999`, cookie: `baocao_token=${TOKEN}` }), TOKEN, PORT)).toMatchObject({ status: 403, reason: 'host' });
  });

  it('refuses requests sent by other web pages (foreign or null Origin)', () => {
    const base = { host: `127.0.0.1:${PORT}`, cookie: `baocao_token=${TOKEN}` };
    expect(checkRequest(req({ ...base, origin: 'https://evil.example' }), TOKEN, PORT)).toMatchObject({ status: 403, reason: 'origin' });
    expect(checkRequest(req({ ...base, origin: 'null' }), TOKEN, PORT)).toMatchObject({ status: 403, reason: 'origin' });
    expect(checkRequest(req({ ...base, origin: `http://127.0.0.1:${PORT}` }), TOKEN, PORT)).toEqual({ ok: true, viaQuery: false });
  });
});
