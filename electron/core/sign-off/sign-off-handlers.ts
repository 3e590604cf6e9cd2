/** Handlers for the bản trình and the report's state: the sign-off loop's back end. */
import { AppError } from '#shared/contract/errors';
import type { Handlers } from '../dispatcher';
import type { ImportDraft } from '#shared/word-import/import-word';
import { reportToFile, storedFromFile } from '#shared/domain/report-file-mapping';
import { reportFileStem } from '#shared/domain/report-file-name';
import { findTemplate } from '#shared/domain/templates';
import { readReportFile } from '#shared/report-format/read-report-file';
import { reviewChanges, type MarkedLine, type ReviewChange } from '#shared/sign-off/review';
import { applyChanges } from '#shared/sign-off/apply';
import { exportReportDocx } from '../export/export-docx';
import type { Library } from '../stores/library';
import { createReportFromJson } from '../reports/report-handlers';
import { reportJson } from '../packages/report-hash';
import { readSubmissionTags } from './read-tags';
import { signOffProblems } from '#shared/messages/sign-off';

type SignOffHandlers = Pick<Handlers, 'signOff.export' | 'signOff.review' | 'signOff.apply' | 'signOff.setState' | 'signOff.events' | 'signOff.newVersion'>;

interface SignOffDeps {
  library: Library;
  clock: () => Date;
  readWord: (bytes: Uint8Array) => Promise<ImportDraft>;
}

/** The returned file's lines that carry tracked changes or comments, with where the reader placed them. */
function markedLines(draft: ImportDraft): MarkedLine[] {
  return draft.lines
    .filter((line) => (line.suggestions?.length ?? 0) > 0 || (line.comments?.length ?? 0) > 0)
    .map((line) => ({
      place: draft.places[line.id] ?? { kind: 'unplaced' },
      text: line.role === 'bullet' ? `${line.level === 2 ? '+' : '-'} ${line.text}` : line.text || line.source,
      suggestions: line.suggestions ?? [],
      comments: line.comments ?? [],
    }));
}

export function signOffHandlers(deps: SignOffDeps): SignOffHandlers {
  const { library } = deps;
  const { reports: store, signOff, history } = library;

  /**
   * Which report a returned file is reviewed against: the one on screen when the file is its bản
   * trình, or when it is the bản trình of a published report this one is a new version of (the
   * leader's edits of the published text go into the new version). Any other report's file is
   * refused, naming that report.
   */
  const sentFrom = async (reportId: string, tagged: string): Promise<string> => {
    if (tagged === reportId) return reportId;
    for (let at: string | null = await store.versionOf(reportId); at !== null; at = await store.versionOf(at)) if (at === tagged) return tagged;
    if (await store.exists(tagged)) throw new AppError('unsupported_file', signOffProblems.otherReport((await store.get(tagged)).header.summary));
    throw new AppError('unsupported_file', signOffProblems.noReport);
  };

  /** The file that came back, read and compared with the bản trình it was made from and the report as it is now. */
  const review = async (reportId: string, base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    const tags = readSubmissionTags(bytes);
    if (!tags.reportId || tags.submission === null) throw new AppError('unsupported_file', signOffProblems.notOurs);
    const origin = await sentFrom(reportId, tags.reportId);
    const sent = await signOff.submission(origin, tags.submission);
    if (!sent) throw new AppError('unsupported_file', signOffProblems.noSubmission(tags.submission));
    const parsed = readReportFile(sent.json);
    if (!parsed.ok) throw new AppError('database', signOffProblems.damagedSubmission);
    const draft = await deps.readWord(bytes);
    const mine = reportToFile(await store.get(reportId));
    const result = reviewChanges({ base: parsed.report, theirs: draft.report, mine, marked: markedLines(draft), deletions: draft.trackedDeletions });
    const taken = [...(await signOff.events(reportId)), ...(origin === reportId ? [] : await signOff.events(origin))].find(
      (e) => e.kind === 'edits-taken' && e.detail.submission === tags.submission && (e.detail.from ?? reportId) === origin,
    );
    return {
      reportId,
      origin,
      number: tags.submission,
      sentAt: sent.createdAt,
      theirs: draft.report,
      base: parsed.report,
      mine,
      result,
      takenBefore: taken?.at ?? null,
      unplaced: draft.unplaced.map((l) => l.source),
    };
  };

  return {
    'signOff.export': async ({ id }) => {
      const report = await store.get(id);
      const file = reportToFile(report);
      const number = await signOff.addSubmission(id, reportJson(file));
      const { bytes } = await exportReportDocx(file, deps.clock(), { reportId: id, submission: number });
      await history.snapshotReport(id, 'export');
      if ((await signOff.state(id)) !== 'published') await signOff.setState(id, 'submitted', { submission: number });
      const stem = reportFileStem(report, findTemplate(report.kind)?.fileNameStem);
      return { fileName: `${stem}-ban-trinh-${number}.docx`, base64: Buffer.from(bytes).toString('base64'), number };
    },
    'signOff.review': async ({ reportId, base64 }) => {
      const r = await review(reportId, base64);
      return {
        reportId,
        title: r.mine.header.summary,
        number: r.number,
        sentAt: r.sentAt,
        ...(r.origin !== reportId ? { fromEarlierVersion: { reportId: r.origin, title: (await store.get(r.origin)).header.summary } } : {}),
        takenBefore: r.takenBefore,
        alreadyTaken: r.result.alreadyTaken,
        changes: r.result.changes,
        unplaced: r.unplaced,
        unplacedComments: r.result.unplacedComments,
      };
    },
    'signOff.apply': async ({ reportId, base64, accept, keepBoth }) => {
      if ((await signOff.state(reportId)) === 'published') throw new AppError('validation', signOffProblems.published);
      const r = await review(reportId, base64);
      const wanted = new Set(accept);
      const accepted: ReviewChange[] = r.result.changes.filter((c) => wanted.has(c.id) && c.kind !== 'comment');
      const both = new Set(keepBoth ?? []);
      const resolutions = Object.fromEntries(accepted.filter((c) => c.collides).map((c) => [c.id, both.has(c.id) ? ('both' as const) : ('theirs' as const)]));
      const applied = applyChanges(r.mine, r.base, r.theirs, accepted, r.result.plans, resolutions);
      const { meta, sections } = storedFromFile(applied.report);
      const changes = r.result.changes.filter((c) => c.kind !== 'comment').length;
      // All or nothing: the parts' versions before the leader's edits go into their history in the same transaction.
      await library.transaction(async (tx) => {
        await tx.history.snapshotReport(reportId, 'review');
        await tx.reports.replaceContent(reportId, meta, sections);
        await tx.signOff.event(reportId, 'edits-taken', {
          submission: r.number,
          from: r.origin,
          accepted: accepted.length,
          rejected: changes - accepted.length,
        });
      });
      return {
        report: await store.get(reportId),
        taken: accepted.length - applied.notPlaced.length,
        keptBoth: Object.values(resolutions).filter((x) => x === 'both').length,
        notPlaced: applied.notPlaced,
      };
    },
    'signOff.setState': async ({ id, state, number, date }) => {
      const report = await store.get(id);
      if (state === 'published') {
        const finalNumber = (number ?? report.header.number).trim();
        const finalDate = date ?? report.header.date;
        if (finalNumber === '' || !finalDate) throw new AppError('validation', signOffProblems.publishNeedsNumber);
        await library.transaction(async (tx) => {
          await tx.reports.updateMeta(id, { header: { ...report.header, number: finalNumber, date: finalDate } });
          await tx.signOff.setState(id, 'published', { number: finalNumber, date: finalDate });
        });
      } else await signOff.setState(id, state, {});
      return store.get(id);
    },
    'signOff.events': ({ id }) => signOff.events(id),
    'signOff.newVersion': async ({ id }) => {
      const file = reportToFile(await store.get(id));
      const copy = { ...file, header: { ...file.header, number: '', date: null } };
      const newId = await library.transaction(async (tx) => {
        const made = await createReportFromJson(tx.reports, JSON.stringify(copy));
        await tx.reports.setVersionOf(made, id);
        await tx.signOff.event(made, 'new-version', { from: id });
        return made;
      });
      return store.get(newId);
    },
  };
}
