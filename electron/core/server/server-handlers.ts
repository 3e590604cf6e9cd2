/** server.*: connecting this PC to the office's shared library, its accounts, and bringing the PC's library up. */
import type { ServerAccountInfo, ServerStatus } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { serverMessages } from '#shared/messages/server';
import type { Handlers } from '../dispatcher';
import type { Sql } from '../db/sql';
import { PgSql } from './pg-sql';
import { serverError } from './server-errors';
import type { ServerLink } from './server-link';
import { uploadLibrary } from './upload-library';
import type { OfflineDesk } from './offline-desk';

type ServerHandlers = Pick<Handlers, 'server.status' | 'server.connect' | 'server.disconnect' | 'server.upload' | 'server.accounts' | 'server.createAccount'>;

export function serverHandlers(link: ServerLink, localSql: () => Sql, desk: () => OfflineDesk, afterConnect: () => Promise<void>): ServerHandlers {
  const status = async (): Promise<ServerStatus> => ({
    settings: link.savedSettings,
    connected: link.connected,
    account: link.currentAccount,
    offline: link.offline,
    waiting: await desk().waiting(),
  });
  const pool = () => {
    const current = link.currentPool;
    if (!current) throw new AppError('validation', serverMessages.notConnected);
    return current;
  };
  const accounts = async (): Promise<ServerAccountInfo[]> => {
    try {
      const rows = await pool().query<{ login: string; full_name: string; role: ServerAccountInfo['role'] }>(
        'SELECT login, full_name, role FROM baocao_accounts ORDER BY full_name',
      );
      return rows.rows.map((r) => ({ login: r.login, fullName: r.full_name, role: r.role }));
    } catch (error) {
      throw serverError(error) ?? error;
    }
  };
  return {
    'server.status': status,
    'server.connect': async ({ url, login, password }) => {
      await link.connect(url, login, password);
      // Saves made without the server before this PC was closed go up now.
      await afterConnect();
      return status();
    },
    'server.disconnect': async () => {
      await link.disconnect();
      return status();
    },
    'server.upload': () => uploadLibrary(localSql(), new PgSql(pool())),
    'server.accounts': accounts,
    'server.createAccount': async ({ login, fullName, role, password }) => {
      try {
        await pool().query('SELECT baocao_create_account($1, $2, $3, $4)', [login, fullName, role, password]);
      } catch (error) {
        throw serverError(error) ?? error;
      }
      return accounts();
    },
  };
}
