/**
 * A chosen file's bytes as base64, for the API (which carries JSON). A file over the app's limit
 * for its kind is refused here, before it is read, with the same sentence the back end would give —
 * not sent to be refused as "dữ liệu gửi lên không hợp lệ".
 */
import { MAX_ATTACHMENT_BYTES, MAX_PACKAGE_FILE_BYTES, MAX_WORD_FILE_BYTES } from '#shared/contract/file-sizes';
import { packageProblems } from '#shared/messages/packages';
import { wordFileProblems } from '#shared/messages/word-files';
import { ApiCallError } from '../../api/client';

export type FileKind = 'word' | 'package' | 'attachment';

const LIMITS: Record<FileKind, { bytes: number; tooLarge: (name: string) => string }> = {
  word: { bytes: MAX_WORD_FILE_BYTES, tooLarge: () => wordFileProblems.tooLarge },
  package: { bytes: MAX_PACKAGE_FILE_BYTES, tooLarge: (name) => packageProblems.tooLarge(name) },
  attachment: { bytes: MAX_ATTACHMENT_BYTES, tooLarge: (name) => packageProblems.attachmentTooLarge(name) },
};

export async function fileToBase64(file: File, kind: FileKind): Promise<string> {
  const limit = LIMITS[kind];
  if (file.size > limit.bytes) throw new ApiCallError('validation', limit.tooLarge(file.name));
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In chunks: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
