/**
 * What went wrong with the office server, in words the clerk can act on: the server off or
 * unreachable, a wrong password, this PC not allowed, another application's database, a
 * connection dropped mid-save, and the database's own refusals of what a role may not do.
 */
import { AppError } from '#shared/contract/errors';
import { serverMessages, serverRules } from '#shared/messages/server';

interface PgError {
  code?: string;
  message?: string;
}

/**
 * The server could not be reached, or the connection dropped mid-save: what sends a PC to
 * drafting on its own copies (offline-handlers.ts). Other 'io' refusals (a busy server) do not.
 */
export class ServerUnreachable extends AppError {
  constructor(message: string) {
    super('io', message);
  }
}

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOENT']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08003', '08000']);

/** The AppError for a server failure, or null when the error is something else (a store's own refusal passes as it is). */
export function serverError(error: unknown, where = 'thư viện dùng chung'): AppError | null {
  if (error instanceof AppError) return null;
  const { code = '', message = '' } = (error ?? {}) as PgError;
  if (
    NETWORK.has(code) ||
    (code === '55000' && /not currently accepting connections/.test(message)) ||
    /timeout exceeded when trying to connect/i.test(message)
  )
    return new ServerUnreachable(serverMessages.unreachable(where));
  if (DROPPED.has(code) || /Connection terminated/i.test(message)) return new ServerUnreachable(serverMessages.lostConnection);
  if (code === '28P01') return new AppError('validation', serverMessages.wrongPassword);
  if (code === '28000') return new AppError('validation', /pg_hba/.test(message) ? serverMessages.notAllowedFromHere : serverMessages.wrongPassword);
  if (code === '3D000') return new AppError('validation', serverMessages.noDatabase(/"([^"]+)"/.exec(message)?.[1] ?? ''));
  if (code === '42P01') return new AppError('database', serverMessages.notOurServer);
  const rule = /^baocao:([a-z-]+)$/.exec(message)?.[1];
  if (rule && serverRules[rule]) return new AppError('validation', serverRules[rule]);
  if (code === '42501') return new AppError('validation', serverMessages.notAllowed);
  return null;
}
