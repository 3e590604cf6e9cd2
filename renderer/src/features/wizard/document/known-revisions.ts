/**
 * The revisions this window's copy of a report was read or saved at. A save names them as its
 * base; the change feed compares them with what is stored to see another window's saves.
 */
import type { RevisionState } from '#shared/contract/api';
import { walkSections, type Report } from '#shared/domain/report';

export class KnownRevisions {
  meta = 0;
  structure = 0;
  readonly sections = new Map<string, number>();

  /** Everything as in `report` (just read from the back end). */
  takeAll(report: Report): void {
    this.meta = report.revision;
    this.structure = report.structureRevision;
    this.sections.clear();
    for (const s of walkSections(report.sections)) this.sections.set(s.id, s.revision);
  }

  /** The tree as in `report`; parts already known keep their revision unless `taken` names them. */
  takeStructure(report: Report, taken: ReadonlySet<string> = new Set()): void {
    this.structure = report.structureRevision;
    const seen = new Set<string>();
    for (const s of walkSections(report.sections)) {
      seen.add(s.id);
      if (!this.sections.has(s.id) || taken.has(s.id)) this.sections.set(s.id, s.revision);
    }
    for (const id of [...this.sections.keys()]) if (!seen.has(id)) this.sections.delete(id);
  }

  section(id: string): number {
    return this.sections.get(id) ?? 0;
  }

  /** What changed elsewhere, compared with what is stored. */
  changesIn(stored: RevisionState): { meta: boolean; structure: boolean; sections: string[] } {
    return {
      meta: stored.revision > this.meta,
      structure: stored.structureRevision > this.structure,
      sections: Object.entries(stored.sections)
        .filter(([id, revision]) => this.sections.has(id) && revision > this.section(id))
        .map(([id]) => id),
    };
  }
}
