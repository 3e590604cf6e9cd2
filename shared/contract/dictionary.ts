/** dictionary.*: the unit's own words for the spell checker. */
import { z } from 'zod';
import { returns, line, type ApiEntry } from './entry';

export const dictionaryApi = {
  /** The words of the personal dictionary, sorted. */
  'dictionary.list': { readOnly: true, args: z.strictObject({}), result: returns<string[]>() },
  /** Adds a word the spell checker must accept. */
  'dictionary.add': { readOnly: false, args: z.strictObject({ word: line(100) }), result: returns<string[]>() },
  /** Takes back a word added by mistake; a word not in the dictionary is not an error. */
  'dictionary.remove': { readOnly: false, args: z.strictObject({ word: line(100) }), result: returns<string[]>() },
} as const satisfies Record<`dictionary.${string}`, ApiEntry>;
