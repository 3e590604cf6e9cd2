import type { Migration } from '../migration';
import { migration0001Init } from './0001-init';
import { migration0002OutlineAppendicesOrganization } from './0002-outline-appendices-organization';
import { migration0003OpeningClosing } from './0003-opening-closing';
import { migration0004SectionHistory } from './0004-section-history';
import { migration0005PersonalDictionary } from './0005-personal-dictionary';
import { migration0006UnitTemplates } from './0006-unit-templates';
import { migration0007Revisions } from './0007-revisions';
import { migration0008PreviousReport } from './0008-previous-report';
import { migration0009LibraryShelves } from './0009-library-shelves';
import { migration0010TravelAndConsolidation } from './0010-travel-and-consolidation';
import { migration0011SignOff } from './0011-sign-off';
import { migration0012ReportLineage } from './0012-report-lineage';
import { migration0013OfficeLibrary } from './0013-office-library';
import { migration0014OfflineOutbox } from './0014-offline-outbox';
import { migration0015SearchPairs } from './0015-search-pairs';
import { migration0016SearchDocType } from './0016-search-doc-type';

/** Every migration this version knows, in order. Append only: never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Init,
  migration0002OutlineAppendicesOrganization,
  migration0003OpeningClosing,
  migration0004SectionHistory,
  migration0005PersonalDictionary,
  migration0006UnitTemplates,
  migration0007Revisions,
  migration0008PreviousReport,
  migration0009LibraryShelves,
  migration0010TravelAndConsolidation,
  migration0011SignOff,
  migration0012ReportLineage,
  migration0013OfficeLibrary,
  migration0014OfflineOutbox,
  migration0015SearchPairs,
  migration0016SearchDocType,
];
