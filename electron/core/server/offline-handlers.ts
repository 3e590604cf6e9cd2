/**
 * The server library's handlers, able to carry on when the server stops answering: reading a
 * report this PC opened before, listing those reports, and saving a part's text or a report's
 * details go to the PC's copies (offline-desk.ts); everything else says it needs the server. While
 * the server answers, every report read is copied, and every save keeps the copy in step.
 */
import { AppError } from '#shared/contract/errors';
import type { Report } from '#shared/domain/report';
import { offlineMessages } from '#shared/messages/server';
import type { Handlers } from '../dispatcher';
import type { OfflineDesk, OfflineMethod } from './offline-desk';
import type { SavedAt } from '#shared/contract/api';
import { ServerUnreachable } from './server-errors';
import type { ServerLink } from './server-link';

const unreachable = (error: unknown) => error instanceof ServerUnreachable;

/** The methods that only need the reports this PC has copies of. */
const DRAFTING = new Set(['reports.get', 'reports.revisions', 'library.list', 'library.page', 'sections.update', 'reports.updateMeta']);
/** Methods that work without any server (this PC's own matters). */
const LOCAL = new Set([
  'server.status',
  'server.connect',
  'server.disconnect',
  'library.waitForChange',
  'app.info',
  'checker.checkDocx',
  'checker.checkFiles',
  'library.readWord',
]);

export function offlineAware(handlers: Handlers, desk: OfflineDesk, link: ServerLink): Handlers {
  const withConflicts = async (report: Report): Promise<Report> => {
    const conflicts = await desk.conflicts(report.id);
    const meta = await desk.metaConflict(report.id);
    return {
      ...report,
      ...(conflicts.length > 0 ? { offlineConflicts: conflicts } : {}),
      ...(meta ? { offlineMetaConflict: meta } : {}),
    };
  };
  /** The report's copy follows what the server now holds (a save, a new part, a rename…). */
  const refresh = async (reportId: unknown) => {
    if (typeof reportId !== 'string' || !(await desk.copy(reportId))) return;
    try {
      await desk.keep(await handlers['reports.get']({ id: reportId }));
    } catch {
      // The copy stays as it was; the next read brings it up to date.
    }
  };
  const onServer = async <T>(work: () => Promise<T> | T, offline: () => Promise<T>): Promise<T> => {
    if (link.offline) return offline();
    try {
      return await work();
    } catch (error) {
      if (!unreachable(error)) throw error;
      link.wentOffline();
      return offline();
    }
  };

  /** Saves of this report still wait to be sent (the server just came back): its copy is the newest. */
  const stillSending = async (reportId: string) => !link.offline && (await desk.waitingFor(reportId)) > 0;
  /** A report this PC drafts is read from the server while it answers and nothing of it waits; else from the PC's copy. */
  const drafting = async <T>(reportId: string, fromServer: () => Promise<T> | T, fromCopy: () => Promise<T>): Promise<T> =>
    (await stillSending(reportId)) ? fromCopy() : onServer(fromServer, fromCopy);
  /**
   * A save the PC can make without the server: to the server while it answers (the copy patched
   * after), else onto the copy and queued. Behind saves of the report still waiting, it joins the
   * queue, so that nothing overtakes them. `settle`: what a taken save ends, besides.
   */
  const offlineSave = async (method: OfflineMethod, reportId: string, args: Record<string, unknown>, settle?: () => Promise<void>): Promise<SavedAt> => {
    const queue = () => desk.save(method, args);
    if (await stillSending(reportId)) {
      const saved = await queue();
      link.sendWaiting();
      return saved;
    }
    return onServer(async () => {
      const saved = await (handlers[method] as (args: Record<string, unknown>) => Promise<SavedAt>)(args);
      if (!(await desk.applied(method, args, saved))) await refresh(reportId);
      await settle?.();
      return saved;
    }, queue);
  };

  const wrapped = { ...handlers } as Record<string, (args: never) => unknown>;
  for (const method of Object.keys(handlers) as (keyof Handlers)[]) {
    if (DRAFTING.has(method) || LOCAL.has(method)) continue;
    const handler = handlers[method] as (args: unknown) => unknown;
    wrapped[method] = (async (args: Record<string, unknown>) => {
      if (link.offline) throw new AppError('io', offlineMessages.needsServer);
      const result = await handler(args);
      await refresh(args.reportId ?? args.id);
      if (method === 'sections.resolveConflict') await desk.settled(args.reportId as string, args.sectionId as string);
      return result;
    }) as never;
  }
  const typed = wrapped as unknown as Handlers;
  const copyOf = async (reportId: string) => {
    const copy = await desk.copy(reportId);
    if (!copy) throw new AppError('io', offlineMessages.notOpenedHere);
    return withConflicts(copy);
  };
  typed['reports.get'] = (args) =>
    drafting(
      args.id,
      async () => {
        const report = await handlers['reports.get'](args);
        await desk.keep(report);
        return withConflicts(report);
      },
      () => copyOf(args.id),
    );
  typed['reports.revisions'] = (args) =>
    drafting(
      args.id,
      () => handlers['reports.revisions'](args),
      () => desk.revisions(args.id),
    );
  typed['library.list'] = (args) =>
    onServer(
      () => handlers['library.list'](args),
      () => desk.list(),
    );
  typed['library.page'] = (args) =>
    onServer(
      () => handlers['library.page'](args),
      async () => {
        const all = args.shelf === 'active' ? await desk.list() : [];
        return { items: all.slice(args.offset, args.offset + args.limit), total: all.length, senders: [] };
      },
    );
  typed['sections.update'] = (args) => offlineSave('sections.update', args.reportId, args as unknown as Record<string, unknown>);
  typed['reports.updateMeta'] = (args) =>
    offlineSave('reports.updateMeta', args.id, args as unknown as Record<string, unknown>, async () => {
      // The clerk chose, on the details' conflict screen, for every field refused offline: settled.
      const refused = await desk.metaConflict(args.id);
      if (refused && Object.keys(refused).every((field) => field in args)) await desk.metaSettled(args.id);
    });
  return typed;
}
