import type { MutableRefObject } from 'react';
import type { Report } from '#shared/domain/report';
import type { useAutosave } from '../use-autosave';
import type { KnownRevisions } from './known-revisions';

/** Where the clerk is on screen, which the report's logic must respect. */
export interface DocumentView {
  /** The part open on screen (its step), or null: that part is never replaced under the clerk. */
  openSectionId: string | null;
  /** Called when the part open on screen was removed. */
  onOpenSectionRemoved: () => void;
}

/** What every piece of the open report's logic shares: the report on screen and how its saves stand. */
export interface DocumentCore {
  reportId: string;
  /** The report on screen, for callbacks that run later. */
  reportRef: MutableRefObject<Report | null>;
  /** Puts a report on screen (and in reportRef). */
  show: (next: Report) => void;
  knownRef: MutableRefObject<KnownRevisions>;
  autosave: ReturnType<typeof useAutosave>;
  setActionError: (message: string | null) => void;
  /** True while a structural change is on its way: the change feed waits for it. */
  structuralBusy: MutableRefObject<boolean>;
}
