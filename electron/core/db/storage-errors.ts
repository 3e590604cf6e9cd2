/**
 * What the disk said, in words a clerk can act on. SQLite and the file system report the same
 * few situations under many codes; each situation has one message that says what to do, and
 * none of them is "restart the app". What was not saved stays on the screen and is retried.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';

export const STORAGE_PROBLEMS = ['disk-full', 'read-only', 'locked', 'disk-error', 'cannot-open'] as const;
export type StorageProblem = (typeof STORAGE_PROBLEMS)[number];

const CODES: Record<StorageProblem, readonly string[]> = {
  'disk-full': ['SQLITE_FULL', 'ENOSPC', 'EDQUOT'],
  'read-only': ['SQLITE_READONLY', 'EACCES', 'EPERM', 'EROFS'],
  locked: ['SQLITE_BUSY', 'SQLITE_LOCKED', 'EBUSY'],
  'disk-error': ['SQLITE_IOERR', 'EIO'],
  'cannot-open': ['SQLITE_CANTOPEN'],
};

export function storageProblem(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  for (const [problem, codes] of Object.entries(CODES) as [StorageProblem, readonly string[]][]) {
    // SQLite's extended codes carry the primary one as a prefix (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_FSYNC …).
    if (codes.some((c) => code === c || code.startsWith(`${c}_`))) return problem;
  }
  return null;
}

/**
 * How the clerk tries again once the problem is put right, with the button she actually has:
 * an autosave shows "Thử lưu lại" and keeps the text on screen; a backup is "Sao lưu ngay" again;
 * anything else is done again.
 */
export interface Retry {
  step: string;
  /** The unsaved text is still on the screen (true only of the editor's autosave). */
  keepsUnsaved: boolean;
}

export const RETRY = {
  save: { step: 'bấm "Thử lưu lại"', keepsUnsaved: true },
  backup: { step: 'bấm "Sao lưu ngay" lần nữa', keepsUnsaved: false },
  other: { step: 'làm lại thao tác vừa rồi', keepsUnsaved: false },
} as const satisfies Record<string, Retry>;

const kept = (retry: Retry) => (retry.keepsUnsaved ? ' Nội dung chưa lưu vẫn còn trên màn hình.' : '');

export const STORAGE_MESSAGES: Record<StorageProblem, (where: string, retry?: Retry) => string> = {
  'disk-full': (where, retry = RETRY.other) =>
    `Ổ đĩa chứa dữ liệu đã đầy (${where}). Hãy xóa bớt tệp không cần hoặc dọn Thùng rác để có thêm chỗ trống, ` +
    `rồi ${retry.step}.${kept(retry)}${retry.keepsUnsaved ? ' Đừng đóng cửa sổ.' : ''}`,
  'read-only': (where, retry = RETRY.other) =>
    `Không ghi được vào dữ liệu (${where}): thư mục hoặc tệp đang ở chế độ chỉ đọc. Hãy bỏ chọn "Read-only" trong Properties của tệp, ` +
    `hoặc chép cả thư mục dữ liệu sang một nơi ghi được (ví dụ thư mục Documents) rồi mở lại từ đó.${kept(retry)}`,
  locked: (where, retry = RETRY.other) =>
    `Tệp dữ liệu đang bị một chương trình khác giữ (${where}): có thể là một cửa sổ Soạn Báo Cáo khác, phần mềm sao lưu hoặc diệt virus. ` +
    `Hãy đóng chương trình đó rồi ${retry.step}.${kept(retry)}`,
  'disk-error': (where, retry = RETRY.other) =>
    `Ổ đĩa báo lỗi khi đọc hoặc ghi dữ liệu (${where}); USB hoặc ổ đĩa có thể đã bị rút ra hoặc hỏng. Hãy cắm lại ổ đĩa rồi ${retry.step}; ` +
    `nếu vẫn lỗi, hãy chép thư mục dữ liệu sang ổ khác.${kept(retry)}`,
  'cannot-open': (where) =>
    `Không mở được tệp dữ liệu (${where}): thư mục không tồn tại hoặc không cho ghi. Hãy chép thư mục dữ liệu sang một nơi ghi được ` +
    '(ví dụ thư mục Documents), hoặc đặt biến môi trường BAOCAO_DATA_DIR sang thư mục khác.',
};

/** A read-only data file and a read-only data folder are put right differently: each has its own words. */
export const READ_ONLY_MESSAGES = {
  file: (file: string, retry: Retry = RETRY.other) =>
    `Tệp dữ liệu "${file}" đang ở chế độ chỉ đọc nên chưa ghi được. Hãy bấm chuột phải vào tệp → Properties → bỏ chọn "Read-only" → OK, ` +
    `rồi ${retry.step}.${kept(retry)}`,
  folder: (folder: string, retry: Retry = RETRY.other) =>
    `Thư mục dữ liệu "${folder}" không cho ghi (ổ chỉ đọc, thư mục mạng hoặc thư mục bị khóa quyền) nên chưa ghi được. ` +
    `Hãy chép cả thư mục này sang một nơi ghi được (ví dụ thư mục Documents) rồi mở lại từ đó.${kept(retry)}`,
};

/** Which of the two is read-only, asked of the file system; null when neither answers so. */
export function readOnlyPart(dataDir: string, writable: (path: string) => boolean = canWrite): 'file' | 'folder' | null {
  const file = join(dataDir, 'baocao.db');
  if (existsSync(file) && !writable(file)) return 'file';
  if (!writable(dataDir)) return 'folder';
  return null;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The AppError for a storage failure, or null when the error is something else. `where` is the
 * data folder: for a read-only failure it is asked whether the file or the folder is to blame;
 * `retry` is how the clerk tries again (RETRY.save under the editor's autosave).
 */
export function storageError(error: unknown, where: string, retry: Retry = RETRY.other): AppError | null {
  const problem = storageProblem(error);
  if (!problem) return null;
  if (problem === 'read-only') {
    const part = existsSync(where) ? readOnlyPart(where) : null;
    if (part === 'file') return new AppError('io', READ_ONLY_MESSAGES.file(join(where, 'baocao.db'), retry));
    if (part === 'folder') return new AppError('io', READ_ONLY_MESSAGES.folder(where, retry));
  }
  return new AppError('io', STORAGE_MESSAGES[problem](where, retry));
}

/** A file SQLite cannot read as a database, or whose pages are damaged. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}
