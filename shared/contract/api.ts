/**
 * The one contract between the UI and the back end. Every method is declared here once:
 * its argument schema (checked by the dispatcher before any handler runs) and its result
 * type. Transports (Electron IPC, loopback HTTP) carry `{ method, args }` and the envelope
 * and know nothing else.
 */
import { z } from 'zod';
import type { Organization } from '../domain/organization';
import type { RevisionSummary } from '../domain/history';
import type { Block, Report, ReportSummary, SectionNode } from '../domain/report';
import { SHELVES } from '../domain/report';
import type { SearchResult } from './search';
import type { ImportDraft } from '../word-import/import-word';
import type { IndicatorSet } from '../domain/indicator-set';

export type { ReportState } from '../domain/report';

export interface ReportEvent {
  kind: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface SubmissionReview {
  reportId: string;
  title: string;
  number: number;
  sentAt: string;
  /** The bản trình was made from the published report this one is a new version of: its changes are reviewed against this version. */
  fromEarlierVersion?: { reportId: string; title: string };
  /** When this bản trình's edits were taken before ("Nhận bản đã sửa" of the same file again), or null. */
  takenBefore: string | null;
  /** Changes of the file the report already has (taken before, or made by the clerk too): not shown again. */
  alreadyTaken: number;
  /** Paragraph changes, field changes and the comments beside what they are anchored to, in the order of the file. */
  changes: ReviewChange[];
  /** Lines of the returned file the reader could not place. */
  unplaced: string[];
  /** Comments anchored to lines the reader could not place: listed with their text, never dropped. */
  unplacedComments: { author: string; text: string; anchor: string }[];
}

export interface ConsolidationSummary {
  id: string;
  period: string;
  deadline: string | null;
  units: string[];
  received: number;
  reportId: string | null;
  updatedAt: string;
}

/** A unit's report as the consolidation holds it. */
export interface ConsolidationInputInfo {
  id: string;
  unit: string;
  sourceName: string;
  title: string;
  revision: number | null;
  sentAt: string | null;
  receivedAt: string;
}

export interface ConsolidationView extends ConsolidationSummary {
  /** The thể thức of the consolidated report: the unit's own (Đơn vị của tôi), else the one the units' reports share, else ND30. */
  suggestedProfile: ProfileId;
  setId: string | null;
  setName: string | null;
  grid: { unit: string; status: UnitStatus; input: ConsolidationInputInfo | null }[];
  /** Reports from units not on the list. */
  extra: ConsolidationInputInfo[];
  /** Every report added, older revisions included. */
  inputs: ConsolidationInputInfo[];
  /** Null until a Bộ chỉ tiêu is chosen. */
  figures: {
    rows: { code: string; name: string; unit: string; aggregate: Aggregation; previous: string; current: string; counted: number }[];
    warnings: string[];
    block: IndicatorsBlock;
    appendix: Extract<FileBlockType, { type: 'table' }>[];
  } | null;
}

export type ReceiveOutcome = 'added' | 'updated' | 'same' | 'older' | 'conflict' | 'kept-mine' | 'took-theirs' | 'kept-both' | 'merged';

/** One part (or the header, signer, Nơi nhận) of the local and the received version. */
export interface PartDifference {
  part: string;
  mine: string | null;
  theirs: string | null;
  changed: boolean;
  /** The words changed from mine to theirs, when the part is on both sides and changed. */
  diff?: DiffOp[];
}

export interface ReceiveResult {
  outcome: ReceiveOutcome;
  reportId: string;
  /** Keep both: the received version's new report. */
  newReportId?: string;
  sender: string;
  period: string;
  title: string;
  revision: number;
  sentAt: string;
  attachments: string[];
  indicatorSet?: string;
  differences?: PartDifference[];
  /** Both sides changed and have no version in common: the copies did not come from one another. */
  unrelated?: boolean;
}

/** A whole version of a report kept when a package replaced it or was not taken. */
export interface ReportVersionInfo {
  id: string;
  reason: 'replaced-by-received' | 'received-not-kept' | 'mine-not-kept';
  /** Where it came from: "Xã An Phú, lần gửi 3" or "bản trên máy này". */
  source: string;
  createdAt: string;
}

/** A Bộ chỉ tiêu as stored. */
export interface StoredIndicatorSet {
  id: string;
  set: IndicatorSet;
  updatedAt: string;
}
import { PROFILE_IDS, SECTION_ROLES } from '../domain/vocabulary';
import type { ProfileId } from '../domain/vocabulary';
import type { DiffOp } from '../sign-off/word-diff';
import { blockFromFile } from '../domain/report';
import { blockSchema, headerSchema, isoDateSchema, OUTLINES, signatureSchema } from '../report-format/schema';
import type { NarrativePart, UnitStatus } from '../consolidation/consolidation';
import type { IndicatorsBlock, Block as FileBlockType } from '../report-format/schema';
import type { Aggregation } from '../domain/indicator-set';
import type { ReviewChange } from '../sign-off/review';
import type { CheckReport } from '../the-thuc/findings';
import type { Envelope } from './errors';
import { base64Length, MAX_ATTACHMENT_BYTES, MAX_PACKAGE_FILE_BYTES, MAX_WORD_FILE_BYTES } from './file-sizes';

/** Blocks arrive in the file format's forms and are handed to the core in the app's one shape (domain/report.ts). */
const contentBlock = blockSchema.transform(blockFromFile);
const contentAppendix = z.strictObject({ title: z.string().max(1_000), blocks: z.array(contentBlock).max(10_000).optional() });

const id = z.string().min(1).max(64);
const line = (max = 1_000) => z.string().max(max);
/** Files as base64, each capped where the readers' own limits are (file-sizes.ts). */
const wordFile = z.string().max(base64Length(MAX_WORD_FILE_BYTES));
const packageFile = z.string().max(base64Length(MAX_PACKAGE_FILE_BYTES));
/** The revision the caller's copy was read at: a save from an older one is refused with `conflict`. */
const revision = z.number().int().min(0);

interface ApiEntry {
  /** Works in the read-only state (a damaged data file): it reads, exports what can be read, or restores a backup. */
  readOnly: boolean;
  args: z.ZodType;
  /** Only its type is used: what the method answers. */
  result: unknown;
}

/** Names what a method answers in the table below (a type only; nothing at run time). */
const returns = <T>() => undefined as unknown as T;

/**
 * The contract, one entry per method grouped by feature: whether it works in the read-only state
 * (a damaged data file: reading, exporting what can be read and restoring a backup work, every
 * other call is refused before it runs), the arguments it accepts (checked at run time by the
 * dispatcher) and what it answers.
 */
export const API = {
  /** Facts about this installation: version, where data lives, desktop or browser mode. */
  'app.info': { readOnly: true, args: z.strictObject({}), result: returns<AppInfo>() },
  /** A verified, compressed backup of the data file now. Errors: io (disk), database (damaged file). */
  'data.backup': { readOnly: false, args: z.strictObject({}), result: returns<BackupInfo & { count: number }>() },
  /** The backups a restore can use, newest first. */
  'backups.list': { readOnly: true, args: z.strictObject({}), result: returns<BackupInfo[]>() },
  /** Replaces the data file with a backup; the current file is backed up (or kept aside) first. Errors: not_found, io. */
  'backups.restore': { readOnly: true, args: z.strictObject({ name: line(200) }), result: returns<{ reports: number; keptAs: string | null }>() },
  /** The templates a new report can start from. */
  'templates.list': { readOnly: true, args: z.strictObject({}), result: returns<TemplateInfo[]>() },
  /** Saves a report's outline (no content) as the unit's own template. Errors: not_found, validation. */
  'templates.saveFromReport': { readOnly: false, args: z.strictObject({ reportId: id, name: line(200) }), result: returns<TemplateInfo>() },
  /** Deletes one of the unit's own templates. Errors: not_found. */
  'templates.delete': { readOnly: false, args: z.strictObject({ id: line(100) }), result: returns<null>() },
  /** Every report not in the Thùng rác (listed or archived), newest edit first. */
  'reports.list': { readOnly: true, args: z.strictObject({}), result: returns<ReportSummary[]>() },
  /** "Báo cáo của tôi", one page of a shelf (the list, Lưu trữ, Thùng rác) with the shelf's size. */
  'reports.page': {
    readOnly: true,
    args: z.strictObject({
      shelf: z.enum(SHELVES),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
      /** Only the reports received from this unit ("bản nhận được"); "" for the unit's own. */
      from: line(500).optional(),
      /** Newest edit first (the default), or by the unit that sent them (the unit's own first). */
      sort: z.enum(['updated', 'unit']).optional(),
    }),
    result: returns<{
      items: ReportSummary[];
      total: number;
      /** The units the shelf's received reports came from, for the list's filter. */ senders: string[];
    }>(),
  },
  /**
   * "Tìm trong các báo cáo": words with or without diacritics, exact spelling first; filters by
   * year, loại báo cáo, thể thức and kỳ. Archived reports are found, the Thùng rác is not.
   */
  'reports.search': {
    readOnly: true,
    args: z.strictObject({
      query: line(200),
      year: z.number().int().min(1900).max(2200).optional(),
      kind: line(100).optional(),
      profile: z.enum(PROFILE_IDS).optional(),
      period: line(200).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    result: returns<SearchResult>(),
  },
  /** "Lưu trữ" (archived: true) or back to the list (false). Errors: not_found. */
  'reports.archive': { readOnly: false, args: z.strictObject({ id, archived: z.boolean() }), result: returns<null>() },
  /** "Khôi phục" from the Thùng rác. Errors: not_found. */
  'reports.restore': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /** "Xóa hẳn" a report that is in the Thùng rác, with its parts and history. Errors: not_found. */
  'reports.deleteForever': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /**
   * "Nhập từ tệp Word": reads a .docx or .doc and recognises the report in it, for the clerk to
   * review (nothing is saved). Errors: unsupported_file (not Word, encrypted, too large, damaged).
   */
  'library.readWord': {
    readOnly: true,
    args: z.strictObject({ fileName: line(500), base64: wordFile }),
    result: returns<ImportDraft & { fileName: string }>(),
  },
  /**
   * "Gửi đi (tệp .baocao)": the report, its Word file (when it can be exported), the Bộ chỉ tiêu its
   * indicator rows use, and the attachments given, as one verified package. Errors: not_found.
   */
  'packages.make': {
    readOnly: false,
    args: z.strictObject({
      id,
      attachments: z
        .array(z.strictObject({ name: line(300), base64: z.string().max(base64Length(MAX_ATTACHMENT_BYTES)) }))
        .max(20)
        .optional(),
    }),
    result: returns<{ fileName: string; base64: string; revision: number; withWord: boolean }>(),
  },
  /**
   * Receives a package: verified first (refused whole with unsupported_file when altered,
   * truncated or unknown). When both sides changed, nothing is stored and the answer is
   * `conflict` with the differences; asked again with `choice`, the clerk's choice is applied.
   */
  /**
   * Receives a package; when both sides changed, `choice` settles it: keep mine, take theirs, keep
   * both, or `parts` — theirs for the parts named in `theirs` (PartDifference.part), mine elsewhere.
   */
  'packages.receive': {
    readOnly: false,
    args: z.strictObject({
      fileName: line(500),
      base64: packageFile,
      choice: z.enum(['mine', 'theirs', 'both', 'parts']).optional(),
      theirs: z.array(line(2_000)).max(5_000).optional(),
    }),
    result: returns<ReceiveResult>(),
  },
  /** Whole versions of a report kept when a package replaced it or was not taken, newest first. */
  'reports.versions': { readOnly: true, args: z.strictObject({ id }), result: returns<ReportVersionInfo[]>() },
  /** Opens a kept version as a report of its own. Errors: not_found. */
  'reports.openVersion': { readOnly: false, args: z.strictObject({ versionId: id }), result: returns<Report>() },
  /** Files that came with a report in a package. */
  'reports.attachments': { readOnly: true, args: z.strictObject({ id }), result: returns<{ name: string; base64: string }[]>() },
  /** "Tổng hợp báo cáo đơn vị trực thuộc": every consolidation, newest first. */
  'consolidations.list': { readOnly: true, args: z.strictObject({}), result: returns<ConsolidationSummary[]>() },
  /** A new consolidation of a period for a list of units (a deadline to call reports late). */
  'consolidations.create': {
    readOnly: false,
    args: z.strictObject({ period: line(200), deadline: isoDateSchema.nullable(), units: z.array(line(500)).max(1_000), setId: id.nullable() }),
    result: returns<ConsolidationView>(),
  },
  'consolidations.get': { readOnly: true, args: z.strictObject({ id }), result: returns<ConsolidationView>() },
  'consolidations.update': {
    readOnly: false,
    args: z.strictObject({
      id,
      period: line(200).optional(),
      deadline: isoDateSchema.nullable().optional(),
      units: z.array(line(500)).max(1_000).optional(),
      setId: id.nullable().optional(),
    }),
    result: returns<ConsolidationView>(),
  },
  /** Adds units' packages, report files or Word files; each refused file is named with its reason, the rest are added. */
  'consolidations.addInputs': {
    readOnly: false,
    args: z.strictObject({
      id,
      files: z
        .array(z.strictObject({ fileName: line(500), base64: packageFile }))
        .min(1)
        .max(300),
    }),
    result: returns<{ view: ConsolidationView; added: string[]; refused: { fileName: string; reason: string }[] }>(),
  },
  'consolidations.removeInput': { readOnly: false, args: z.strictObject({ id, inputId: id }), result: returns<ConsolidationView>() },
  /** The higher unit's report from the consolidation: the figures added up, the per-unit phụ lục. Errors: validation (no Bộ chỉ tiêu, no report received). */
  'consolidations.makeReport': {
    readOnly: false,
    args: z.strictObject({ id, templateId: line(100), profile: z.enum(PROFILE_IDS).optional() }),
    result: returns<Report>(),
  },
  /** For a part of a report made by a consolidation: the units' texts of the same part, or null. */
  'consolidations.narrative': { readOnly: true, args: z.strictObject({ reportId: id, sectionId: id }), result: returns<NarrativePart | null>() },
  /** "Xuất bản trình": a Word file tagged with the report's id and the bản trình's number; the report becomes Đã trình. */
  'submissions.export': { readOnly: false, args: z.strictObject({ id }), result: returns<{ fileName: string; base64: string; number: number }>() },
  /**
   * "Nhận bản đã sửa": the file that came back, matched to its report and bản trình, read, and
   * compared: the changes to accept or reject (nothing is saved). Errors: unsupported_file.
   */
  'submissions.review': {
    readOnly: true,
    args: z.strictObject({ reportId: id, fileName: line(500), base64: wordFile }),
    result: returns<SubmissionReview>(),
  },
  /**
   * Applies the accepted changes (by id, from a review of the same file), all or none; the rest
   * stay as they are. A change that collides with the clerk's later edit is applied as `keepBoth`
   * says: the leader's version beside hers (its id listed there), or in her version's place.
   * Errors: unsupported_file (another report's file), validation (published).
   */
  'submissions.apply': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      fileName: line(500),
      base64: wordFile,
      accept: z.array(line(20)).max(100_000),
      keepBoth: z.array(line(20)).max(100_000).optional(),
    }),
    result: returns<{ report: Report; taken: number; keptBoth: number; notPlaced: string[] }>(),
  },
  /** Đã duyệt, or Đã phát hành with the số and ngày the văn thư gave; back to Đang soạn. Errors: validation. */
  'reports.setState': {
    readOnly: false,
    args: z.strictObject({ id, state: z.enum(['drafting', 'approved', 'published']), number: line(20).optional(), date: isoDateSchema.optional() }),
    result: returns<Report>(),
  },
  /** The report's changes of state and bản trình, oldest first. */
  'reports.events': { readOnly: true, args: z.strictObject({ id }), result: returns<ReportEvent[]>() },
  /** "Tạo phiên bản mới" of a published report: a draft copy to change, the published one untouched. */
  'reports.newVersion': { readOnly: false, args: z.strictObject({ id }), result: returns<Report>() },
  /** The unit's Bộ chỉ tiêu (own and received). */
  'indicatorSets.list': { readOnly: true, args: z.strictObject({}), result: returns<StoredIndicatorSet[]>() },
  /** Saves a set (new without id; a set of the same name and issuer is replaced). Errors: validation (with what to fix). */
  'indicatorSets.save': { readOnly: false, args: z.strictObject({ id: id.optional(), set: z.unknown() }), result: returns<StoredIndicatorSet>() },
  /** Errors: not_found. */
  'indicatorSets.delete': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /** Saves a reviewed import as a new report; history notes the file it came from. Errors: unsupported_file (with the bad field). */
  'library.saveImport': { readOnly: false, args: z.strictObject({ fileName: line(500), json: z.string().max(50_000_000) }), result: returns<Report>() },
  /** One whole report. Errors: not_found. */
  'reports.get': { readOnly: true, args: z.strictObject({ id }), result: returns<Report>() },
  /** A new report from a template. Errors: validation (unknown template). */
  'reports.create': {
    readOnly: false,
    args: z.strictObject({
      templateId: line(100),
      profile: z.enum(PROFILE_IDS),
      period: line(200),
    }),
    result: returns<Report>(),
  },
  /**
   * "Tạo từ báo cáo kỳ trước": a new report for the next period from this one — same header with
   * số and ngày cleared and the period moved on, same parts with their content, indicator
   * tables rolled over. Errors: not_found.
   */
  'reports.createFromPrevious': { readOnly: false, args: z.strictObject({ id }), result: returns<Report>() },
  /** Where each part and the report's details stand: an open window polls this to see another window's saves. */
  'reports.revisions': { readOnly: true, args: z.strictObject({ id }), result: returns<RevisionState>() },
  /** Saves header, signer, recipients, profile or period (any subset). Errors: not_found, conflict (details: the stored report). */
  'reports.updateMeta': {
    readOnly: false,
    args: z.strictObject({
      id,
      baseRevision: revision,
      profile: z.enum(PROFILE_IDS).optional(),
      period: line(200).optional(),
      outline: z.enum(OUTLINES).optional(),
      appendices: z.array(contentAppendix).max(50).optional(),
      opening: z.array(contentBlock).max(1_000).optional(),
      closing: z.array(contentBlock).max(1_000).optional(),
      header: headerSchema.optional(),
      signature: signatureSchema.optional(),
      recipients: z.array(line()).max(500).optional(),
    }),
    result: returns<SavedAt>(),
  },
  /** "Xóa": moves a report to the Thùng rác, deleted for good 30 days later. Errors: not_found. */
  'reports.delete': { readOnly: false, args: z.strictObject({ id }), result: returns<null>() },
  /** The report as a `baocao.report/1` JSON file. Errors: not_found. */
  'reports.exportJson': { readOnly: true, args: z.strictObject({ id }), result: returns<{ fileName: string; json: string }>() },
  /** Every readable report as a `baocao.report/1` file, in one .zip ("Xuất tất cả", also from a damaged file). */
  /** `failed`: the reports that could not be read, each "trích yếu: why". */
  'reports.exportAll': {
    readOnly: true,
    args: z.strictObject({}),
    result: returns<{ fileName: string; base64: string; exported: number; failed: string[] }>(),
  },
  /** A new report from a `baocao.report/1` file. Errors: unsupported_file (with the bad field's path). */
  'reports.importJson': { readOnly: false, args: z.strictObject({ json: z.string().max(50_000_000) }), result: returns<Report>() },
  /** Saves one part's title and/or content. Errors: not_found, conflict (details: the stored part). */
  'sections.update': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      sectionId: id,
      baseRevision: revision,
      title: line().optional(),
      blocks: z.array(contentBlock).max(10_000).optional(),
    }),
    result: returns<SavedAt>(),
  },
  /**
   * Settles a conflict on one part: "mine" saves the clerk's version over the stored one, "theirs"
   * keeps the stored one; either way the version not kept goes to the part's history.
   * Errors: not_found, conflict (the part changed again meanwhile).
   */
  'sections.resolveConflict': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      sectionId: id,
      baseRevision: revision,
      keep: z.enum(['mine', 'theirs']),
      title: line(),
      blocks: z.array(contentBlock).max(10_000),
    }),
    result: returns<{ revision: number; title: string; blocks: Block[] }>(),
  },
  /** Adds a part (parentId null) or a sub-item at the end of its parent. Errors: not_found, validation (too deep), conflict. */
  'sections.add': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      baseStructureRevision: revision,
      parentId: id.nullable(),
      title: line(),
      role: z.enum(SECTION_ROLES).optional(),
    }),
    result: returns<{ report: Report; section: SectionNode }>(),
  },
  /** Adds several sub-items at once, in order (one per task of the document under review). Errors: not_found, validation. */
  'sections.addMany': {
    readOnly: false,
    args: z.strictObject({
      reportId: id,
      baseStructureRevision: revision,
      parentId: id.nullable(),
      titles: z.array(line()).min(1).max(200),
      role: z.enum(SECTION_ROLES).optional(),
    }),
    result: returns<Report>(),
  },
  /** Moves a part one place up or down among its siblings. Errors: not_found. */
  'sections.move': {
    readOnly: false,
    args: z.strictObject({ reportId: id, sectionId: id, baseStructureRevision: revision, direction: z.enum(['up', 'down']) }),
    result: returns<Report>(),
  },
  /** Removes a part with its sub-items; refused when the part was edited elsewhere since it was read. Errors: not_found, conflict. */
  'sections.remove': {
    readOnly: false,
    args: z.strictObject({ reportId: id, sectionId: id, baseStructureRevision: revision, baseRevision: revision }),
    result: returns<Report>(),
  },
  /** The snapshots of one part, newest first. Errors: not_found. */
  'history.list': { readOnly: true, args: z.strictObject({ reportId: id, sectionId: id }), result: returns<RevisionSummary[]>() },
  /** One snapshot's content. Errors: not_found. */
  'history.get': {
    readOnly: true,
    args: z.strictObject({ reportId: id, revisionId: id }),
    result: returns<{ sectionId: string; title: string; blocks: Block[]; createdAt: string }>(),
  },
  /** Puts a snapshot back; what was there is snapshotted first, so the restore can be undone. Errors: not_found. */
  'history.restore': {
    readOnly: false,
    args: z.strictObject({ reportId: id, sectionId: id, revisionId: id, baseRevision: revision }),
    result: returns<Report>(),
  },
  /** The Word file. Errors: not_found, validation (what is missing for a valid file). */
  'export.docx': { readOnly: true, args: z.strictObject({ id, tableOfContents: z.boolean().optional() }), result: returns<ExportedFile>() },
  /** "Đơn vị của tôi", or null before it has been set up. */
  'organization.get': { readOnly: true, args: z.strictObject({}), result: returns<Organization | null>() },
  /** Saves "Đơn vị của tôi"; new reports start from it. */
  'organization.save': {
    readOnly: false,
    args: z.strictObject({
      profile: z.enum(PROFILE_IDS),
      parentBody: line(),
      issuingBody: line(),
      symbol: line(100),
      place: line(200),
      signature: signatureSchema,
      recipients: z.array(line()).max(500),
      toneStyle: z.enum(['new', 'old']).optional(),
      iyStyle: z.enum(['i', 'y']).optional(),
      inSentenceName: line().optional(),
    }),
    result: returns<Organization>(),
  },
  /** The words of the personal dictionary, sorted. */
  'dictionary.list': { readOnly: true, args: z.strictObject({}), result: returns<string[]>() },
  /** Adds a word the spell checker must accept. */
  'dictionary.add': { readOnly: false, args: z.strictObject({ word: line(100) }), result: returns<string[]>() },
  /** Takes back a word added by mistake; a word not in the dictionary is not an error. */
  'dictionary.remove': { readOnly: false, args: z.strictObject({ word: line(100) }), result: returns<string[]>() },
  /** Checks any .docx against a thể thức ("auto" recognises it). Errors: unsupported_file (not a .docx). */
  'checker.checkDocx': {
    readOnly: true,
    args: z.strictObject({
      fileName: line(500),
      base64: wordFile,
      profile: z.union([z.enum(PROFILE_IDS), z.literal('auto')]),
    }),
    result: returns<CheckReport & { fileName: string }>(),
  },
} as const satisfies Record<string, ApiEntry>;

export const apiArgSchemas = Object.fromEntries(Object.entries(API).map(([name, entry]) => [name, entry.args])) as {
  [M in keyof typeof API]: (typeof API)[M]['args'];
};

export type ApiMethod = keyof typeof apiArgSchemas;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgSchemas)[M]>;
export type ParsedApiArgs<M extends ApiMethod> = z.output<(typeof apiArgSchemas)[M]>;

/** How the data file opened: usable, damaged (read-only, to salvage), or refused (not ours, newer). */
/**
 * How the data file opened. `problem` is the clerk's sentence (Vietnamese, what to do); `detail`
 * is SQLite's own diagnostic, for the log and the IT staff's "Chi tiết kỹ thuật", never the sentence.
 */
export type DataState = { status: 'ok' } | { status: 'salvage'; problem: string; detail?: string } | { status: 'refused'; problem: string };

export interface AppInfo {
  version: string;
  dataDir: string;
  mode: 'desktop' | 'browser' | 'cli';
  data: DataState;
}

export interface BackupInfo {
  name: string;
  kind: string;
  /** What the kind means to a clerk: "Tự động hằng ngày", "Trước khi khôi phục" … */
  kindLabel: string;
  takenAt: string;
  reports: number | null;
  bytes: number;
}

/** Revisions as stored: the report's details, its tree of parts, and each part. */
export interface RevisionState {
  revision: number;
  structureRevision: number;
  sections: Record<string, number>;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  periodExample: string;
  outline: string[];
  /** The unit's own template (can be deleted). */
  own?: boolean;
}

export interface SavedAt {
  updatedAt: string;
  /** The revision the save made: the base of the next save. */
  revision: number;
}

export interface ExportedFile {
  fileName: string;
  /** File bytes, base64: both transports carry JSON. */
  base64: string;
  /** Titles of parts left out because they were empty. */
  omittedEmptyParts: string[];
}

export type ApiResults = { [M in ApiMethod]: (typeof API)[M]['result'] };

export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** The methods that only read (see API). */
export const READ_ONLY_METHODS: ReadonlySet<ApiMethod> = new Set((Object.keys(API) as ApiMethod[]).filter((m) => API[m].readOnly));

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiArgSchemas, name);
}

/** What the renderer sees: one function, whatever the transport. */
export interface Bridge {
  invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<Envelope<ApiResult<M>>>;
  /** Hands finished bytes to the user: a save dialog (desktop) or a download (browser). */
  saveFile(fileName: string, base64: string): Promise<Envelope<{ saved: boolean; path?: string }>>;
  /**
   * "Xuất PDF" of the pages on screen (the print preview): the desktop app prints them to PDF
   * itself (A4, the document's properties) and offers a save dialog; the browser opens its
   * print dialog, where the clerk picks "Lưu dưới dạng PDF".
   */
  printPdf(
    fileName: string,
    properties: { title: string; author: string; subject: string },
  ): Promise<Envelope<{ saved: boolean; path?: string; viaPrintDialog?: boolean }>>;
}
