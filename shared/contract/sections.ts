/** sections.*: a report's parts — saved, settled after a conflict, added, moved, removed. */
import { z } from 'zod';
import type { Block, Report, SectionNode } from '../domain/report';
import { SECTION_ROLES } from '../domain/vocabulary';
import { returns, id, line, revision, contentBlock, type ApiEntry } from './entry';
import type { SavedAt } from './reports';

export const sectionsApi = {
  /** Saves one part's title and/or content. Errors: not_found, conflict (details: the stored part). */
  'sections.update': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      sectionId: id,
      baseRevision: revision,
      title: line().optional(),
      blocks: z.array(contentBlock).max(10_000).optional(),
    }),
    result: returns<SavedAt>(),
  },
  /**
   * Settles a conflict on one part: "mine" saves the clerk's version over the stored one, "theirs"
   * keeps the stored one; either way the version not kept goes to the part's history.
   * Errors: not_found, conflict (the part changed again meanwhile).
   */
  'sections.resolveConflict': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      sectionId: id,
      baseRevision: revision,
      keep: z.enum(['mine', 'theirs']),
      title: line(),
      blocks: z.array(contentBlock).max(10_000),
    }),
    result: returns<{ revision: number; title: string; blocks: Block[] }>(),
  },
  /** Adds a part (parentId null) or a sub-item at the end of its parent. Errors: not_found, validation (too deep), conflict. */
  'sections.add': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      baseStructureRevision: revision,
      parentId: id.nullable(),
      title: line(),
      role: z.enum(SECTION_ROLES).optional(),
    }),
    result: returns<{ report: Report; section: SectionNode }>(),
  },
  /** Adds several sub-items at once, in order (one per task of the document under review). Errors: not_found, validation. */
  'sections.addMany': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      baseStructureRevision: revision,
      parentId: id.nullable(),
      titles: z.array(line()).min(1).max(200),
      role: z.enum(SECTION_ROLES).optional(),
    }),
    result: returns<Report>(),
  },
  /** Moves a part one place up or down among its siblings. Errors: not_found. */
  'sections.move': {
    readOnly: false,
    args: z.strictObject({ reportId: id, sectionId: id, baseStructureRevision: revision, direction: z.enum(['up', 'down']) }),
    result: returns<Report>(),
  },
  /** Removes a part with its sub-items; refused when the part was edited elsewhere since it was read. Errors: not_found, conflict. */
  'sections.remove': {
    readOnly: false,
    args: z.strictObject({ reportId: id, sectionId: id, baseStructureRevision: revision, baseRevision: revision }),
    result: returns<Report>(),
  },
} as const satisfies Record<`sections.${string}`, ApiEntry>;
