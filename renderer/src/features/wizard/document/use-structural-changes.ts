/**
 * Adding, moving, removing and restoring parts. They run one after another, in the order
 * clicked: three quick clicks on "+ Thêm mục con" make three sub-items, and the tree shown is
 * always the newest. Pending typing is saved first; what was typed while one was on its way is
 * kept (keepLocalEdits). A change made from a stale tree is refused with the stored report,
 * which is shown (the clerk's edits kept) with the refusal's message.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { MutableRefObject } from 'react';
import type { Block, Report } from '#shared/domain/report';
import { findSection, keepLocalEdits, withSection } from '#shared/domain/report-tree';
import type { SectionRole } from '#shared/domain/vocabulary';
import { api, errorMessage, isConflict } from '../../../api/client';
import type { DocumentCore, DocumentView } from './document-core';
import { markUndoableReplacement } from '../editor/undoable-replacements';

export interface SectionChangeHandlers {
  onChange: (sectionId: string, change: { title?: string; blocks?: Block[] }) => void;
  onRestore: (sectionId: string, revisionId: string) => Promise<void>;
  onAddMany: (parentId: string, titles: string[], role: SectionRole) => void;
  onAddChild: (parentId: string | null) => void;
  onMove: (sectionId: string, direction: 'up' | 'down') => void;
  onRemove: (sectionId: string) => void;
}

type StructuralRun = (baseStructureRevision: number) => Promise<Report>;

export function useStructuralChanges(
  core: DocumentCore,
  viewRef: MutableRefObject<DocumentView>,
  saveSection: (sectionId: string, title: string, blocks: Block[]) => void,
) {
  const { reportId, reportRef, show, knownRef, setActionError, structuralBusy } = core;
  const { flush } = core.autosave;
  const queue = useRef<Promise<void>>(Promise.resolve());

  const structural = useCallback(
    (run: StructuralRun, options: { then?: (r: Report) => void; takes?: string } = {}): Promise<void> => {
      const task = async () => {
        setActionError(null);
        if (!(await flush())) return;
        structuralBusy.current = true;
        const before = reportRef.current;
        try {
          const answer = await run(knownRef.current.structure);
          knownRef.current.takeStructure(answer, new Set(options.takes ? [options.takes] : []));
          const now = reportRef.current;
          const next = before && now ? keepLocalEdits(before, now, answer) : answer;
          show(next);
          options.then?.(next);
        } catch (e) {
          if (isConflict(e) && e.current && before && reportRef.current) {
            const stored = e.current as Report;
            knownRef.current.takeStructure(stored);
            show(keepLocalEdits(before, reportRef.current, stored));
          }
          setActionError(errorMessage(e));
        } finally {
          structuralBusy.current = false;
        }
      };
      queue.current = queue.current.then(task, task);
      return queue.current;
    },
    [flush, show, knownRef, reportRef, setActionError, structuralBusy],
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
        structural(() => api('history.restore', { reportId, sectionId, revisionId, baseRevision: knownRef.current.section(sectionId) }), {
          takes: sectionId,
          // Ctrl+Z in the part undoes the restore.
          then: (next) => markUndoableReplacement(findSection(next.sections, sectionId)?.blocks ?? []),
        }),
      onAddMany: (parentId, titles, role) =>
        void structural((base) => api('sections.addMany', { reportId, baseStructureRevision: base, parentId, titles, role })),
      onAddChild: (parentId) =>
        void structural(async (base) => (await api('sections.add', { reportId, baseStructureRevision: base, parentId, title: '' })).report),
      onMove: (sectionId, direction) => void structural((base) => api('sections.move', { reportId, baseStructureRevision: base, sectionId, direction })),
      onRemove: (sectionId) =>
        void structural(
          (base) => api('sections.remove', { reportId, baseStructureRevision: base, baseRevision: knownRef.current.section(sectionId), sectionId }),
          {
            then: () => {
              if (viewRef.current.openSectionId === sectionId) viewRef.current.onOpenSectionRemoved();
            },
          },
        ),
    }),
    [reportId, saveSection, show, structural, knownRef, reportRef, viewRef],
  );

  /** "Thêm phần": a new top-level part, then `then` with its id (the wizard opens its step). */
  const addPart = useCallback(
    (then: (sectionId: string) => void) =>
      void structural(async (base) => {
        const { report: next, section } = await api('sections.add', { reportId, baseStructureRevision: base, parentId: null, title: 'Phần mới' });
        then(section.id);
        return next;
      }),
    [reportId, structural],
  );

  return { sectionHandlers, addPart };
}
