/**
 * What the desktop shell does with "Lưu tệp" and "Xuất PDF", as plain functions: the dialog,
 * the printer and the disk are passed in, so the choices (the suggested name and folder, the
 * filters, what a cancel or a locked file answers) are tested without Electron (main.ts only
 * plugs in Electron's dialog and the window's printToPDF).
 */
import { safeFileName } from '#shared/package-format/attachment-names';
import { join } from 'node:path';
import type { Envelope } from '#shared/contract/errors';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

interface SavedFile {
  saved: boolean;
  path?: string;
}

export interface FileHandlerDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** The clerk's Documents folder, where the dialog opens. */
  documentsDir: string;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

interface PdfDeps extends FileHandlerDeps {
  /** The window's own print of the report's A4 pages. */
  print(): Promise<Uint8Array>;
  /** The document's properties (title, author, subject) written into the PDF. */
  withProperties(bytes: Uint8Array, properties: PdfProperties): Promise<Uint8Array>;
}

export interface PdfProperties {
  title: string;
  author: string;
  subject: string;
}

const refused = (message: string): Envelope<SavedFile> => ({ ok: false, error: { code: 'validation', message } });

/** A name Windows accepts: slashes become "-" (a date like 6/2026 stays readable), then the one rule for file names. */
export const windowsSafeName = (name: string) => safeFileName(name.replace(/[\\/]/g, '-'));

function filtersFor(fileName: string): SaveDialogOptions['filters'] {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'docx') return [{ name: 'Tài liệu Word', extensions: ['docx'] }];
  if (extension === 'pdf') return [{ name: 'Tệp PDF', extensions: ['pdf'] }];
  if (extension === 'xlsx') return [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }];
  return [{ name: 'Tệp báo cáo', extensions: [extension || '*'] }];
}

async function saveAs(
  deps: FileHandlerDeps,
  title: string,
  fileName: string,
  bytes: () => Promise<Uint8Array>,
  failure: (code: string) => string,
): Promise<Envelope<SavedFile>> {
  try {
    const content = await bytes();
    const choice = await deps.showSaveDialog({ title, defaultPath: join(deps.documentsDir, windowsSafeName(fileName)), filters: filtersFor(fileName) });
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
    await deps.writeFile(choice.filePath, content);
    return { ok: true, value: { saved: true, path: choice.filePath } };
  } catch (error) {
    return { ok: false, error: { code: 'io', message: failure((error as { code?: string }).code ?? (error as Error).message ?? 'lỗi') } };
  }
}

/** "Lưu tệp": the bytes the page made (a .docx, a .baocao, a .zip) saved where the clerk chooses. */
export function saveFileAs(deps: FileHandlerDeps, fileName: unknown, base64: unknown): Promise<Envelope<SavedFile>> {
  if (typeof fileName !== 'string' || typeof base64 !== 'string') return Promise.resolve(refused('Yêu cầu lưu tệp không hợp lệ.'));
  return saveAs(
    deps,
    'Lưu tệp',
    fileName,
    async () => Buffer.from(base64, 'base64'),
    (code) => `Không ghi được tệp (${code}). Nếu tệp đang mở trong Word, hãy đóng nó rồi xuất lại; hoặc chọn thư mục khác.`,
  );
}

/** "Xuất PDF": the window printed on A4, its properties set, saved where the clerk chooses. */
export function savePdfAs(deps: PdfDeps, fileName: unknown, properties: unknown): Promise<Envelope<SavedFile>> {
  const props = properties as Partial<Record<keyof PdfProperties, unknown>> | null;
  if (typeof fileName !== 'string' || !props || typeof props.title !== 'string' || typeof props.author !== 'string' || typeof props.subject !== 'string') {
    return Promise.resolve(refused('Yêu cầu xuất PDF không hợp lệ.'));
  }
  const wanted: PdfProperties = { title: props.title, author: props.author, subject: props.subject };
  return saveAs(
    deps,
    'Lưu tệp PDF',
    fileName,
    async () => deps.withProperties(await deps.print(), wanted),
    (detail) => `Chưa xuất được PDF (${detail}). Nếu tệp đang mở, hãy đóng nó rồi thử lại; hoặc chọn thư mục khác.`,
  );
}

/** A message that did not come from the app's own page gets no answer but a refusal. */
export const NOT_OUR_PAGE: Envelope<never> = { ok: false, error: { code: 'validation', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
