/**
 * Writing a ZIP archive — report packages (.baocao) and "Xuất tất cả" — with fflate, the
 * library docx writes .docx files with. Reading other people's archives stays with the bounded
 * reader of word-file/read-zip.ts, which refuses hostile ones before inflating them.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  /** Text is written as UTF-8. */
  content: string | Uint8Array;
}

/** Entries written in order, each dated `modified`, with UTF-8 names. */
export function zip(files: readonly ZipEntry[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (file.name in entries) throw new Error(`the archive already has an entry ${file.name}`);
    entries[file.name] = typeof file.content === 'string' ? strToU8(file.content) : file.content;
  }
  // Level 6 (zlib's default): a package's attachments are mostly already compressed (PDF, .docx).
  return zipSync(entries, { level: 6, mtime: modified });
}
