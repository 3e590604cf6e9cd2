/**
 * The change feed: another window's saves — or, on an office server, another PC's — reach this
 * one at once: it waits on the core's change signal (library.waitForChange, ended by any save the
 * core hears of), and at the latest every couple of seconds (a save by the command line) asks for
 * the revisions, reads the report only when something changed, and never while this window has
 * saves or a structural change on their way.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MutableRefObject } from 'react';
import { findSection } from '#shared/domain/report-tree';
import { api } from '../../../api/client';
import type { DocumentCore, DocumentView } from './document-core';
import { mergeFeedChanges, sectionIdsUnder } from '#shared/domain/feed-merge';

/** How long an open report waits for word of a save before it asks anyway. */
export const CHANGE_FEED_MS = 2_000;

export function useChangeFeed(core: DocumentCore, viewRef: MutableRefObject<DocumentView>) {
  const { reportId, reportRef, show, knownRef, structuralBusy } = core;
  const { busy } = core.autosave;
  const [changedElsewhere, setChangedElsewhere] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let stopped = false;
    const waiting = () => stopped || busy() || structuralBusy.current;
    const poll = async () => {
      if (waiting() || document.hidden || !reportRef.current) return;
      const stored = await api('reports.revisions', { id: reportId });
      const changes = knownRef.current.changesIn(stored);
      if (!changes.meta && !changes.structure && changes.sections.length === 0) return;
      const fresh = await api('reports.get', { id: reportId });
      const local = reportRef.current;
      if (waiting() || !local) return;
      const open = viewRef.current.openSectionId;
      const editing = sectionIdsUnder(open ? findSection(local.sections, open) : undefined);
      const { next, taken, held } = mergeFeedChanges(local, fresh, changes, editing);
      if (changes.structure) knownRef.current.takeStructure(fresh, taken);
      else for (const id of taken) knownRef.current.sections.set(id, findSection(fresh.sections, id)?.revision ?? knownRef.current.section(id));
      if (changes.meta) knownRef.current.meta = fresh.revision;
      show(next);
      if (held.size > 0) setChangedElsewhere((prev) => new Set([...prev, ...held]));
    };
    const listen = async () => {
      let after = 0;
      while (!stopped) {
        try {
          after = (await api('library.waitForChange', { after, timeoutMs: CHANGE_FEED_MS })).change;
          if (!stopped) await poll();
        } catch {
          // The app is busy or restarting: ask again in a moment.
          await new Promise((resolve) => setTimeout(resolve, CHANGE_FEED_MS));
        }
      }
    };
    void listen();
    return () => {
      stopped = true;
    };
  }, [reportId, busy, show, knownRef, reportRef, structuralBusy, viewRef]);

  const dismissChangedElsewhere = useCallback((sectionId: string) => {
    setChangedElsewhere((prev) => {
      const next = new Set(prev);
      next.delete(sectionId);
      return next;
    });
  }, []);

  return { changedElsewhere, dismissChangedElsewhere };
}
