/** checker.*: the thể thức check of any Word file. */
import { z } from 'zod';
import { PROFILE_IDS } from '../domain/vocabulary';
import type { CheckReport } from '../the-thuc/findings';
import { returns, line, wordFile, type ApiEntry } from './entry';

export const checkerApi = {
  /** Checks any .docx against a thể thức ("auto" recognises it). Errors: unsupported_file (not a .docx). */
  'checker.checkDocx': {
    readOnly: true,
    args: z.strictObject({
      fileName: line(500),
      base64: wordFile,
      profile: z.union([z.enum(PROFILE_IDS), z.literal('auto')]),
    }),
    result: returns<CheckReport & { fileName: string }>(),
  },
} as const satisfies Record<`checker.${string}`, ApiEntry>;
