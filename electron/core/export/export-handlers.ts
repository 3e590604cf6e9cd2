/** export.docx: checks that the report can make a valid file, then writes it. export.xlsx: the report's tables for Excel. */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import { describeBlockers, exportBlockers } from '#shared/domain/export-blockers';
import { reportFileName } from '#shared/domain/report-file-name';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { findTemplate } from '#shared/domain/templates';
import type { Library } from '../stores/library';
import { exportReportDocx } from './export-docx';
import { exportTablesXlsx } from './tables-xlsx';
import { reportMessages } from '#shared/messages/reports';

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function exportHandlers(library: Library, today: () => Date): Pick<Handlers, 'export.docx' | 'export.xlsx'> {
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
    'export.xlsx': async ({ id }) => {
      const report = await store.get(id);
      const workbook = await exportTablesXlsx(report, report.header.issuingBody.replace(/\s+/g, ' ').trim());
      if (!workbook) throw new AppError('validation', reportMessages.noTables);
      return {
        fileName: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'bang-so-lieu.xlsx'),
        base64: toBase64(workbook.bytes),
        tables: workbook.tables,
      };
    },
  };
}
