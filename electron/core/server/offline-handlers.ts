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
import type { OfflineDesk } from './offline-desk';
import { ServerUnreachable } from './server-errors';
import type { ServerLink } from './server-link';

const unreachable = (error: unknown) => error instanceof ServerUnreachable;

/** The methods that only need the reports this PC has copies of. */
const DRAFTING = new Set(['reports.get', 'reports.revisions', 'library.list', 'library.page', 'sections.update', 'reports.updateMeta']);
/** Methods that work without any server (this PC's own matters). */
const LOCAL = new Set(['server.status', 'server.connect', 'server.disconnect', 'library.waitForChange', 'app.info', 'checker.checkDocx', 'library.readWord']);

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

  /**
   * A save of a report whose earlier saves still wait to be sent (the server just came back and
   * they are going up): it joins the queue behind them, so that nothing overtakes them.
   */
  const queuedBehind = async <T>(reportId: string, save: () => Promise<T>, queue: () => Promise<T>): Promise<T> => {
    if (link.offline || (await desk.waitingFor(reportId)) === 0) return save();
    const saved = await queue();
    link.sendWaiting();
    return saved;
  };
  /** A report with saves waiting is read from this PC's copy, which holds them; the server's is older. */
  const fromCopyWhileWaiting = async <T>(reportId: string, read: () => Promise<T>, copy: () => Promise<T>): Promise<T> =>
    !link.offline && (await desk.waitingFor(reportId)) > 0 ? copy() : read();

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
  typed['reports.get'] = (args) =>
    fromCopyWhileWaiting(
      args.id,
      () => readReport(args),
      async () => withConflicts((await desk.copy(args.id))!),
    );
  const readReport = (args: { id: string }) =>
    onServer(
      async () => {
        const report = await handlers['reports.get'](args);
        await desk.keep(report);
        return withConflicts(report);
      },
      async () => {
        const copy = await desk.copy(args.id);
        if (!copy) throw new AppError('io', offlineMessages.notOpenedHere);
        return withConflicts(copy);
      },
    );
  typed['reports.revisions'] = (args) =>
    fromCopyWhileWaiting(
      args.id,
      () => readRevisions(args),
      () => desk.revisions(args.id),
    );
  const readRevisions = (args: { id: string }) =>
    onServer(
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
  typed['sections.update'] = (args) =>
    queuedBehind(
      args.reportId,
      () => saveSection(args),
      () => desk.save('sections.update', args as unknown as Record<string, unknown>),
    );
  const saveSection = (args: Parameters<Handlers['sections.update']>[0]) =>
    onServer(
      async () => {
        const saved = await handlers['sections.update'](args);
        if (!(await desk.applied('sections.update', args as unknown as Record<string, unknown>, saved))) await refresh(args.reportId);
        return saved;
      },
      () => desk.save('sections.update', args as unknown as Record<string, unknown>),
    );
  typed['reports.updateMeta'] = (args) =>
    queuedBehind(
      args.id,
      () => saveMeta(args),
      () => desk.save('reports.updateMeta', args as unknown as Record<string, unknown>),
    );
  const saveMeta = (args: Parameters<Handlers['reports.updateMeta']>[0]) =>
    onServer(
      async () => {
        const saved = await handlers['reports.updateMeta'](args);
        if (!(await desk.applied('reports.updateMeta', args as unknown as Record<string, unknown>, saved))) await refresh(args.id);
        // The clerk chose, on the details' conflict screen, for every field refused offline: settled.
        const refused = await desk.metaConflict(args.id);
        if (refused && Object.keys(refused).every((field) => field in args)) await desk.metaSettled(args.id);
        return saved;
      },
      () => desk.save('reports.updateMeta', args as unknown as Record<string, unknown>),
    );
  return typed;
}
