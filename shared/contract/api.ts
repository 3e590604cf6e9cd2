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
  changes: ReviewChange[];
  /** Lines of the returned file the reader could not place. */
  unplaced: string[];
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

/** Blocks arrive in the file format's forms and are handed to the core in the app's one shape (domain/report.ts). */
const contentBlock = blockSchema.transform(blockFromFile);
const contentAppendix = z.strictObject({ title: z.string().max(1_000), blocks: z.array(contentBlock).max(10_000).optional() });

const id = z.string().min(1).max(64);
const line = (max = 1_000) => z.string().max(max);
/** The revision the caller's copy was read at: a save from an older one is refused with `conflict`. */
const revision = z.number().int().min(0);

export const apiArgSchemas = {
  /** Facts about this installation: version, where data lives, desktop or browser mode. */
  'app.info': z.strictObject({}),
  /** A verified, compressed backup of the data file now. Errors: io (disk), database (damaged file). */
  'data.backup': z.strictObject({}),
  /** The backups a restore can use, newest first. */
  'backups.list': z.strictObject({}),
  /** Replaces the data file with a backup; the current file is backed up (or kept aside) first. Errors: not_found, io. */
  'backups.restore': z.strictObject({ name: line(200) }),
  /** The templates a new report can start from. */
  'templates.list': z.strictObject({}),
  /** Saves a report's outline (no content) as the unit's own template. Errors: not_found, validation. */
  'templates.saveFromReport': z.strictObject({ reportId: id, name: line(200) }),
  /** Deletes one of the unit's own templates. Errors: not_found. */
  'templates.delete': z.strictObject({ id: line(100) }),
  /** Every report not in the Thùng rác (listed or archived), newest edit first. */
  'reports.list': z.strictObject({}),
  /** "Báo cáo của tôi", one page of a shelf (the list, Lưu trữ, Thùng rác) with the shelf's size. */
  'reports.page': z.strictObject({
    shelf: z.enum(SHELVES),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(500),
    /** Only the reports received from this unit ("bản nhận được"); "" for the unit's own. */
    from: line(500).optional(),
    /** Newest edit first (the default), or by the unit that sent them (the unit's own first). */
    sort: z.enum(['updated', 'unit']).optional(),
  }),
  /**
   * "Tìm trong các báo cáo": words with or without diacritics, exact spelling first; filters by
   * year, loại báo cáo, thể thức and kỳ. Archived reports are found, the Thùng rác is not.
   */
  'reports.search': z.strictObject({
    query: line(200),
    year: z.number().int().min(1900).max(2200).optional(),
    kind: line(100).optional(),
    profile: z.enum(PROFILE_IDS).optional(),
    period: line(200).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  /** "Lưu trữ" (archived: true) or back to the list (false). Errors: not_found. */
  'reports.archive': z.strictObject({ id, archived: z.boolean() }),
  /** "Khôi phục" from the Thùng rác. Errors: not_found. */
  'reports.restore': z.strictObject({ id }),
  /** "Xóa hẳn" a report that is in the Thùng rác, with its parts and history. Errors: not_found. */
  'reports.deleteForever': z.strictObject({ id }),
  /**
   * "Nhập từ tệp Word": reads a .docx or .doc and recognises the report in it, for the clerk to
   * review (nothing is saved). Errors: unsupported_file (not Word, encrypted, too large, damaged).
   */
  'library.readWord': z.strictObject({ fileName: line(500), base64: z.string().max(90_000_000) }),
  /**
   * "Gửi đi (tệp .baocao)": the report, its Word file (when it can be exported), the Bộ chỉ tiêu its
   * indicator rows use, and the attachments given, as one verified package. Errors: not_found.
   */
  'packages.make': z.strictObject({ id, attachments: z.array(z.strictObject({ name: line(300), base64: z.string().max(70_000_000) })).max(20).optional() }),
  /**
   * Receives a package: verified first (refused whole with unsupported_file when altered,
   * truncated or unknown). When both sides changed, nothing is stored and the answer is
   * `conflict` with the differences; asked again with `choice`, the clerk's choice is applied.
   */
  /**
   * Receives a package; when both sides changed, `choice` settles it: keep mine, take theirs, keep
   * both, or `parts` — theirs for the parts named in `theirs` (PartDifference.part), mine elsewhere.
   */
  'packages.receive': z.strictObject({ fileName: line(500), base64: z.string().max(170_000_000), choice: z.enum(['mine', 'theirs', 'both', 'parts']).optional(), theirs: z.array(line(2_000)).max(5_000).optional() }),
  /** Whole versions of a report kept when a package replaced it or was not taken, newest first. */
  'reports.versions': z.strictObject({ id }),
  /** Opens a kept version as a report of its own. Errors: not_found. */
  'reports.openVersion': z.strictObject({ versionId: id }),
  /** Files that came with a report in a package. */
  'reports.attachments': z.strictObject({ id }),
  /** "Tổng hợp báo cáo đơn vị trực thuộc": every consolidation, newest first. */
  'consolidations.list': z.strictObject({}),
  /** A new consolidation of a period for a list of units (a deadline to call reports late). */
  'consolidations.create': z.strictObject({ period: line(200), deadline: isoDateSchema.nullable(), units: z.array(line(500)).max(1_000), setId: id.nullable() }),
  'consolidations.get': z.strictObject({ id }),
  'consolidations.update': z.strictObject({ id, period: line(200).optional(), deadline: isoDateSchema.nullable().optional(), units: z.array(line(500)).max(1_000).optional(), setId: id.nullable().optional() }),
  /** Adds units' packages, report files or Word files; each refused file is named with its reason, the rest are added. */
  'consolidations.addInputs': z.strictObject({ id, files: z.array(z.strictObject({ fileName: line(500), base64: z.string().max(170_000_000) })).min(1).max(300) }),
  'consolidations.removeInput': z.strictObject({ id, inputId: id }),
  /** The higher unit's report from the consolidation: the figures added up, the per-unit phụ lục. Errors: validation (no Bộ chỉ tiêu, no report received). */
  'consolidations.makeReport': z.strictObject({ id, templateId: line(100), profile: z.enum(PROFILE_IDS).optional() }),
  /** For a part of a report made by a consolidation: the units' texts of the same part, or null. */
  'consolidations.narrative': z.strictObject({ reportId: id, sectionId: id }),
  /** "Xuất bản trình": a Word file tagged with the report's id and the bản trình's number; the report becomes Đã trình. */
  'submissions.export': z.strictObject({ id }),
  /**
   * "Nhận bản đã sửa": the file that came back, matched to its report and bản trình, read, and
   * compared: the changes to accept or reject (nothing is saved). Errors: unsupported_file.
   */
  'submissions.review': z.strictObject({ fileName: line(500), base64: z.string().max(90_000_000) }),
  /** Applies the accepted changes (by id, from a review of the same file); the rest stay as they are. */
  'submissions.apply': z.strictObject({ fileName: line(500), base64: z.string().max(90_000_000), accept: z.array(line(20)).max(100_000) }),
  /** Đã duyệt, or Đã phát hành with the số and ngày the văn thư gave; back to Đang soạn. Errors: validation. */
  'reports.setState': z.strictObject({ id, state: z.enum(['drafting', 'approved', 'published']), number: line(20).optional(), date: isoDateSchema.optional() }),
  /** The report's changes of state and bản trình, oldest first. */
  'reports.events': z.strictObject({ id }),
  /** "Tạo phiên bản mới" of a published report: a draft copy to change, the published one untouched. */
  'reports.newVersion': z.strictObject({ id }),
  /** The unit's Bộ chỉ tiêu (own and received). */
  'indicatorSets.list': z.strictObject({}),
  /** Saves a set (new without id; a set of the same name and issuer is replaced). Errors: validation (with what to fix). */
  'indicatorSets.save': z.strictObject({ id: id.optional(), set: z.unknown() }),
  /** Errors: not_found. */
  'indicatorSets.delete': z.strictObject({ id }),
  /** Saves a reviewed import as a new report; history notes the file it came from. Errors: unsupported_file (with the bad field). */
  'library.saveImport': z.strictObject({ fileName: line(500), json: z.string().max(50_000_000) }),
  /** One whole report. Errors: not_found. */
  'reports.get': z.strictObject({ id }),
  /** A new report from a template. Errors: validation (unknown template). */
  'reports.create': z.strictObject({
    templateId: line(100),
    profile: z.enum(PROFILE_IDS),
    period: line(200),
  }),
  /**
   * "Tạo từ báo cáo kỳ trước": a new report for the next period from this one — same header with
   * số and ngày cleared and the period moved on, same parts with their content, indicator
   * tables rolled over. Errors: not_found.
   */
  'reports.createFromPrevious': z.strictObject({ id }),
  /** Where each part and the report's details stand: an open window polls this to see another window's saves. */
  'reports.revisions': z.strictObject({ id }),
  /** Saves header, signer, recipients, profile or period (any subset). Errors: not_found, conflict (details: the stored report). */
  'reports.updateMeta': z.strictObject({
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
  /** "Xóa": moves a report to the Thùng rác, deleted for good 30 days later. Errors: not_found. */
  'reports.delete': z.strictObject({ id }),
  /** The report as a `baocao.report/1` JSON file. Errors: not_found. */
  'reports.exportJson': z.strictObject({ id }),
  /** Every readable report as a `baocao.report/1` file, in one .zip ("Xuất tất cả", also from a damaged file). */
  'reports.exportAll': z.strictObject({}),
  /** A new report from a `baocao.report/1` file. Errors: unsupported_file (with the bad field's path). */
  'reports.importJson': z.strictObject({ json: z.string().max(50_000_000) }),
  /** Saves one part's title and/or content. Errors: not_found, conflict (details: the stored part). */
  'sections.update': z.strictObject({
    reportId: id,
    sectionId: id,
    baseRevision: revision,
    title: line().optional(),
    blocks: z.array(contentBlock).max(10_000).optional(),
  }),
  /**
   * Settles a conflict on one part: "mine" saves the clerk's version over the stored one, "theirs"
   * keeps the stored one; either way the version not kept goes to the part's history.
   * Errors: not_found, conflict (the part changed again meanwhile).
   */
  'sections.resolveConflict': z.strictObject({
    reportId: id,
    sectionId: id,
    baseRevision: revision,
    keep: z.enum(['mine', 'theirs']),
    title: line(),
    blocks: z.array(contentBlock).max(10_000),
  }),
  /** Adds a part (parentId null) or a sub-item at the end of its parent. Errors: not_found, validation (too deep), conflict. */
  'sections.add': z.strictObject({
    reportId: id,
    baseStructureRevision: revision,
    parentId: id.nullable(),
    title: line(),
    role: z.enum(SECTION_ROLES).optional(),
  }),
  /** Adds several sub-items at once, in order (one per task of the document under review). Errors: not_found, validation. */
  'sections.addMany': z.strictObject({
    reportId: id,
    baseStructureRevision: revision,
    parentId: id.nullable(),
    titles: z.array(line()).min(1).max(200),
    role: z.enum(SECTION_ROLES).optional(),
  }),
  /** Moves a part one place up or down among its siblings. Errors: not_found. */
  'sections.move': z.strictObject({ reportId: id, sectionId: id, baseStructureRevision: revision, direction: z.enum(['up', 'down']) }),
  /** Removes a part with its sub-items; refused when the part was edited elsewhere since it was read. Errors: not_found, conflict. */
  'sections.remove': z.strictObject({ reportId: id, sectionId: id, baseStructureRevision: revision, baseRevision: revision }),
  /** The snapshots of one part, newest first. Errors: not_found. */
  'history.list': z.strictObject({ reportId: id, sectionId: id }),
  /** One snapshot's content. Errors: not_found. */
  'history.get': z.strictObject({ reportId: id, revisionId: id }),
  /** Puts a snapshot back; what was there is snapshotted first, so the restore can be undone. Errors: not_found. */
  'history.restore': z.strictObject({ reportId: id, sectionId: id, revisionId: id, baseRevision: revision }),
  /** The Word file. Errors: not_found, validation (what is missing for a valid file). */
  'export.docx': z.strictObject({ id, tableOfContents: z.boolean().optional() }),
  /** "Đơn vị của tôi", or null before it has been set up. */
  'organization.get': z.strictObject({}),
  /** Saves "Đơn vị của tôi"; new reports start from it. */
  'organization.save': z.strictObject({
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
  /** The words of the personal dictionary, sorted. */
  'dictionary.list': z.strictObject({}),
  /** Adds a word the spell checker must accept. */
  'dictionary.add': z.strictObject({ word: line(100) }),
  /** Takes back a word added by mistake; a word not in the dictionary is not an error. */
  'dictionary.remove': z.strictObject({ word: line(100) }),
  /** Checks any .docx against a thể thức ("auto" recognises it). Errors: unsupported_file (not a .docx). */
  'checker.checkDocx': z.strictObject({
    fileName: line(500),
    base64: z.string().max(70_000_000),
    profile: z.union([z.enum(PROFILE_IDS), z.literal('auto')]),
  }),
} as const;

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

export interface ApiResults {
  'app.info': AppInfo;
  'data.backup': BackupInfo & { count: number };
  'backups.list': BackupInfo[];
  'backups.restore': { reports: number; keptAs: string | null };
  'reports.revisions': RevisionState;
  'sections.resolveConflict': { revision: number; title: string; blocks: Block[] };
  'templates.list': TemplateInfo[];
  'templates.saveFromReport': TemplateInfo;
  'templates.delete': null;
  'reports.list': ReportSummary[];
  'reports.page': { items: ReportSummary[]; total: number; /** The units the shelf's received reports came from, for the list's filter. */ senders: string[] };
  'reports.search': SearchResult;
  'reports.archive': null;
  'reports.restore': null;
  'reports.deleteForever': null;
  'library.readWord': ImportDraft & { fileName: string };
  'library.saveImport': Report;
  'indicatorSets.list': StoredIndicatorSet[];
  'consolidations.list': ConsolidationSummary[];
  'consolidations.create': ConsolidationView;
  'consolidations.get': ConsolidationView;
  'consolidations.update': ConsolidationView;
  'consolidations.addInputs': { view: ConsolidationView; added: string[]; refused: { fileName: string; reason: string }[] };
  'consolidations.removeInput': ConsolidationView;
  'consolidations.makeReport': Report;
  'consolidations.narrative': NarrativePart | null;
  'submissions.export': { fileName: string; base64: string; number: number };
  'submissions.review': SubmissionReview;
  'submissions.apply': { report: Report; placedAtEnd: string[] };
  'reports.setState': Report;
  'reports.events': ReportEvent[];
  'reports.newVersion': Report;
  'packages.make': { fileName: string; base64: string; revision: number; withWord: boolean };
  'packages.receive': ReceiveResult;
  'reports.versions': ReportVersionInfo[];
  'reports.openVersion': Report;
  'reports.attachments': { name: string; base64: string }[];
  'indicatorSets.save': StoredIndicatorSet;
  'indicatorSets.delete': null;
  'reports.get': Report;
  'reports.create': Report;
  'reports.createFromPrevious': Report;
  'reports.updateMeta': SavedAt;
  'reports.delete': null;
  'reports.exportJson': { fileName: string; json: string };
  /** `failed`: the reports that could not be read, each "trích yếu: why". */
  'reports.exportAll': { fileName: string; base64: string; exported: number; failed: string[] };
  'reports.importJson': Report;
  'sections.update': SavedAt;
  'sections.add': { report: Report; section: SectionNode };
  'sections.addMany': Report;
  'history.list': RevisionSummary[];
  'history.get': { sectionId: string; title: string; blocks: Block[]; createdAt: string };
  'history.restore': Report;
  'sections.move': Report;
  'sections.remove': Report;
  'export.docx': ExportedFile;
  'checker.checkDocx': CheckReport & { fileName: string };
  'organization.get': Organization | null;
  'dictionary.list': string[];
  'dictionary.add': string[];
  'dictionary.remove': string[];
  'organization.save': Organization;
}

export type ApiResult<M extends ApiMethod> = ApiResults[M];

/**
 * What works while the data file is damaged (read-only salvage) or refused: reading, exporting
 * what can be read, and restoring a backup. Everything else is refused before it runs.
 */
export const READ_ONLY_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'app.info', 'backups.list', 'backups.restore', 'templates.list', 'reports.list', 'reports.page', 'reports.search', 'library.readWord', 'indicatorSets.list', 'reports.versions', 'reports.attachments', 'consolidations.list', 'consolidations.get', 'consolidations.narrative', 'submissions.review', 'reports.events', 'reports.get', 'reports.revisions',
  'reports.exportJson', 'reports.exportAll', 'history.list', 'history.get', 'export.docx', 'organization.get', 'dictionary.list', 'checker.checkDocx',
]);

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
  printPdf(fileName: string, properties: { title: string; author: string; subject: string }): Promise<Envelope<{ saved: boolean; path?: string; viaPrintDialog?: boolean }>>;
}
