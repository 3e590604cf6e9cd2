/**
 * Writing and reading report packages (.baocao). Reading verifies before anything is stored:
 * the zip's names and sizes (bounded reader: no paths outside the package, no zip bombs), the
 * manifest against its schema, every entry against its size and sha256, no entry the manifest
 * does not list, the report against the report format, the indicator set against its format.
 * Anything off refuses the whole package with a message that says what to do.
 */
import { AppError } from '#shared/contract/errors';
import {
  ATTACHMENTS_FOLDER,
  INDICATORS_ENTRY,
  MANIFEST_ENTRY,
  manifestSchema,
  PACKAGE_FORMAT_ID,
  REPORT_ENTRY,
  type PackageManifest,
} from '#shared/package-format/manifest';
import { readReportFile, describeProblems } from '#shared/report-format/read-report-file';
import type { ReportFile } from '#shared/report-format/schema';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { zip } from '../zip/write-zip';
import { ZipReader } from '../word-file/read-zip';
import { WORD_FILE_LIMITS } from '../word-file/read-limits';
import { checkIndicatorSet } from '#shared/domain/indicator-set';
import { reportJson, sha256Hex } from './report-hash';
import { uniqueSafeNames } from '#shared/package-format/attachment-names';
import { packageProblems, packageZipProblems } from '#shared/messages/packages';
import { MAX_ATTACHMENT_BYTES, MAX_PACKAGE_FILE_BYTES } from '#shared/contract/file-sizes';

/** A package carries one report, its Word file, a set and a few attachments (a signed PDF, an Excel annex). */
const PACKAGE_LIMITS = { ...WORD_FILE_LIMITS, maxEntries: 60, maxEntryBytes: MAX_ATTACHMENT_BYTES, maxTotalBytes: MAX_PACKAGE_FILE_BYTES } as const;

interface PackageContent {
  report: ReportFile;
  word?: { name: string; bytes: Uint8Array };
  indicators?: IndicatorSet;
  attachments: { name: string; bytes: Uint8Array }[];
}

interface PackageIdentity {
  appVersion: string;
  createdAt: Date;
  reportId: string;
  revision: number;
  lineage: string[];
}

export function writePackage(content: PackageContent, identity: PackageIdentity): { bytes: Uint8Array; manifest: PackageManifest } {
  const json = reportJson(content.report);
  const files: { name: string; kind: PackageManifest['entries'][number]['kind']; content: Uint8Array }[] = [
    { name: REPORT_ENTRY, kind: 'report', content: Buffer.from(json, 'utf8') },
  ];
  if (content.word) files.push({ name: content.word.name, kind: 'word', content: content.word.bytes });
  if (content.indicators)
    files.push({ name: INDICATORS_ENTRY, kind: 'indicators', content: Buffer.from(`${JSON.stringify(content.indicators, null, 2)}\n`, 'utf8') });
  const names = uniqueSafeNames(content.attachments.map((a) => a.name));
  content.attachments.forEach((a, i) => files.push({ name: `${ATTACHMENTS_FOLDER}${names[i]}`, kind: 'attachment', content: a.bytes }));
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT_ID,
    appVersion: identity.appVersion,
    createdAt: identity.createdAt.toISOString(),
    sender: {
      unit: content.report.header.issuingBody.replace(/\s+/g, ' ').trim(),
      ...(content.report.header.parentBody ? { parentBody: content.report.header.parentBody.replace(/\s+/g, ' ').trim() } : {}),
    },
    period: content.report.period ?? '',
    report: { id: identity.reportId, revision: identity.revision, hash: sha256Hex(json), lineage: identity.lineage.slice(-200) },
    entries: files.map((f) => ({ name: f.name, kind: f.kind, size: f.content.byteLength, sha256: sha256Hex(f.content) })),
  };
  const bytes = zip(
    [{ name: MANIFEST_ENTRY, content: `${JSON.stringify(manifest, null, 2)}\n` }, ...files.map((f) => ({ name: f.name, content: f.content }))],
    identity.createdAt,
  );
  return { bytes, manifest };
}

const refuse = (message: string) => new AppError('unsupported_file', message);

export interface ReadPackage extends PackageContent {
  manifest: PackageManifest;
}

export function readPackage(bytes: Uint8Array): ReadPackage {
  const zipFile = new ZipReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), PACKAGE_LIMITS, packageZipProblems);
  const manifestBytes = zipFile.read(MANIFEST_ENTRY);
  if (!manifestBytes) throw refuse(zipFile.names().length === 0 ? packageProblems.notPackage : packageProblems.badManifest);
  let raw: unknown;
  try {
    raw = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    throw refuse(packageProblems.badManifest);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format.startsWith('baocao.package/') && format !== PACKAGE_FORMAT_ID) throw refuse(packageProblems.newer(format));
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw refuse(packageProblems.badManifest);
  const manifest = parsed.data;

  const listed = new Set(manifest.entries.map((e) => e.name));
  for (const name of zipFile.names()) if (name !== MANIFEST_ENTRY && !name.endsWith('/') && !listed.has(name)) throw refuse(packageProblems.unlisted(name));
  const entries = new Map<string, Buffer>();
  for (const entry of manifest.entries) {
    const data = zipFile.read(entry.name);
    if (!data) throw refuse(packageProblems.missing(entry.name));
    if (data.length !== entry.size || sha256Hex(data) !== entry.sha256) throw refuse(packageProblems.altered(entry.name));
    entries.set(entry.name, data);
  }
  const reportEntry = manifest.entries.find((e) => e.kind === 'report');
  if (!reportEntry) throw refuse(packageProblems.missing(REPORT_ENTRY));
  const reportText = entries.get(reportEntry.name)!.toString('utf8');
  if (sha256Hex(reportText) !== manifest.report.hash) throw refuse(packageProblems.altered(reportEntry.name));
  const result = readReportFile(reportText);
  if (!result.ok) throw refuse(packageProblems.badReport(describeProblems(result.problems)));

  const wordEntry = manifest.entries.find((e) => e.kind === 'word');
  const indicatorsEntry = manifest.entries.find((e) => e.kind === 'indicators');
  let indicators: IndicatorSet | undefined;
  if (indicatorsEntry) {
    try {
      indicators = checkIndicatorSet(JSON.parse(entries.get(indicatorsEntry.name)!.toString('utf8')));
    } catch (error) {
      throw refuse(packageProblems.badReport(`bộ chỉ tiêu kèm theo không đọc được (${(error as Error).message})`));
    }
  }
  return {
    manifest,
    report: result.report,
    ...(wordEntry ? { word: { name: wordEntry.name, bytes: entries.get(wordEntry.name)! } } : {}),
    ...(indicators ? { indicators } : {}),
    attachments: receivedAttachments(manifest, entries),
  };
}

/** The attachments under names safe on the clerk's PC: the sender's program may have written any name at all. */
function receivedAttachments(manifest: PackageManifest, entries: Map<string, Buffer>): { name: string; bytes: Buffer }[] {
  const listed = manifest.entries.filter((e) => e.kind === 'attachment');
  const names = uniqueSafeNames(listed.map((e) => (e.name.startsWith(ATTACHMENTS_FOLDER) ? e.name.slice(ATTACHMENTS_FOLDER.length) : e.name)));
  return listed.map((e, i) => ({ name: names[i] as string, bytes: entries.get(e.name)! }));
}
