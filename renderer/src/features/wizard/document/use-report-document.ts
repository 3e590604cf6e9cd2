/**
 * One open report: loading it, saving each change (queued, half a second after typing stops),
 * structural changes (use-structural-changes.ts) and the two ways another window's saves reach
 * this one — a refused save (a conflict: use-conflicts.ts) and the change feed
 * (use-change-feed.ts).
 *
 * Every save names the revision this window last read or wrote; the back end refuses a stale
 * one with the stored version, which becomes a conflict the clerk settles by choosing. A part
 * not being edited takes another window's saves by itself; the part being edited is never
 * replaced under the clerk's hands: it says it changed and offers the comparison.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Block, Report } from '#shared/domain/report';
import { findSection, withSection } from '#shared/domain/report-tree';
import type { Organization } from '#shared/domain/organization';
import { detailsAfterProfileChange } from '#shared/domain/profile-details';
import type { ProfileId } from '#shared/domain/vocabulary';
import { api, errorMessage, isConflict } from '../../../api/client';
import { useAutosave } from '../use-autosave';
import type { DocumentCore, DocumentView } from './document-core';
import type { MetaField } from '#shared/domain/feed-merge';
import { KnownRevisions } from './known-revisions';
import { useChangeFeed } from './use-change-feed';
import { useConflicts, type MetaConflict, type StoredSection } from './use-conflicts';
import { useStructuralChanges } from './use-structural-changes';

export { META_FIELDS, type MetaField } from '#shared/domain/feed-merge';
export { CHANGE_FEED_MS } from './use-change-feed';
export type { MetaConflict, SectionConflict, StoredSection } from './use-conflicts';
export type { SectionChangeHandlers } from './use-structural-changes';

export function useReportDocument(reportId: string, view: DocumentView) {
  const [report, setReport] = useState<Report | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const autosave = useAutosave();
  const { schedule } = autosave;
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
  const core = useMemo(
    (): DocumentCore => ({ reportId, reportRef, show, knownRef: known, autosave, setActionError, structuralBusy }),
    [reportId, show, autosave],
  );

  /**
   * The report as stored replaces what is on screen: after this window itself changed it on the
   * server side (a bản trình's edits taken, a change of state). Pending edits are saved first.
   */
  const reloadFromStore = useCallback(async () => {
    const loaded = await api('reports.get', { id: reportId });
    known.current.takeAll(loaded);
    show(loaded);
  }, [reportId, show]);

  const conflicts = useConflicts(core);
  const { addConflict, setMetaConflict } = conflicts;

  useEffect(() => {
    api('reports.get', { id: reportId }).then(
      (loaded) => {
        known.current.takeAll(loaded);
        // Parts whose text this PC saved while the office server could not be reached, refused
        // because a colleague changed them meanwhile: this clerk's text on screen, the server's beside it.
        let onScreen: Report = loaded;
        for (const mine of loaded.offlineConflicts ?? []) {
          const stored = findSection(loaded.sections, mine.sectionId);
          if (!stored) continue;
          onScreen = withSection(onScreen, mine.sectionId, { title: mine.title, blocks: mine.blocks });
          addConflict(mine.sectionId, { title: stored.title, blocks: stored.blocks, revision: stored.revision });
        }
        // Likewise the report's details: this clerk's values on screen, the server's on the details' conflict screen.
        const mineMeta = loaded.offlineMetaConflict;
        if (mineMeta) {
          onScreen = { ...onScreen, ...mineMeta };
          setMetaConflict({ stored: loaded, offlineFields: Object.keys(mineMeta) as MetaField[] });
        }
        show(onScreen);
      },
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, [reportId, show, addConflict, setMetaConflict]);

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
    [reportId, schedule, show, setMetaConflict],
  );

  /**
   * A change of thể thức: shown at once with the details that follow it (the rule of
   * profile-details.ts, which the core applies again in the same save), then saved as one change.
   */
  const changeProfile = useCallback(
    (profile: ProfileId, organization: Organization | null) => {
      const current = reportRef.current;
      if (!current || current.profile === profile) return;
      const predicted = detailsAfterProfileChange(
        { symbol: current.header.symbol, signature: current.signature, recipients: current.recipients },
        current.profile,
        profile,
        organization,
      );
      const shown = {
        ...current,
        profile,
        header: { ...current.header, symbol: predicted.symbol },
        signature: predicted.signature,
        recipients: predicted.recipients,
      };
      show(shown);
      schedule('meta:profile', async () => {
        try {
          const saved = await api('reports.changeProfile', { id: reportId, baseRevision: known.current.meta, profile });
          known.current.meta = saved.revision;
          // The core read the stored details: where they differ from the guess and the clerk has not touched them since, show them.
          const now = reportRef.current;
          if (now && now.header.symbol === shown.header.symbol && now.signature === shown.signature && now.recipients === shown.recipients)
            show({ ...now, profile: saved.profile, header: { ...now.header, symbol: saved.symbol }, signature: saved.signature, recipients: saved.recipients });
          return saved.updatedAt;
        } catch (error) {
          if (isConflict(error)) setMetaConflict({ stored: error.current as MetaConflict['stored'] });
          throw error;
        }
      });
    },
    [reportId, schedule, show, setMetaConflict],
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

  const { sectionHandlers, addPart } = useStructuralChanges(core, viewRef, saveSection);
  const { changedElsewhere, dismissChangedElsewhere } = useChangeFeed(core, viewRef);

  return {
    report,
    reportRef,
    reloadFromStore,
    loadError,
    actionError,
    setActionError,
    autosave,
    saveMeta,
    changeProfile,
    sectionHandlers,
    addPart,
    conflicts: conflicts.conflicts,
    resolveSection: conflicts.resolveSection,
    copyIntoMine: conflicts.copyIntoMine,
    compareWithStored: conflicts.compareWithStored,
    metaConflict: conflicts.metaConflict,
    resolveMeta: conflicts.resolveMeta,
    changedElsewhere,
    dismissChangedElsewhere,
  };
}
