/**
 * The one contract between the UI and the back end, joined from one file per feature — each
 * method's prefix is its feature's name, and its handler lives in electron/core/<feature>/
 * (`signOff.*` in sign-off/, `indicatorSets.*` in indicator-sets/): its argument schema (checked
 * by the dispatcher before any handler runs) and its result type. Transports (Electron IPC,
 * loopback HTTP) carry `{ method, args }` and the envelope and know nothing else.
 */
import type { z } from 'zod';
import type { Envelope } from './errors';
import { appApi } from './app';
import { backupsApi } from './backups';
import { checkerApi } from './checker';
import { consolidationsApi } from './consolidations';
import { dictionaryApi } from './dictionary';
import { exportApi } from './export';
import { historyApi } from './history';
import { indicatorSetsApi } from './indicator-sets';
import { libraryApi } from './library';
import { organizationApi } from './organization';
import { packagesApi } from './packages';
import { reportsApi } from './reports';
import { sectionsApi } from './sections';
import { serverApi } from './server';
import { signOffApi } from './sign-off';
import { templatesApi } from './templates';

export type { ReportState } from '../domain/report';
export type { AppInfo, DataState } from './app';
export type { BackupInfo } from './backups';
export type { ConsolidationInputInfo, ConsolidationSummary, ConsolidationView, FilledTemplate, SheetReview, TemplateSheets } from './consolidations';
export type { ExportedFile } from './export';
export type { StoredIndicatorSet } from './indicator-sets';
export type { PartDifference, ReceiveOutcome, ReceiveResult, ReportVersionInfo } from './packages';
export type { RevisionState, SavedAt } from './reports';
export type { ReportEvent, SubmissionReview } from './sign-off';
export type { TemplateInfo } from './templates';
export type { ServerAccountInfo, ServerRole, ServerStatus, UploadResult } from './server';

/** Every method of every feature. */
export const API = {
  ...appApi,
  ...backupsApi,
  ...templatesApi,
  ...libraryApi,
  ...reportsApi,
  ...sectionsApi,
  ...historyApi,
  ...exportApi,
  ...packagesApi,
  ...consolidationsApi,
  ...signOffApi,
  ...indicatorSetsApi,
  ...organizationApi,
  ...dictionaryApi,
  ...checkerApi,
  ...serverApi,
} as const;

export const apiArgSchemas = Object.fromEntries(Object.entries(API).map(([name, entry]) => [name, entry.args])) as {
  [M in keyof typeof API]: (typeof API)[M]['args'];
};

export type ApiMethod = keyof typeof apiArgSchemas;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgSchemas)[M]>;
export type ParsedApiArgs<M extends ApiMethod> = z.output<(typeof apiArgSchemas)[M]>;

type ApiResults = { [M in ApiMethod]: (typeof API)[M]['result'] };

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
