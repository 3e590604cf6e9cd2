/**
 * One open report: loading it, saving each change (queued, half a second after typing stops),
 * structural changes (add, move, remove a part) and the two ways another window's saves reach
 * this one — a refused save (conflict) and the change feed.
 *
 * Every save names the revision this window last read or wrote; the back end refuses a stale
 * one with the stored version, which becomes a conflict the clerk settles by choosing. A part
 * not being edited takes another window's saves by itself; the part being edited is never
 * replaced under the clerk's hands: it says it changed and offers the comparison.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Block, Report, ReportMeta, SectionNode } from '../../../../../shared/domain/report';
import { findSection, keepLocalEdits, withSection } from '../../../../../shared/domain/report-tree';
import type { SectionRole } from '../../../../../shared/domain/vocabulary';
import { api, errorMessage, isConflict } from '../../../api/client';
import { useAutosave } from '../use-autosave';
import { KnownRevisions } from './known-revisions';

/** The report's details a window saves one at a time (each its own queued write). */
export const META_FIELDS = ['header', 'signature', 'recipients', 'profile', 'period', 'outline', 'appendices', 'opening', 'closing'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** How often an open report asks whether another window saved something. */
export const CHANGE_FEED_MS = 2_000;

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
}

export interface SectionChangeHandlers {
  onChange: (sectionId: string, change: { title?: string; blocks?: Block[] }) => void;
  onRestore: (sectionId: string, revisionId: string) => Promise<void>;
  onAddMany: (parentId: string, titles: string[], role: SectionRole) => void;
  onAddChild: (parentId: string | null) => void;
  onMove: (sectionId: string, direction: 'up' | 'down') => void;
  onRemove: (sectionId: string) => void;
}

function sectionIdsUnder(section: SectionNode | undefined): Set<string> {
  const ids = new Set<string>();
  const walk = (s: SectionNode) => {
    ids.add(s.id);
    s.children.forEach(walk);
  };
  if (section) walk(section);
  return ids;
}

export interface DocumentView {
  /** The part open on screen (its step), or null: that part is never replaced under the clerk. */
  openSectionId: string | null;
  /** Called when the part open on screen was removed. */
  onOpenSectionRemoved: () => void;
}

export function useReportDocument(reportId: string, view: DocumentView) {
  const [report, setReport] = useState<Report | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<ReadonlyMap<string, SectionConflict>>(new Map());
  const [metaConflict, setMetaConflict] = useState<MetaConflict | null>(null);
  const autosave = useAutosave();
  const { schedule, flush, discard, busy } = autosave;
  const reportRef = useRef<Report | null>(null);
  const known = useRef(new KnownRevisions());
  const structuralBusy = useRef(false);
  // What is on screen, for callbacks that run later (the change feed, a removal's answer).
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  });

  const show = useCallback((next: Report) => {
    reportRef.current = next;
    setReport(next);
  }, []);

  useEffect(() => {
    api('reports.get', { id: reportId }).then(
      (loaded) => {
        known.current.takeAll(loaded);
        show(loaded);
      },
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, [reportId, show]);

  /**
   * The report as stored replaces what is on screen: after this window itself changed it on the
   * server side (a bản trình's edits taken, a change of state). Pending edits are saved first.
   */
  const reloadFromStore = useCallback(async () => {
    const loaded = await api('reports.get', { id: reportId });
    known.current.takeAll(loaded);
    show(loaded);
  }, [reportId, show]);

  const addConflict = useCallback((sectionId: string, stored: StoredSection) => {
    setConflicts((prev) => new Map(prev).set(sectionId, { sectionId, stored }));
  }, []);

  const saveMeta = useCallback(
    (next: Report, field: MetaField) => {
      show(next);
      schedule(`meta:${field}`, async () => {
        try {
          const saved = await api('reports.updateMeta', { id: reportId, baseRevision: known.current.meta, [field]: next[field] } as never);
          known.current.meta = saved.revision;
          return saved.updatedAt;
        } catch (error) {
          if (isConflict(error)) setMetaConflict({ stored: error.current as MetaConflict['stored'] });
          throw error;
        }
      });
    },
    [reportId, schedule, show],
  );

  const saveSection = useCallback(
    (sectionId: string, title: string, blocks: Block[]) => {
      schedule(`section:${sectionId}`, async () => {
        try {
          const saved = await api('sections.update', { reportId, sectionId, baseRevision: known.current.section(sectionId), title, blocks });
          known.current.sections.set(sectionId, saved.revision);
          return saved.updatedAt;
        } catch (error) {
          if (isConflict(error)) addConflict(sectionId, error.current as StoredSection);
          throw error;
        }
      });
    },
    [reportId, schedule, addConflict],
  );

  // Structural changes run one after another, in the order clicked: three quick clicks on
  // "+ Thêm mục con" make three sub-items, and the tree shown is always the newest. What was
  // typed while one was on its way is kept (keepLocalEdits).
  const structuralQueue = useRef<Promise<void>>(Promise.resolve());
  const structural = useCallback(
    (run: (baseStructureRevision: number) => Promise<Report>, options: { then?: (r: Report) => void; takes?: string } = {}): Promise<void> => {
      const task = async () => {
        setActionError(null);
        if (!(await flush())) return;
        structuralBusy.current = true;
        const before = reportRef.current;
        try {
          const answer = await run(known.current.structure);
          known.current.takeStructure(answer, new Set(options.takes ? [options.takes] : []));
          const now = reportRef.current;
          const next = before && now ? keepLocalEdits(before, now, answer) : answer;
          show(next);
          options.then?.(next);
        } catch (e) {
          if (isConflict(e) && e.current && before && reportRef.current) {
            const stored = e.current as Report;
            known.current.takeStructure(stored);
            show(keepLocalEdits(before, reportRef.current, stored));
          }
          setActionError(errorMessage(e));
        } finally {
          structuralBusy.current = false;
        }
      };
      structuralQueue.current = structuralQueue.current.then(task, task);
      return structuralQueue.current;
    },
    [flush, show],
  );

  const sectionHandlers = useMemo(
    (): SectionChangeHandlers => ({
      onChange: (sectionId, change) => {
        const current = reportRef.current;
        if (!current) return;
        const next = withSection(current, sectionId, change);
        show(next);
        const section = findSection(next.sections, sectionId);
        if (section) saveSection(sectionId, section.title, section.blocks);
      },
      onRestore: (sectionId, revisionId) =>
        structural(() => api('history.restore', { reportId, sectionId, revisionId, baseRevision: known.current.section(sectionId) }), { takes: sectionId }),
      onAddMany: (parentId, titles, role) => void structural((base) => api('sections.addMany', { reportId, baseStructureRevision: base, parentId, titles, role })),
      onAddChild: (parentId) => void structural(async (base) => (await api('sections.add', { reportId, baseStructureRevision: base, parentId, title: '' })).report),
      onMove: (sectionId, direction) => void structural((base) => api('sections.move', { reportId, baseStructureRevision: base, sectionId, direction })),
      onRemove: (sectionId) =>
        void structural(
          (base) => api('sections.remove', { reportId, baseStructureRevision: base, baseRevision: known.current.section(sectionId), sectionId }),
          {
            then: () => {
              if (viewRef.current.openSectionId === sectionId) viewRef.current.onOpenSectionRemoved();
            },
          },
        ),
    }),
    [reportId, saveSection, show, structural],
  );

  const addPart = useCallback(
    (then: (sectionId: string) => void) =>
      void structural(async (base) => {
        const { report: next, section } = await api('sections.add', { reportId, baseStructureRevision: base, parentId: null, title: 'Phần mới' });
        then(section.id);
        return next;
      }),
    [reportId, structural],
  );

  /** Settles a part's conflict: "mine" writes this window's version, "theirs" takes the stored one. */
  const resolveSection = useCallback(
    async (sectionId: string, keep: 'mine' | 'theirs') => {
      const conflict = conflicts.get(sectionId);
      const local = reportRef.current && findSection(reportRef.current.sections, sectionId);
      if (!conflict || !local) return;
      try {
        const settled = await api('sections.resolveConflict', {
          reportId, sectionId, baseRevision: conflict.stored.revision, keep, title: local.title, blocks: local.blocks,
        });
        known.current.sections.set(sectionId, settled.revision);
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
    [conflicts, reportId, discard, show, addConflict],
  );

  /** Copies one block of the stored version into this window's version (shown at once, saved on resolve). */
  const copyIntoMine = useCallback(
    (sectionId: string, block: Block) => {
      const current = reportRef.current;
      const local = current && findSection(current.sections, sectionId);
      if (current && local) show(withSection(current, sectionId, { blocks: [...local.blocks, block] }));
    },
    [show],
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
    [reportId, addConflict],
  );

  const resolveMeta = useCallback(
    async (keep: 'mine' | 'theirs') => {
      if (!metaConflict || !reportRef.current) return;
      known.current.meta = metaConflict.stored.revision;
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
    [metaConflict, discard, flush, show],
  );

  // The change feed: another window's saves reach this one within a couple of seconds.
  const [changedElsewhere, setChangedElsewhere] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (stopped || document.hidden || busy() || structuralBusy.current || !reportRef.current) return;
      const stored = await api('reports.revisions', { id: reportId });
      const changes = known.current.changesIn(stored);
      if (!changes.meta && !changes.structure && changes.sections.length === 0) return;
      const fresh = await api('reports.get', { id: reportId });
      const local = reportRef.current;
      if (stopped || busy() || structuralBusy.current || !local) return;
      const open = viewRef.current.openSectionId;
      const editing = sectionIdsUnder(open ? findSection(local.sections, open) : undefined);
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
        known.current.takeStructure(fresh, taken);
        for (const id of editing) {
          const mine = findSection(local.sections, id);
          if (mine && !held.has(id) && findSection(next.sections, id)) next = withSection(next, id, { title: mine.title, blocks: mine.blocks });
        }
      } else for (const id of taken) known.current.sections.set(id, findSection(fresh.sections, id)?.revision ?? known.current.section(id));
      if (changes.meta) {
        known.current.meta = fresh.revision;
        // The sign-off state travels with the details (a change of state bumps their revision).
        next = { ...next, revision: fresh.revision, ...(fresh.state ? { state: fresh.state } : {}) };
        if (!fresh.state) delete next.state;
        for (const field of META_FIELDS) (next as Record<MetaField, unknown>)[field] = fresh[field];
      }
      show(next);
      if (held.size > 0) setChangedElsewhere((prev) => new Set([...prev, ...held]));
    };
    const timer = setInterval(() => void poll().catch(() => undefined), CHANGE_FEED_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [reportId, busy, show]);

  const dismissChangedElsewhere = useCallback((sectionId: string) => {
    setChangedElsewhere((prev) => {
      const next = new Set(prev);
      next.delete(sectionId);
      return next;
    });
  }, []);

  return {
    report,
    reportRef,
    reloadFromStore,
    loadError,
    actionError,
    setActionError,
    autosave,
    saveMeta,
    sectionHandlers,
    addPart,
    conflicts,
    resolveSection,
    copyIntoMine,
    compareWithStored,
    metaConflict,
    resolveMeta,
    changedElsewhere,
    dismissChangedElsewhere,
  };
}
