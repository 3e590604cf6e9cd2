/** indicatorSets.*: the unit's Bộ chỉ tiêu. */
import { z } from 'zod';
import type { IndicatorSet } from '../domain/indicator-set';
import { returns, id, type ApiEntry } from './entry';

/** A Bộ chỉ tiêu as stored. */
export interface StoredIndicatorSet {
  id: string;
  set: IndicatorSet;
  updatedAt: string;
}

export const indicatorSetsApi = {
  /** The unit's Bộ chỉ tiêu (own and received). */
  'indicatorSets.list': { readOnly: true, args: z.strictObject({}), result: returns<StoredIndicatorSet[]>() },
  /** Saves a set (new without id; a set of the same name and issuer is replaced). Errors: validation (with what to fix). */
  'indicatorSets.save': { readOnly: false, args: z.strictObject({ id: id.optional(), set: z.unknown() }), result: returns<StoredIndicatorSet>() },
  /** Errors: not_found. */
  'indicatorSets.delete': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
} as const satisfies Record<`indicatorSets.${string}`, ApiEntry>;
