import type { Migration } from '../migration';

/**
 * The office server's search keeps each row's word pairs ("xây_dựng", "dựng_đảng") beside its
 * words, so that a phrase is found through rare pairs instead of checking every row that holds its
 * common words. A PC's search (FTS5) finds phrases from its own doclists: nothing changes here.
 * The step keeps the two lists one.
 */
export const migration0015SearchPairs: Migration = {
  id: '0015-search-pairs',
  up: () => undefined,
};
