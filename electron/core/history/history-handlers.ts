/** history.*: list, view and restore the snapshots of a part. */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import type { HistoryStore } from '../stores/sqlite/history-store';
import type { ReportStore } from '../stores/sqlite/report-store';
import { historyMessages } from '#shared/messages/reports';

export function historyHandlers(store: ReportStore, history: HistoryStore): Pick<Handlers, 'history.list' | 'history.get' | 'history.restore'> {
  return {
    'history.list': ({ reportId, sectionId }) => {
      store.get(reportId);
      return history.list(reportId, sectionId);
    },
    'history.get': ({ reportId, revisionId }) => history.get(reportId, revisionId),
    'history.restore': ({ reportId, sectionId, revisionId, baseRevision }) => {
      const revision = history.get(reportId, revisionId);
      if (revision.sectionId !== sectionId) throw new AppError('validation', historyMessages.otherPart);
      store.sections.check(reportId, sectionId, baseRevision);
      history.snapshot(sectionId, 'before-restore');
      store.sections.update(reportId, sectionId, { title: revision.title, blocks: revision.blocks }, baseRevision);
      return store.get(reportId);
    },
  };
}
