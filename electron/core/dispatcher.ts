/**
 * The one dispatcher: unknown method → validation error; arguments checked against the
 * contract's schema; any thrown error becomes the envelope. Handlers may assume valid input.
 * Unexpected errors reach the UI as a plain Vietnamese sentence; the stack goes to the log.
 */
import { apiArgSchemas, isApiMethod, type ApiMethod, type ApiResult, type ParsedApiArgs } from '../../shared/contract/api';
import { AppError, INTERNAL_ERROR_MESSAGE, type Envelope } from '../../shared/contract/errors';
import { formatPath } from '../../shared/report-format/read-report-file';

export type Handlers = { [M in ApiMethod]: (args: ParsedApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>> };

export interface Logger {
  error(message: string, error?: unknown): void;
  info?(message: string): void;
}

export type Dispatch = (method: unknown, args: unknown) => Promise<Envelope<unknown>>;

export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (method, args) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'validation', message: `Yêu cầu không hợp lệ: không có chức năng "${String(method)}".` } };
    }
    const parsed = apiArgSchemas[method].safeParse(args ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? formatPath(first.path) : '';
      return {
        ok: false,
        error: {
          code: 'validation',
          message: `Dữ liệu gửi lên không hợp lệ${where ? ` ở trường "${where}"` : ''}. Hãy tải lại trang rồi thử lại.`,
        },
      };
    }
    try {
      const handler = handlers[method] as (a: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      log.error(`${method} failed`, error);
      return { ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } };
    }
  };
}
