/** checker.*: the thể thức check of any Word file. */
import { z } from 'zod';
import { PROFILE_IDS } from '../domain/vocabulary';
import type { CheckReport } from '../the-thuc/findings';
import { MAX_WORD_FILE_BYTES } from './file-sizes';
import { returns, line, wordFile, type ApiEntry } from './entry';

/**
 * How many files one "checker.checkFiles" call takes, and their bytes together: LibreOffice lays
 * a call's files out in one start (a second saved per file after the first), and the screen
 * shows its progress call by call; the bytes stay within what one request carries.
 */
export const CHECK_BATCH = { files: 4, bytes: MAX_WORD_FILE_BYTES } as const;

/** One file of a batch: its findings, or why it could not be checked (in Vietnamese, saying what to do). */
export type FileCheck = { fileName: string; report: CheckReport } | { fileName: string; problem: string };

const profile = z.union([z.enum(PROFILE_IDS), z.literal('auto')]);

export const checkerApi = {
  /** Checks any .docx against a thể thức ("auto" recognises it). Errors: unsupported_file (not a .docx). */
  'checker.checkDocx': {
    readOnly: true,
    args: z.strictObject({ fileName: line(500), base64: wordFile, profile }),
    result: returns<CheckReport & { fileName: string }>(),
  },
  /** Checks several Word files, laid out by one start of LibreOffice; a file that cannot be checked says why in its place. */
  'checker.checkFiles': {
    readOnly: true,
    args: z.strictObject({
      files: z
        .array(z.strictObject({ fileName: line(500), base64: wordFile }))
        .min(1)
        .max(CHECK_BATCH.files),
      profile,
    }),
    result: returns<{ results: FileCheck[] }>(),
  },
} as const satisfies Record<`checker.${string}`, ApiEntry>;
