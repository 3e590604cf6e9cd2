/**
 * Errors are data: a closed set of codes, each carried with a Vietnamese message that says
 * what happened and what to do. The UI shows the message as is.
 */
export const ERROR_CODES = ['validation', 'not_found', 'conflict', 'io', 'unsupported_file', 'database', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

interface ApiError {
  code: ErrorCode;
  message: string;
  /** With `conflict`: what is stored now, so the clerk can compare and choose. */
  current?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers for expected failures; the dispatcher turns it into the envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Carried to the caller with the error (see ApiError.current). */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
