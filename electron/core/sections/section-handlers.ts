/** Handlers for sections.*: a report's parts — saved, settled after a conflict, added, moved, removed. */
import type { Handlers } from '../dispatcher';
import type { ApiMethod } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import type { Report, SectionNode } from '#shared/domain/report';
import { cleanLine } from '#shared/text/sanitize';
import { cleanBlocks } from '#shared/report-format/clean-report';
import type { Library } from '../stores/library';
import { reportMessages } from '#shared/messages/reports';
import { INTERNAL_ERROR_MESSAGE } from '#shared/messages/common';

type SectionHandlers = Pick<Handlers, Extract<ApiMethod, `sections.${string}`>>;

function findSection(sections: readonly SectionNode[], id: string): SectionNode | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}

export function sectionHandlers(library: Library): SectionHandlers {
  const store = library.reports;
  return {
    'sections.update': ({ reportId, sectionId, baseRevision, title, blocks }) =>
      library.transaction(async (tx) => {
        // The first edit after a pause keeps what was there in the part's history. A stale save is
        // refused by the update below, and the snapshot goes with the rest of the transaction.
        await tx.history.snapshotIfDue(sectionId);
        return tx.reports.sections.update(
          reportId,
          sectionId,
          {
            title: title === undefined ? undefined : cleanLine(title),
            blocks: blocks === undefined ? undefined : cleanBlocks(blocks),
          },
          baseRevision,
        );
      }),

    'sections.resolveConflict': ({ reportId, sectionId, baseRevision, keep, title, blocks }) => {
      const mine = { title: cleanLine(title), blocks: cleanBlocks(blocks) };
      return library.transaction(async (tx) => {
        await tx.reports.sections.check(reportId, sectionId, baseRevision);
        if (keep === 'theirs') {
          await tx.history.keep(sectionId, mine.title, mine.blocks, 'conflict');
          return tx.reports.sections.stored(reportId, sectionId);
        }
        await tx.history.snapshot(sectionId, 'conflict');
        const { revision } = await tx.reports.sections.update(reportId, sectionId, mine, baseRevision);
        return { ...mine, revision };
      });
    },

    'sections.add': async ({ reportId, parentId, title, role, baseStructureRevision }) => {
      const sectionId = await store.sections.add(reportId, parentId, cleanLine(title), role ?? 'other', baseStructureRevision);
      const report: Report = await store.get(reportId);
      const section = findSection(report.sections, sectionId);
      if (!section) throw new AppError('internal', INTERNAL_ERROR_MESSAGE);
      return { report, section };
    },

    'sections.addMany': async ({ reportId, parentId, titles, role, baseStructureRevision }) => {
      const clean = titles.map(cleanLine).filter((t) => t !== '');
      if (clean.length === 0) throw new AppError('validation', reportMessages.noTitles);
      await store.sections.addMany(reportId, parentId, clean, role ?? 'other', baseStructureRevision);
      return store.get(reportId);
    },

    'sections.move': async ({ reportId, sectionId, direction, baseStructureRevision }) => {
      await store.sections.move(reportId, sectionId, direction, baseStructureRevision);
      return store.get(reportId);
    },

    'sections.remove': async ({ reportId, sectionId, baseStructureRevision, baseRevision }) => {
      await store.sections.remove(reportId, sectionId, baseStructureRevision, baseRevision);
      return store.get(reportId);
    },
  };
}
