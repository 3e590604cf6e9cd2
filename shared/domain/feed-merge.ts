/**
 * What the change feed does with another window's saves, as a pure function: parts not being
 * edited take the stored text; the part being edited (and its sub-parts) keeps the clerk's text
 * and is reported as "held", even when the tree moved around it; the details and the sign-off
 * state follow the stored report.
 */
import { META_FIELDS, type MetaField, type Report, type SectionNode } from './report';
import { findSection, withSection } from './report-tree';

/** The report's details a window saves one at a time (each its own queued write); kept in report.ts. */
export { META_FIELDS, type MetaField };

/** What changed elsewhere since this window last read or wrote (KnownRevisions.changesIn). */
interface FeedChanges {
  meta: boolean;
  structure: boolean;
  sections: readonly string[];
}

interface FeedMerge {
  next: Report;
  /** Parts that took the stored text. */
  taken: Set<string>;
  /** Parts being edited here that changed elsewhere: their text stays, the clerk is told. */
  held: Set<string>;
}

/** A part and every part under it: what "the part open on screen" covers. */
export function sectionIdsUnder(section: SectionNode | undefined): Set<string> {
  const ids = new Set<string>();
  const walk = (s: SectionNode) => {
    ids.add(s.id);
    s.children.forEach(walk);
  };
  if (section) walk(section);
  return ids;
}

/** Copies the details (and the sign-off state, which travels with them) from `from` onto `onto`. */
function withMetaOf(onto: Report, from: Report): Report {
  const next: Report = { ...onto, revision: from.revision, ...(from.state ? { state: from.state } : {}) };
  if (!from.state) delete next.state;
  for (const field of META_FIELDS) (next as Record<MetaField, unknown>)[field] = from[field];
  return next;
}

export function mergeFeedChanges(local: Report, fresh: Report, changes: FeedChanges, editing: ReadonlySet<string>): FeedMerge {
  const taken = new Set<string>();
  const held = new Set<string>();
  let next: Report = changes.structure ? { ...local, sections: fresh.sections, structureRevision: fresh.structureRevision } : local;
  for (const id of changes.sections) {
    const theirs = findSection(fresh.sections, id);
    const mine = findSection(local.sections, id);
    if (!theirs) continue;
    if (editing.has(id)) {
      held.add(id);
      // Keep the clerk's text on screen; the tree may have moved around it.
      if (mine) next = withSection(next, id, { title: mine.title, blocks: mine.blocks });
    } else {
      taken.add(id);
      if (!changes.structure) next = withSection(next, id, { title: theirs.title, blocks: theirs.blocks });
    }
  }
  if (changes.structure) {
    // The new tree carries the stored text everywhere: the parts being edited get the clerk's back.
    for (const id of editing) {
      const mine = findSection(local.sections, id);
      if (mine && !held.has(id) && findSection(next.sections, id)) next = withSection(next, id, { title: mine.title, blocks: mine.blocks });
    }
  }
  if (changes.meta) next = withMetaOf(next, fresh);
  return { next, taken, held };
}
