/** Handlers for the bản trình and the report's state: the sign-off loop's back end. */
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../dispatcher';
import type { ImportDraft } from '../../../shared/word-import/import-word';
import { reportToFile, storedFromFile } from '../../../shared/domain/report-file-mapping';
import { reportFileStem } from '../../../shared/domain/report-file-name';
import { findTemplate } from '../../../shared/domain/templates';
import { readReportFile } from '../../../shared/report-format/read-report-file';
import { reviewChanges, textKey, type ReviewChange } from '../../../shared/sign-off/review';
import { applyChanges } from '../../../shared/sign-off/apply';
import { exportReportDocx } from '../export/export-docx';
import type { HistoryStore } from '../reports/history-store';
import type { ReportStore } from '../reports/report-store';
import { createReportFromJson } from '../reports/report-handlers';
import { reportJson } from '../packages/report-hash';
import { readSubmissionTags } from './read-tags';
import type { SignOffStore } from './sign-off-store';
import { signOffProblems } from '../../../shared/messages/sign-off';

type SignOffHandlers = Pick<
  Handlers,
  'submissions.export' | 'submissions.review' | 'submissions.apply' | 'reports.setState' | 'reports.events' | 'reports.newVersion'
>;

export interface SignOffDeps {
  store: ReportStore;
  history: HistoryStore;
  signOff: SignOffStore;
  clock: () => Date;
  readWord: (bytes: Uint8Array) => Promise<ImportDraft>;
}

/** The tracked changes and comments of the returned file's paragraphs, by their text. */
function marksOf(draft: ImportDraft) {
  const marks = new Map<string, { suggestions: { author: string }[]; comments: { author: string; text: string }[] }>();
  for (const line of draft.lines) {
    if (!line.suggestions && !line.comments) continue;
    const text = line.role === 'bullet' ? `- ${line.text}` : line.text;
    marks.set(textKey(text), { suggestions: line.suggestions ?? [], comments: line.comments ?? [] });
  }
  return marks;
}

export function signOffHandlers(deps: SignOffDeps): SignOffHandlers {
  const { store, signOff, history } = deps;

  /** The file that came back, read and compared with the bản trình it was made from and the report as it is now. */
  const review = async (base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    const tags = readSubmissionTags(bytes);
    if (!tags.reportId || tags.submission === null) throw new AppError('unsupported_file', signOffProblems.notOurs);
    if (!store.exists(tags.reportId)) throw new AppError('unsupported_file', signOffProblems.noReport);
    const sent = signOff.submission(tags.reportId, tags.submission);
    if (!sent) throw new AppError('unsupported_file', signOffProblems.noSubmission(tags.submission));
    const parsed = readReportFile(sent.json);
    if (!parsed.ok) throw new AppError('database', signOffProblems.damagedSubmission);
    const draft = await deps.readWord(bytes);
    const mine = reportToFile(store.get(tags.reportId));
    const changes = reviewChanges({ base: parsed.report, theirs: draft.report, mine, marks: marksOf(draft) });
    return {
      reportId: tags.reportId,
      number: tags.submission,
      sentAt: sent.createdAt,
      theirs: draft.report,
      mine,
      changes,
      unplaced: draft.unplaced.map((l) => l.source),
    };
  };

  return {
    'submissions.export': async ({ id }) => {
      const report = store.get(id);
      const file = reportToFile(report);
      const number = signOff.addSubmission(id, reportJson(file));
      const { bytes } = await exportReportDocx(file, deps.clock(), { reportId: id, submission: number });
      history.snapshotReport(id, 'export');
      if (signOff.state(id) !== 'published') signOff.setState(id, 'submitted', { submission: number });
      const stem = reportFileStem(report, findTemplate(report.kind)?.fileNameStem);
      return { fileName: `${stem}-ban-trinh-${number}.docx`, base64: Buffer.from(bytes).toString('base64'), number };
    },
    'submissions.review': async ({ base64 }) => {
      const r = await review(base64);
      return { reportId: r.reportId, title: r.mine.header.summary, number: r.number, sentAt: r.sentAt, changes: r.changes, unplaced: r.unplaced };
    },
    'submissions.apply': async ({ base64, accept }) => {
      const r = await review(base64);
      if (signOff.state(r.reportId) === 'published') throw new AppError('validation', signOffProblems.published);
      const wanted = new Set(accept);
      const accepted: ReviewChange[] = r.changes.filter((c) => wanted.has(c.id));
      const applied = applyChanges(r.mine, r.theirs, accepted);
      const { meta, sections } = storedFromFile(applied.report);
      // The app's version of every part is in its history before the leader's edits go in.
      history.snapshotReport(r.reportId, 'review');
      store.replaceContent(r.reportId, meta, sections);
      signOff.event(r.reportId, 'edits-taken', { submission: r.number, accepted: accepted.length, rejected: r.changes.length - accepted.length });
      return { report: store.get(r.reportId), placedAtEnd: applied.placedAtEnd };
    },
    'reports.setState': ({ id, state, number, date }) => {
      const report = store.get(id);
      if (state === 'published') {
        const finalNumber = (number ?? report.header.number).trim();
        const finalDate = date ?? report.header.date;
        if (finalNumber === '' || !finalDate) throw new AppError('validation', signOffProblems.publishNeedsNumber);
        store.updateMeta(id, { header: { ...report.header, number: finalNumber, date: finalDate } });
        signOff.setState(id, 'published', { number: finalNumber, date: finalDate });
      } else signOff.setState(id, state, {});
      return store.get(id);
    },
    'reports.events': ({ id }) => signOff.events(id),
    'reports.newVersion': ({ id }) => {
      const file = reportToFile(store.get(id));
      const copy = { ...file, header: { ...file.header, number: '', date: null } };
      const newId = createReportFromJson(store, JSON.stringify(copy));
      signOff.event(newId, 'new-version', { from: id });
      return store.get(newId);
    },
  };
}
