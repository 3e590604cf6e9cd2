/**
 * Conflicts: a save refused because another window saved first. The refusal carries the stored
 * version; the clerk compares and keeps one ("mine" writes this window's version, "theirs"
 * takes the stored one), part by part, or for the report's details as a whole.
 */
import { useCallback, useState } from 'react';
import type { Block, ReportMeta } from '#shared/domain/report';
import { findSection, withSection } from '#shared/domain/report-tree';
import { api, errorMessage, isConflict } from '../../../api/client';
import type { DocumentCore } from './document-core';
import { META_FIELDS, type MetaField } from '#shared/domain/feed-merge';

export interface StoredSection {
  title: string;
  blocks: Block[];
  revision: number;
}

export interface SectionConflict {
  sectionId: string;
  stored: StoredSection;
}

export interface MetaConflict {
  stored: Omit<ReportMeta, 'id'>;
  /**
   * The details saved on this PC while the office server could not be reached and refused there:
   * nothing waits in this window's queue, so the choice itself is saved (and settles the refusal).
   */
  offlineFields?: readonly MetaField[];
}

export function useConflicts(core: DocumentCore) {
  const { reportId, reportRef, show, knownRef, setActionError } = core;
  const { flush, discard } = core.autosave;
  const [conflicts, setConflicts] = useState<ReadonlyMap<string, SectionConflict>>(new Map());
  const [metaConflict, setMetaConflict] = useState<MetaConflict | null>(null);

  const addConflict = useCallback((sectionId: string, stored: StoredSection) => {
    setConflicts((prev) => new Map(prev).set(sectionId, { sectionId, stored }));
  }, []);

  /** Settles a part's conflict: "mine" writes this window's version, "theirs" takes the stored one. */
  const resolveSection = useCallback(
    async (sectionId: string, keep: 'mine' | 'theirs') => {
      const conflict = conflicts.get(sectionId);
      const local = reportRef.current && findSection(reportRef.current.sections, sectionId);
      if (!conflict || !local) return;
      try {
        const settled = await api('sections.resolveConflict', {
          reportId,
          sectionId,
          baseRevision: conflict.stored.revision,
          keep,
          title: local.title,
          blocks: local.blocks,
        });
        knownRef.current.sections.set(sectionId, settled.revision);
        discard(`section:${sectionId}`);
        if (keep === 'theirs' && reportRef.current) show(withSection(reportRef.current, sectionId, { title: settled.title, blocks: settled.blocks }));
        setConflicts((prev) => {
          const next = new Map(prev);
          next.delete(sectionId);
          return next;
        });
      } catch (error) {
        if (isConflict(error)) addConflict(sectionId, error.current as StoredSection);
        setActionError(errorMessage(error));
      }
    },
    [conflicts, reportId, discard, show, addConflict, knownRef, reportRef, setActionError],
  );

  /** Copies one block of the stored version into this window's version (shown at once, saved on resolve). */
  const copyIntoMine = useCallback(
    (sectionId: string, block: Block) => {
      const current = reportRef.current;
      const local = current && findSection(current.sections, sectionId);
      if (current && local) show(withSection(current, sectionId, { blocks: [...local.blocks, block] }));
    },
    [show, reportRef],
  );

  /** Opens the comparison for a part that another window changed while it was open here. */
  const compareWithStored = useCallback(
    async (sectionId: string) => {
      try {
        const fresh = await api('reports.get', { id: reportId });
        const stored = findSection(fresh.sections, sectionId);
        if (stored) addConflict(sectionId, { title: stored.title, blocks: stored.blocks, revision: stored.revision });
      } catch (error) {
        setActionError(errorMessage(error));
      }
    },
    [reportId, addConflict, setActionError],
  );

  const resolveMeta = useCallback(
    async (keep: 'mine' | 'theirs') => {
      if (!metaConflict || !reportRef.current) return;
      knownRef.current.meta = metaConflict.stored.revision;
      if (metaConflict.offlineFields) {
        const from = keep === 'mine' ? reportRef.current : metaConflict.stored;
        const fields = Object.fromEntries(metaConflict.offlineFields.map((f) => [f, from[f]]));
        try {
          const saved = await api('reports.updateMeta', { id: reportId, baseRevision: metaConflict.stored.revision, ...fields } as never);
          knownRef.current.meta = saved.revision;
        } catch (error) {
          setActionError(errorMessage(error));
          return;
        }
      }
      if (keep === 'theirs') {
        for (const field of META_FIELDS) discard(`meta:${field}`);
        const stored = metaConflict.stored;
        const next = { ...reportRef.current };
        for (const field of META_FIELDS) (next as Record<MetaField, unknown>)[field] = stored[field];
        show(next);
      }
      setMetaConflict(null);
      if (keep === 'mine') await flush();
    },
    [metaConflict, discard, flush, show, knownRef, reportRef, reportId, setActionError],
  );

  return { conflicts, addConflict, resolveSection, copyIntoMine, compareWithStored, metaConflict, setMetaConflict, resolveMeta };
}
