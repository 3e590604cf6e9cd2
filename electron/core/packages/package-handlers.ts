/** Handlers for packages.* and a report's kept versions and attachments. */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { exportBlockers } from '#shared/domain/export-blockers';
import { contentFromFile } from '#shared/domain/report-file-mapping';
import { reportFileStem } from '#shared/domain/report-file-name';
import { findTemplate } from '#shared/domain/templates';
import type { ReportFile } from '#shared/report-format/schema';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { PACKAGE_EXTENSION } from '#shared/package-format/manifest';
import { exportReportDocx } from '../export/export-docx';
import { createReportFromJson } from '../reports/report-handlers';
import type { Library } from '../stores/library';
import { readPackage, writePackage } from './package-file';
import { receivePackage } from './receive-package';
import { reportHash } from './report-hash';
import { packageProblems } from '#shared/messages/packages';
import { MAX_PACKAGE_FILE_BYTES } from '#shared/contract/file-sizes';

/** What a package keeps free for the report, its Word file and the manifest beside the attachments. */
const ROOM_FOR_REPORT_BYTES = 16 * 1024 * 1024;

type PackageHandlers = Pick<Handlers, 'packages.make' | 'packages.receive' | 'packages.versions' | 'packages.openVersion' | 'packages.attachments'>;

/** The codes a report's indicator rows use. */
function usedIndicatorCodes(file: ReportFile): Set<string> {
  const codes = new Set<string>();
  const visit = (blocks: ReportFile['opening']) => {
    for (const b of blocks ?? []) if (b.type === 'indicators') for (const r of b.rows) if (r.code) codes.add(r.code);
  };
  const walk = (sections: ReportFile['sections']) => sections.forEach((s) => (visit(s.blocks), walk(s.children ?? [])));
  visit(file.opening);
  walk(file.sections);
  visit(file.closing);
  (file.appendices ?? []).forEach((a) => visit(a.blocks));
  return codes;
}

/** The set that defines the most of the codes used (a report follows one Bộ chỉ tiêu). */
function setForReport(file: ReportFile, sets: readonly IndicatorSet[]): IndicatorSet | undefined {
  const used = usedIndicatorCodes(file);
  if (used.size === 0) return undefined;
  const scored = sets.map((set) => ({ set, covered: set.indicators.filter((d) => used.has(d.code)).length })).filter((s) => s.covered > 0);
  return scored.sort((a, b) => b.covered - a.covered)[0]?.set;
}

interface PackageDeps {
  library: Library;
  clock: () => Date;
  appVersion: string;
}

/** Makes a package of a stored report and records the version as sent. */
async function packReport(
  deps: PackageDeps,
  id: string,
  attachments: { name: string; bytes: Uint8Array }[] = [],
): Promise<{ fileName: string; bytes: Uint8Array; revision: number; withWord: boolean }> {
  const { library } = deps;
  const report = await library.reports.get(id);
  const file = reportToFile(report);
  const hash = reportHash(file);
  const last = await library.shares.lastRevision(id);
  const revision = last === null ? 1 : last.hash === hash ? last.revision : last.revision + 1;
  const stem = reportFileStem(report, findTemplate(report.kind)?.fileNameStem);
  // A draft still travels; its Word file only when it can be exported as it is.
  const exportable = exportBlockers(contentFromFile(file)).length === 0;
  const word = exportable ? { name: `${stem}.docx`, bytes: (await exportReportDocx(file, deps.clock(), { reportId: id })).bytes } : undefined;
  // What the content descends from — never a version seen and not kept, which a receiver could take for an ancestor.
  const lineage = (await library.shares.lineage(id)).filter((h) => h !== hash);
  const indicators = setForReport(
    file,
    (await library.indicatorSets.list()).map((s) => s.set),
  );
  const { bytes } = writePackage(
    { report: file, ...(word ? { word } : {}), ...(indicators ? { indicators } : {}), attachments },
    { appVersion: deps.appVersion, createdAt: deps.clock(), reportId: id, revision, lineage },
  );
  await library.transaction(async (tx) => {
    await tx.shares.record(id, hash, revision, 'sent', file.header.issuingBody);
    // Whatever is written next descends from the version just sent.
    await tx.shares.addLineage(id, [hash]);
  });
  return { fileName: `${stem}${PACKAGE_EXTENSION}`, bytes, revision, withWord: word !== undefined };
}

export function packageHandlers(deps: PackageDeps): PackageHandlers {
  return {
    'packages.make': async ({ id, attachments }) => {
      const files = (attachments ?? []).map((a) => ({ name: a.name, bytes: Buffer.from(a.base64, 'base64') }));
      // A package the receivers' readers would refuse is not made: the attachments leave room for the report and its Word file.
      const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
      if (total > MAX_PACKAGE_FILE_BYTES - ROOM_FOR_REPORT_BYTES) throw new AppError('validation', packageProblems.attachmentsTooLarge);
      const made = await packReport(deps, id, files);
      return { fileName: made.fileName, base64: Buffer.from(made.bytes).toString('base64'), revision: made.revision, withWord: made.withWord };
    },
    'packages.receive': ({ base64, choice, theirs }) => receivePackage(deps.library, readPackage(Buffer.from(base64, 'base64')), choice, theirs),
    'packages.versions': ({ id }) => deps.library.shares.versions(id),
    'packages.openVersion': async ({ versionId }) => {
      const version = await deps.library.shares.version(versionId);
      if (!version) throw new AppError('not_found', packageProblems.versionNotFound);
      return deps.library.reports.get(await createReportFromJson(deps.library.reports, version.json));
    },
    'packages.attachments': async ({ id }) =>
      (await deps.library.shares.attachments(id)).map((a) => ({ name: a.name, base64: Buffer.from(a.bytes).toString('base64') })),
  };
}
