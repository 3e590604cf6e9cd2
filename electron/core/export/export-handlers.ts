/** export.docx: checks that the report can make a valid file, then writes it. */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import { describeBlockers, exportBlockers } from '#shared/domain/export-blockers';
import { reportFileName } from '#shared/domain/report-file-name';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { findTemplate } from '#shared/domain/templates';
import type { Library } from '../stores/library';
import { exportReportDocx } from './export-docx';

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function exportHandlers(library: Library, today: () => Date): Pick<Handlers, 'export.docx'> {
  const { reports: store, history } = library;
  return {
    'export.docx': async ({ id, tableOfContents }) => {
      const report = await store.get(id);
      const blockers = exportBlockers(report);
      if (blockers.length > 0) throw new AppError('validation', describeBlockers(blockers));
      // What went into this Word file can always be found again in each part's history.
      await history.snapshotReport(id, 'export');
      const { bytes, omittedEmptyParts } = await exportReportDocx(reportToFile(report), today(), { reportId: id, tableOfContents });
      return {
        fileName: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'docx'),
        base64: toBase64(bytes),
        omittedEmptyParts,
      };
    },
  };
}
