/**
 * `baocao pack <báo-cáo.json|tệp.docx> -o <tệp.baocao>`: a report package made on the command
 * line. A report file keeps the same id from one pack to the next (derived from its unit, kind,
 * period and trích yếu), so a receiver sees a later pack of the same report as a new revision.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeProblems, readReportFile } from '#shared/report-format/read-report-file';
import { exportBlockers } from '#shared/domain/export-blockers';
import { contentFromFile, normalizedFile } from '#shared/domain/report-file-mapping';
import type { ReportFile } from '#shared/report-format/schema';
import { exportReportDocx } from '../core/export/export-docx';
import { writePackage } from '../core/packages/package-file';
import { sha256Hex } from '../core/packages/report-hash';
import { APP_VERSION } from '../core/version';
import { importWordFile, parseInputOutput } from './import-command';
import { BadInput, EXIT_OK, readInputFile, type CliIo, inFile, errorCode } from './cli-io';
import { commandLineMessages } from '#shared/messages/command-line';

/** A report file's lasting id: the same report packed again is the same report. */
function fileReportId(file: ReportFile): string {
  return `tep-${sha256Hex([file.header.issuingBody, file.kind ?? '', file.period ?? '', file.header.summary].join('\n')).slice(0, 32)}`;
}

export async function packCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { input, output } = parseInputOutput(args, { input: 'tệp báo cáo (.json hoặc .docx) cần đóng gói', extension: '.baocao' });
  let report: ReportFile;
  let word: { name: string; bytes: Uint8Array } | undefined;
  if (/\.docx?$/i.test(input)) {
    report = normalizedFile((await importWordFile(input)).report);
    // The clerk's own Word file travels as it is.
    word = { name: basename(input), bytes: await readInputFile(input) };
  } else {
    const result = readReportFile((await readInputFile(input)).toString('utf8'));
    if (!result.ok) throw new BadInput(inFile(input, describeProblems(result.problems)));
    report = normalizedFile(result.report);
    if (exportBlockers(contentFromFile(report)).length === 0)
      word = { name: `${basename(input).replace(/\.json$/i, '')}.docx`, bytes: (await exportReportDocx(report, io.today())).bytes };
  }
  const { bytes, manifest } = writePackage(
    { report, ...(word ? { word } : {}), attachments: [] },
    { appVersion: APP_VERSION, createdAt: io.today(), reportId: fileReportId(report), revision: 1, lineage: [] },
  );
  try {
    await writeFile(output, bytes);
  } catch (error) {
    throw new BadInput(commandLineMessages.cannotWrite(output, errorCode(error)));
  }
  io.stdout(
    `Đã đóng gói ${input} → ${output} (${manifest.entries.length} phần: ${manifest.entries.map((e) => e.name).join(', ')}; đơn vị gửi “${manifest.sender.unit}”).`,
  );
  if (!word) io.stdout('Chưa kèm tệp Word: báo cáo còn chỗ cần điền trước khi xuất (chạy "baocao export" để xem).');
  return EXIT_OK;
}
