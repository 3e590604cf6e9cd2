import type { Migration } from '../migration';

/**
 * A report's own search row holds its tên loại ("Bản tự kiểm điểm"). On a PC the search index is
 * a derived file rebuilt when its layout changes (search-index.ts LAYOUT): nothing changes here.
 * The office server marks every report to be indexed again. The step keeps the two lists one.
 */
export const migration0016SearchDocType: Migration = {
  id: '0016-search-doc-type',
  up: () => undefined,
};
