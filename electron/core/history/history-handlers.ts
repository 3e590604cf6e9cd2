/** history.*: list, view and restore the snapshots of a part. */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import type { Library } from '../stores/library';
import { historyMessages } from '#shared/messages/reports';

export function historyHandlers(library: Library): Pick<Handlers, 'history.list' | 'history.get' | 'history.restore'> {
  const { reports: store, history } = library;
  return {
    'history.list': async ({ reportId, sectionId }) => {
      await store.get(reportId);
      return history.list(reportId, sectionId);
    },
    'history.get': ({ reportId, revisionId }) => history.get(reportId, revisionId),
    'history.restore': async ({ reportId, sectionId, revisionId, baseRevision }) => {
      await library.transaction(async (tx) => {
        const revision = await tx.history.get(reportId, revisionId);
        if (revision.sectionId !== sectionId) throw new AppError('validation', historyMessages.otherPart);
        await tx.reports.sections.check(reportId, sectionId, baseRevision);
        await tx.history.snapshot(sectionId, 'before-restore');
        await tx.reports.sections.update(reportId, sectionId, { title: revision.title, blocks: revision.blocks }, baseRevision);
      });
      return store.get(reportId);
    },
  };
}
