/**
 * `baocao import <tệp.docx|tệp.doc|tệp.pdf> -o <báo-cáo.json>`: the app's Word reader for scripts (a PDF with text is read too).
 * Writes the recognised report as baocao.report/1; lists on stderr what could not be placed.
 * Exit 0 done, 2 not a Word file / encrypted / too large / bad arguments, 1 internal error.
 */
import { writeFile } from 'node:fs/promises';
import { AppError } from '#shared/contract/errors';
import { importWordSource, type ImportDraft } from '#shared/word-import/import-word';
import { mixedProfileNote } from '#shared/word-import/recognisers/profile-evidence';
import { readWordFile } from '../core/word-import/read-word-file';
import { BadInput, EXIT_OK, readInputFile, type CliIo, UsageError, inFile, errorCode } from './cli-io';
import { commandLineMessages, importCommandMessages } from '#shared/messages/command-line';

/** A Word file read and recognised; a file that is not Word (or is locked, too large…) is refused with the reason. */
export async function importWordFile(file: string): Promise<ImportDraft> {
  const bytes = await readInputFile(file);
  try {
    return importWordSource(await readWordFile(bytes));
  } catch (error) {
    if (error instanceof AppError) throw new BadInput(inFile(file, error.message));
    throw error;
  }
}

/** What the reader could not place, and what it could not read, said after the result. */
export function importNotes(draft: ImportDraft): string[] {
  const notes: string[] = [];
  if (draft.textOnly)
    notes.push('Tệp .doc được đọc phần chữ (không giữ chữ đậm, nghiêng, đánh số tự động); nên mở bằng Word và “Lưu thành” .docx để nhập đầy đủ hơn.');
  const mixed = mixedProfileNote(draft.profileEvidence);
  if (mixed) notes.push(mixed);
  if (draft.converted.length > 0)
    notes.push(`Đã chuyển chữ phông cũ (${draft.converted.map((e) => (e === 'tcvn3' ? 'TCVN3 .VnTime' : 'VNI')).join(', ')}) sang Unicode.`);
  for (const line of draft.unplaced) notes.push(`Chưa xếp được (${line.note ?? 'không rõ vai trò'}): ${line.source.replace(/\s+/g, ' ').slice(0, 120)}`);
  return notes;
}

/** `<input> -o <output>` with the output's extension checked; what is missing is said in Vietnamese. */
export function parseInputOutput(args: readonly string[], wanted: { input: string; extension: string }): { input: string; output: string } {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--output') {
      output = args[i + 1];
      i += 1;
    } else if (arg.startsWith('-')) throw new UsageError(commandLineMessages.unknownOption(arg));
    else if (input === undefined) input = arg;
    else throw new UsageError(commandLineMessages.extraArgument(arg));
  }
  if (!input) throw new UsageError(importCommandMessages.missing(wanted.input));
  if (!output) throw new UsageError(importCommandMessages.missingOutput(wanted.extension));
  if (!output.toLowerCase().endsWith(wanted.extension)) throw new UsageError(importCommandMessages.outputExtension(wanted.extension));
  return { input, output };
}

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { input, output } = parseInputOutput(args, { input: 'tệp Word (.docx, .doc) hoặc PDF cần nhập', extension: '.json' });
  const draft = await importWordFile(input);
  try {
    await writeFile(output, `${JSON.stringify(draft.report, null, 2)}\n`);
  } catch (error) {
    throw new BadInput(commandLineMessages.cannotWrite(output, errorCode(error)));
  }
  const count = (sections: readonly { children?: unknown[] }[]): number =>
    sections.reduce((n, s) => n + 1 + count((s.children ?? []) as { children?: unknown[] }[]), 0);
  io.stdout(`Đã nhập ${input} → ${output}: ${count(draft.report.sections)} phần, mục; trích yếu “${draft.report.header.summary}”.`);
  for (const note of importNotes(draft)) io.stderr(note);
  return EXIT_OK;
}
