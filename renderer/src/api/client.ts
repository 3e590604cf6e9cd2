/**
 * The renderer's one seam to the back end. Components call `api(method, args)` and get the
 * value or an ApiCallError with the Vietnamese message to show; they never see fetch, IPC or
 * window.bridge.
 */
import type { ApiArgs, ApiMethod, ApiResult, Bridge } from '#shared/contract/api';
import type { ErrorCode } from '#shared/contract/errors';
import { INTERNAL_ERROR_MESSAGE } from '#shared/messages/common';
import { httpBridge } from './http-bridge';

declare global {
  interface Window {
    bridge?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With `conflict`: what is stored now. */
    readonly current?: unknown,
  ) {
    super(message);
  }
}

export function isConflict(error: unknown): error is ApiCallError & { code: 'conflict' } {
  return error instanceof ApiCallError && error.code === 'conflict';
}

function bridge(): Bridge {
  return window.bridge ?? httpBridge;
}

export async function api<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const envelope = await bridge().invoke(method, args);
  if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message, envelope.error.current);
  return envelope.value;
}

/** Desktop: a save dialog; browser: a download. Returns false when the user cancelled. */
export async function saveFile(fileName: string, base64: string): Promise<boolean> {
  const envelope = await bridge().saveFile(fileName, base64);
  if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message);
  return envelope.value.saved;
}

/** "Xuất PDF" of the report's pages on screen: a save dialog (desktop) or the browser's print dialog. */
export async function printPdf(
  fileName: string,
  properties: { title: string; author: string; subject: string },
): Promise<{ saved: boolean; viaPrintDialog?: boolean }> {
  const envelope = await bridge().printPdf(fileName, properties);
  if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : INTERNAL_ERROR_MESSAGE;
}

/** UTF-8 text → base64, for JSON files handed to saveFile. */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
