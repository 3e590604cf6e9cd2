/**
 * What every feature's contract file is made of: an entry per method (does it work while the data
 * file is read-only, what arguments it takes, what it answers) and the argument schemas they share.
 */
import { z } from 'zod';
import { blockFromFile } from '../domain/report';
import { blockSchema } from '../report-format/schema';
import { base64Length, MAX_PACKAGE_FILE_BYTES, MAX_WORD_FILE_BYTES } from './file-sizes';

export interface ApiEntry {
  /** Works in the read-only state (a damaged data file): it reads, exports what can be read, or restores a backup. */
  readOnly: boolean;
  args: z.ZodType;
  /** Only its type is used: what the method answers. */
  result: unknown;
}

/** Names what a method answers (a type only; nothing at run time). */
export const returns = <T>() => undefined as unknown as T;

/** Blocks arrive in the file format's forms and are handed to the core in the app's one shape (domain/report.ts). */
export const contentBlock = blockSchema.transform(blockFromFile);
export const contentAppendix = z.strictObject({
  title: z.string().max(1_000),
  reference: z.string().max(1_000).optional(),
  blocks: z.array(contentBlock).max(10_000).optional(),
});

export const id = z.string().min(1).max(64);
export const line = (max = 1_000) => z.string().max(max);
/** Files as base64, each capped where the readers' own limits are (file-sizes.ts). */
export const wordFile = z.string().max(base64Length(MAX_WORD_FILE_BYTES));
export const packageFile = z.string().max(base64Length(MAX_PACKAGE_FILE_BYTES));
/** The revision the caller's copy was read at: a save from an older one is refused with `conflict`. */
export const revision = z.number().int().min(0);
