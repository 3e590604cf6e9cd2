/** Handlers for reports.*, sections.* and templates.*: thin glue between the contract and the store. */
import { nextPeriodReport } from '../../../shared/domain/next-period-report';
import type { Handlers } from '../dispatcher';
import type { ApiMethod } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { reportFileName } from '../../../shared/domain/report-file-name';
import { reportToFile, storedFromFile } from '../../../shared/domain/report-file-mapping';
import { DEFAULT_DOC_TYPE, type Report, type SectionNode } from '../../../shared/domain/report';
import { caseSummaryForProfile, findTemplate, REPORT_TEMPLATES, type SectionDraft } from '../../../shared/domain/templates';
import { describeProblems, readReportFile } from '../../../shared/report-format/read-report-file';
import { cleanLine } from '../../../shared/text/sanitize';
import { cleanAppendix, cleanBlocks, cleanHeader, cleanSignature } from '../../../shared/report-format/clean-report';
import type { Block } from '../../../shared/domain/report';
import { defaultRecipients, defaultSignature, defaultSymbol } from '../../../shared/domain/organization';
import type { OrganizationStore } from '../organization/organization-store';
import type { HistoryStore } from './history-store';
import type { UnitTemplates } from './unit-templates';
import type { ReportStore } from './report-store';
import { reportMessages, templateMessages } from '../../../shared/messages/reports';

type ReportHandlers = Pick<
  Handlers,
  | Extract<ApiMethod, `templates.${string}` | `sections.${string}`>
  | 'reports.list'
  | 'reports.get'
  | 'reports.create'
  | 'reports.createFromPrevious'
  | 'reports.revisions'
  | 'reports.updateMeta'
  | 'reports.delete'
  | 'reports.exportJson'
  | 'reports.importJson'
>;

function draftToContent(draft: SectionDraft): { role: SectionDraft['role']; title: string; blocks: Block[]; children: ReturnType<typeof draftToContent>[] } {
  return { role: draft.role, title: draft.title, blocks: [], children: (draft.children ?? []).map(draftToContent) };
}

function findSection(sections: readonly SectionNode[], id: string): SectionNode | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** A new report from a `baocao.report/1` file's text, checked against the schema first; returns its id. */
export function createReportFromJson(store: ReportStore, json: string): string {
  const result = readReportFile(json);
  if (!result.ok) throw new AppError('unsupported_file', reportMessages.badReportFile(describeProblems(result.problems)));
  const { meta, sections } = storedFromFile(result.report);
  return store.create({ ...meta, kind: result.report.kind ?? 'khac' }, sections);
}

export function reportHandlers(store: ReportStore, organization: OrganizationStore, history: HistoryStore, unitTemplates: UnitTemplates): ReportHandlers {
  return {
    'templates.saveFromReport': ({ reportId, name }) => {
      const clean = cleanLine(name);
      if (clean === '') throw new AppError('validation', templateMessages.noName);
      const report = store.get(reportId);
      return unitTemplates.save(clean, report.header.summary, report.sections);
    },

    'templates.delete': ({ id }) => {
      unitTemplates.delete(id);
      return null;
    },

    'templates.list': () => [
      ...unitTemplates.list(),
      ...REPORT_TEMPLATES.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        periodExample: t.periodExample,
        outline: t.sections.map((s) => s.title),
      })),
    ],

    'reports.list': () => store.shelves.list(),

    'reports.get': ({ id }) => store.get(id),

    'reports.createFromPrevious': ({ id }) => {
      const next = nextPeriodReport(store.get(id));
      const newId = store.create(next.meta, next.sections);
      // History starts with the parts as they came from last period's report, named so.
      history.snapshotReport(newId, 'from-previous');
      return store.get(newId);
    },
    'reports.create': ({ templateId, profile, period }) => {
      const cleanPeriod = cleanLine(period);
      const own = unitTemplates.use(templateId, cleanPeriod);
      const builtIn = findTemplate(templateId);
      if (!own && !builtIn) throw new AppError('validation', templateMessages.unknown);
      const template = own
        ? { id: 'mau-don-vi', sections: own.sections, summaryFor: () => caseSummaryForProfile(own.summary, profile) }
        : (builtIn as NonNullable<typeof builtIn>);
      // The unit's own details prefill the report; its signer and nơi nhận only when the
      // report keeps the unit's thể thức (a Party unit's signer is wrong on a state layout).
      const org = organization.get();
      const sameProfile = org?.profile === profile;
      const id = store.create(
        {
          kind: template.id,
          profile,
          period: cleanPeriod,
          outline: 'sections',
          header: {
            parentBody: org?.parentBody ?? '',
            issuingBody: org?.issuingBody ?? '',
            number: '',
            symbol: sameProfile && org.symbol !== '' ? org.symbol : defaultSymbol(profile),
            place: org?.place ?? '',
            date: null,
            docType: DEFAULT_DOC_TYPE,
            summary: template.summaryFor(cleanPeriod, profile),
          },
          signature: sameProfile ? org.signature : defaultSignature(profile),
          recipients: sameProfile && org.recipients.length > 0 ? org.recipients : defaultRecipients(profile),
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

    'reports.delete': ({ id }) => {
      store.shelves.moveToTrash(id);
      return null;
    },

    'reports.exportJson': ({ id }) => {
      const report = store.get(id);
      return {
        fileName: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'json'),
        json: `${JSON.stringify(reportToFile(report), null, 2)}\n`,
      };
    },

    'reports.importJson': ({ json }) => store.get(createReportFromJson(store, json)),

    'sections.update': ({ reportId, sectionId, baseRevision, title, blocks }) => {
      // A stale save is refused before anything, history included, is written.
      store.sections.check(reportId, sectionId, baseRevision);
      // The first edit after a pause keeps what was there in the part's history.
      history.snapshotIfDue(sectionId);
      return store.sections.update(
        reportId,
        sectionId,
        {
          title: title === undefined ? undefined : cleanLine(title),
          blocks: blocks === undefined ? undefined : cleanBlocks(blocks),
        },
        baseRevision,
      );
    },

    'sections.resolveConflict': ({ reportId, sectionId, baseRevision, keep, title, blocks }) => {
      const mine = { title: cleanLine(title), blocks: cleanBlocks(blocks) };
      return store.transaction(() => {
        store.sections.check(reportId, sectionId, baseRevision);
        if (keep === 'theirs') {
          history.keep(sectionId, mine.title, mine.blocks, 'conflict');
          return store.sections.stored(reportId, sectionId);
        }
        history.snapshot(sectionId, 'conflict');
        const { revision } = store.sections.update(reportId, sectionId, mine, baseRevision);
        return { ...mine, revision };
      });
    },

    'sections.add': ({ reportId, parentId, title, role, baseStructureRevision }) => {
      const sectionId = store.sections.add(reportId, parentId, cleanLine(title), role ?? 'other', baseStructureRevision);
      const report: Report = store.get(reportId);
      const section = findSection(report.sections, sectionId);
      if (!section) throw new AppError('internal', 'section vanished');
      return { report, section };
    },

    'sections.addMany': ({ reportId, parentId, titles, role, baseStructureRevision }) => {
      const clean = titles.map(cleanLine).filter((t) => t !== '');
      if (clean.length === 0) throw new AppError('validation', reportMessages.noTitles);
      store.sections.addMany(reportId, parentId, clean, role ?? 'other', baseStructureRevision);
      return store.get(reportId);
    },

    'sections.move': ({ reportId, sectionId, direction, baseStructureRevision }) => {
      store.sections.move(reportId, sectionId, direction, baseStructureRevision);
      return store.get(reportId);
    },

    'sections.remove': ({ reportId, sectionId, baseStructureRevision, baseRevision }) => {
      store.sections.remove(reportId, sectionId, baseStructureRevision, baseRevision);
      return store.get(reportId);
    },
  };
}
