/**
 * Browser mode's address and access token, kept in the data folder between runs: after
 * `npm run web` is restarted, a tab left open reloads onto the same address with the same
 * cookie, so "tải lại trang" works. The file is readable by the user only (on Windows the data
 * folder under the user's profile is private already). A port now taken by another program is
 * replaced by a free one, and the new address is printed.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WEB_SESSION_FILE = 'web-session.json';

interface WebSession {
  port: number;
  token: string;
}

export function readWebSession(dataDir: string): WebSession | null {
  try {
    const saved = JSON.parse(readFileSync(join(dataDir, WEB_SESSION_FILE), 'utf8')) as Partial<WebSession>;
    const portOk = Number.isInteger(saved.port) && (saved.port as number) > 0 && (saved.port as number) < 65536;
    const tokenOk = typeof saved.token === 'string' && /^[A-Za-z0-9_-]{24,128}$/.test(saved.token);
    return portOk && tokenOk ? { port: saved.port as number, token: saved.token as string } : null;
  } catch {
    return null;
  }
}

export function writeWebSession(dataDir: string, session: WebSession): void {
  const path = join(dataDir, WEB_SESSION_FILE);
  writeFileSync(path, `${JSON.stringify(session)}\n`, { mode: 0o600 });
  try {
    chmodSync(path, 0o600);
  } catch {
    // Windows has no such modes; the file lives in the user's own profile.
  }
}

/** The port to try and the token to use: from the environment, else the last run's, else new. */
export function plannedSession(dataDir: string, env: NodeJS.ProcessEnv = process.env): { port: number; token: string } {
  const saved = readWebSession(dataDir);
  const requested = Number(env.BAOCAO_PORT ?? '');
  return {
    port: Number.isInteger(requested) && requested > 0 ? requested : (saved?.port ?? 0),
    token: env.BAOCAO_TOKEN || saved?.token || randomBytes(24).toString('base64url'),
  };
}
