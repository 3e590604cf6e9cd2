/** Handlers for reports.*: one report — made, read, its details saved, written to a report file. */
import { nextPeriodReport } from '#shared/domain/next-period-report';
import type { Handlers } from '../dispatcher';
import type { ApiMethod } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { reportFileName } from '#shared/domain/report-file-name';
import { reportToFile, storedFromFile } from '#shared/domain/report-file-mapping';
import { DEFAULT_DOC_TYPE } from '#shared/domain/report';
import { caseSummaryForProfile, findTemplate, type SectionDraft } from '#shared/domain/templates';
import { describeProblems, readReportFile } from '#shared/report-format/read-report-file';
import { cleanLine } from '#shared/text/sanitize';
import { cleanAppendix, cleanBlocks, cleanHeader, cleanSignature } from '#shared/report-format/clean-report';
import type { Block } from '#shared/domain/report';
import { detailsAfterProfileChange, startingDetails, type ProfileDetails } from '#shared/domain/profile-details';
import type { Library } from '../stores/library';
import type { ReportStore } from '../stores/report/report-store';
import { reportMessages, templateMessages } from '#shared/messages/reports';

type ReportHandlers = Pick<Handlers, Extract<ApiMethod, `reports.${string}`>>;

function draftToContent(draft: SectionDraft): { role: SectionDraft['role']; title: string; blocks: Block[]; children: ReturnType<typeof draftToContent>[] } {
  return { role: draft.role, title: draft.title, blocks: [], children: (draft.children ?? []).map(draftToContent) };
}

/** A new report from a `baocao.report/1` file's text, checked against the schema first; returns its id. */
export function createReportFromJson(store: ReportStore, json: string): Promise<string> {
  const result = readReportFile(json);
  if (!result.ok) throw new AppError('unsupported_file', reportMessages.badReportFile(describeProblems(result.problems)));
  const { meta, sections } = storedFromFile(result.report);
  return store.create({ ...meta, kind: result.report.kind ?? 'khac' }, sections);
}

export function reportHandlers(library: Library): ReportHandlers {
  const { reports: store, organization, history, unitTemplates } = library;
  return {
    'reports.get': ({ id }) => store.get(id),

    'reports.createFromPrevious': async ({ id }) => {
      const next = nextPeriodReport(await store.get(id));
      const newId = await store.create(next.meta, next.sections);
      // History starts with the parts as they came from last period's report, named so.
      await history.snapshotReport(newId, 'from-previous');
      return store.get(newId);
    },
    'reports.create': async ({ templateId, profile, period }) => {
      const cleanPeriod = cleanLine(period);
      const own = await unitTemplates.use(templateId, cleanPeriod);
      const builtIn = findTemplate(templateId);
      if (!own && !builtIn) throw new AppError('validation', templateMessages.unknown);
      const template = own
        ? { id: 'mau-don-vi', sections: own.sections, summaryFor: () => caseSummaryForProfile(own.summary, profile) }
        : (builtIn as NonNullable<typeof builtIn>);
      // The unit's own details prefill the report; its ký hiệu, signer and nơi nhận by the rule
      // a change of thể thức follows too (profile-details.ts).
      const org = await organization.get();
      const details = startingDetails(profile, org);
      const id = await store.create(
        {
          kind: template.id,
          profile,
          period: cleanPeriod,
          outline: 'sections',
          header: {
            parentBody: org?.parentBody ?? '',
            issuingBody: org?.issuingBody ?? '',
            number: '',
            symbol: details.symbol,
            place: org?.place ?? '',
            date: null,
            docType: DEFAULT_DOC_TYPE,
            summary: template.summaryFor(cleanPeriod, profile),
          },
          signature: details.signature,
          recipients: details.recipients,
          appendices: [],
          opening: [],
          closing: [],
        },
        template.sections.map(draftToContent),
      );
      return store.get(id);
    },

    'reports.revisions': ({ id }) => store.revisions(id),

    'reports.updateMeta': ({ id, baseRevision, profile, period, outline, header, signature, recipients, appendices, opening, closing }) =>
      store.updateMeta(
        id,
        {
          profile,
          opening: opening === undefined ? undefined : cleanBlocks(opening),
          closing: closing === undefined ? undefined : cleanBlocks(closing),
          outline,
          appendices: appendices?.map(cleanAppendix),
          period: period === undefined ? undefined : cleanLine(period),
          header:
            header === undefined ? undefined : cleanHeader({ ...header, parentBody: header.parentBody ?? '', docType: header.docType ?? DEFAULT_DOC_TYPE }),
          signature: signature === undefined ? undefined : cleanSignature(signature),
          recipients: recipients?.map(cleanLine),
        },
        baseRevision,
      ),

    'reports.changeProfile': async ({ id, baseRevision, profile }) => {
      // One transaction: the thể thức and every detail that follows it, read and written together.
      const org = await organization.get();
      const changed: { details?: ProfileDetails } = {};
      const saved = await store.updateMeta(
        id,
        (stored) => {
          const details = detailsAfterProfileChange(
            { symbol: stored.header.symbol, signature: stored.signature, recipients: stored.recipients },
            stored.profile,
            profile,
            org,
          );
          changed.details = details;
          return { profile, header: { ...stored.header, symbol: details.symbol }, signature: details.signature, recipients: details.recipients };
        },
        baseRevision,
      );
      return { ...saved, profile, ...(changed.details as ProfileDetails) };
    },

    'reports.exportJson': async ({ id }) => {
      const report = await store.get(id);
      return {
        fileName: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'json'),
        json: `${JSON.stringify(reportToFile(report), null, 2)}\n`,
      };
    },
  };
}
