/**
 * This PC's link to the office's shared library: the server's address and the clerk's login
 * (kept in the data folder, never the password), the pool of connections while connected, the
 * account's name and role, and a connection that listens for every PC's saves.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { AppError } from '#shared/contract/errors';
import { serverMessages } from '#shared/messages/server';
import type { ChangeSignal } from '../library/change-signal';
import type { Logger } from '../log/logger';
import { serverError, ServerUnreachable } from './server-errors';
import { schemaState } from './server-schema';

/** Where the link's settings are kept, in the data folder. */
export const SERVER_SETTINGS_FILE = 'thu-vien-dung-chung.json';

export type ServerRole = 'chuyen_vien' | 'van_thu' | 'lanh_dao';

export interface ServerAccount {
  login: string;
  fullName: string;
  /** Null for a login outside the three groups (the administrator). */
  role: ServerRole | null;
}

export interface ServerSettings {
  /** postgres://máy-chủ:5432/baocao (no password). */
  url: string;
  login: string;
}

/** The address with the login and without any password, as the settings keep it and the screen shows it. */
export function cleanServerUrl(url: string, login?: string): { url: string; login: string; config: pg.PoolConfig } {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new AppError('validation', serverMessages.badAddress);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw new AppError('validation', serverMessages.badAddress);
  const user = login ?? decodeURIComponent(parsed.username);
  if (!user) throw new AppError('validation', serverMessages.badAddress);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  parsed.username = '';
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'baocao';
  const socketHost = parsed.searchParams.get('host');
  const config: pg.PoolConfig = {
    host: socketHost ?? (parsed.hostname || 'localhost'),
    port: parsed.port ? Number(parsed.port) : 5432,
    database,
    user,
    ...(password ? { password } : {}),
  };
  return { url: parsed.toString(), login: user, config };
}

export class ServerLink {
  private pool: pg.Pool | null = null;
  private listener: pg.Client | null = null;
  /** How the pool was made: a fresh one replaces it when the server answers again (its old connections are dead). */
  private config: pg.PoolConfig | null = null;
  private account: ServerAccount | null = null;
  private settings: ServerSettings | null;
  private probe: ReturnType<typeof setInterval> | null = null;
  /** The server was reached, then could not be: this PC drafts on its copies until it answers again. */
  offline = false;
  /** What runs when the server answers again (the waiting saves are sent). */
  onBack: (() => Promise<void>) | null = null;

  constructor(
    private readonly dataDir: string | null,
    private readonly signal: ChangeSignal,
    private readonly log: Logger,
  ) {
    this.settings = this.readSettings();
  }

  get connected(): boolean {
    return this.pool !== null;
  }

  get currentPool(): pg.Pool | null {
    return this.pool;
  }

  get currentAccount(): ServerAccount | null {
    return this.account;
  }

  get savedSettings(): ServerSettings | null {
    return this.settings;
  }

  private readSettings(): ServerSettings | null {
    if (!this.dataDir) return null;
    const file = join(this.dataDir, SERVER_SETTINGS_FILE);
    if (!existsSync(file)) return null;
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<ServerSettings>;
      return typeof value.url === 'string' && typeof value.login === 'string' ? { url: value.url, login: value.login } : null;
    } catch {
      return null;
    }
  }

  private saveSettings(settings: ServerSettings | null): void {
    this.settings = settings;
    if (!this.dataDir) return;
    const file = join(this.dataDir, SERVER_SETTINGS_FILE);
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(settings ?? {}, null, 2));
    renameSync(temporary, file);
  }

  /**
   * Connects as `login` with `password`: the server must answer, take the password, and hold a
   * library of this version (not older, not newer). On success the settings are kept for next time.
   */
  async connect(url: string, login: string | undefined, password: string): Promise<ServerAccount> {
    const clean = cleanServerUrl(url, login);
    const config: pg.PoolConfig = {
      ...clean.config,
      password: clean.config.password ?? password,
      max: 6,
      connectionTimeoutMillis: 8_000,
      idleTimeoutMillis: 30_000,
    };
    const pool = this.makePool(config);
    try {
      const state = await schemaState(pool);
      if (state.kind === 'empty') throw new AppError('database', serverMessages.emptySchema);
      if (state.kind === 'older') throw new AppError('database', serverMessages.olderSchema);
      if (state.kind === 'newer') throw new AppError('database', serverMessages.newerSchema);
      const me = await pool.query<{ login: string; full_name: string | null; role: ServerRole | null }>(
        'SELECT session_user AS login, a.full_name, a.role FROM (SELECT 1) one LEFT JOIN baocao_accounts a ON a.login = session_user',
      );
      const row = me.rows[0]!;
      this.account = { login: row.login, fullName: row.full_name ?? row.login, role: row.role };
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw serverError(error, clean.config.host as string) ?? error;
    }
    await this.disconnect(false);
    this.pool = pool;
    this.config = config;
    this.saveSettings({ url: clean.url, login: clean.login });
    await this.listen(config);
    return this.account;
  }

  private makePool(config: pg.PoolConfig): pg.Pool {
    const pool = new pg.Pool(config);
    // An idle connection the server drops must not crash the app: the next query says so.
    pool.on('error', (error) => this.log.error('a pooled connection to the server failed', error));
    return pool;
  }

  /** A connection of its own that hears every PC's saves (pg_notify 'baocao_changes'). */
  private async listen(config: pg.PoolConfig): Promise<void> {
    const client = new pg.Client(config);
    client.on('notification', (message) => this.signal.changed(message.payload ?? null));
    client.on('error', (error) => this.log.error('the server listener failed', error));
    try {
      await client.connect();
      await client.query('LISTEN baocao_changes');
      this.listener = client;
    } catch (error) {
      // Saves still work; other PCs' changes are seen when the screens ask again.
      this.log.error('listening to the server failed', error);
      await client.end().catch(() => undefined);
    }
  }

  /** How often a PC working without the server asks whether it answers again. */
  static readonly PROBE_MS = 3_000;

  /** The server stopped answering: drafting goes on on this PC's copies, and the server is asked again every few seconds. */
  wentOffline(): void {
    if (this.offline || !this.pool || !this.config) return;
    this.offline = true;
    this.signal.changed();
    const config = this.config;
    this.probe = setInterval(() => {
      // A connection of its own: the pool's old ones died with the network.
      const client = new pg.Client(config);
      client.on('error', () => undefined);
      client
        .connect()
        .then(() => client.query('SELECT 1'))
        .then(
          () => void this.cameBack(),
          () => undefined,
        )
        .finally(() => void client.end().catch(() => undefined));
    }, ServerLink.PROBE_MS);
    this.probe.unref?.();
  }

  private async cameBack(): Promise<void> {
    if (!this.offline || !this.config) return;
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    // Fresh connections (the screens' handlers are built again on them), and listening again.
    const old = this.pool;
    const oldListener = this.listener;
    this.pool = this.makePool(this.config);
    this.listener = null;
    void old?.end().catch(() => undefined);
    void oldListener?.end().catch(() => undefined);
    await this.listen(this.config);
    try {
      await this.onBack?.();
      this.offline = false;
    } catch (error) {
      // Down again while sending: the next probe tries again.
      this.log.error('sending the saves made without the server failed', error);
      this.offline = false;
      this.wentOffline();
      return;
    }
    this.signal.changed();
  }

  /**
   * Saves that joined the queue just as the server came back (after the last of the waiting ones
   * was sent): sent now, in the background; the server gone again puts the PC back to drafting.
   */
  sendWaiting(): void {
    if (this.offline) return;
    void this.onBack?.().catch((error: unknown) => {
      this.log.error('sending the saves made without the server failed', error);
      if (error instanceof ServerUnreachable) this.wentOffline();
    });
  }

  /** Back to the PC's own library; `forget`: the saved address goes too. */
  async disconnect(forget = true): Promise<void> {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    this.offline = false;
    const pool = this.pool;
    const listener = this.listener;
    this.pool = null;
    this.listener = null;
    if (forget) {
      this.account = null;
      this.saveSettings(null);
    }
    await listener?.end().catch(() => undefined);
    await pool?.end().catch(() => undefined);
  }
}
