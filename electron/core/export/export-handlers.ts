/** export.docx: checks that the report can make a valid file, then writes it. */
import type { Handlers } from '../dispatcher';
import { AppError } from '../../../shared/contract/errors';
import { describeBlockers, exportBlockers } from '../../../shared/domain/export-blockers';
import { reportFileName } from '../../../shared/domain/report-file-name';
import { reportToFile } from '../../../shared/domain/report-file-mapping';
import { findTemplate } from '../../../shared/domain/templates';
import type { HistoryStore } from '../reports/history-store';
import type { ReportStore } from '../reports/report-store';
import { exportReportDocx } from './export-docx';
import { zip } from './ooxml/zip';
import { uniqueSafeNames } from '../../../shared/package-format/attachment-names';

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function exportHandlers(store: ReportStore, today: () => Date, history: HistoryStore): Pick<Handlers, 'export.docx' | 'reports.exportAll'> {
  return {
    // One download for the whole library: each readable report as its own .json, the unreadable ones named.
    'reports.exportAll': () => {
      const files: { name: string; content: string }[] = [];
      const failed: string[] = [];
      for (const summary of store.shelves.list()) {
        try {
          const report = store.get(summary.id);
          files.push({
            name: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'json'),
            content: `${JSON.stringify(reportToFile(report), null, 2)}\n`,
          });
        } catch (error) {
          failed.push(`${summary.title || summary.id}: ${error instanceof AppError ? error.message : 'không đọc được'}`);
        }
      }
      const names = uniqueSafeNames(files.map((f) => f.name));
      const now = today();
      const bytes = zip(
        files.map((f, i) => ({ name: names[i] as string, content: f.content })),
        now,
      );
      return { fileName: `bao-cao-doc-duoc-${now.toISOString().slice(0, 10)}.zip`, base64: toBase64(bytes), exported: files.length, failed };
    },
    'export.docx': async ({ id, tableOfContents }) => {
      const report = store.get(id);
      const blockers = exportBlockers(report);
      if (blockers.length > 0) throw new AppError('validation', describeBlockers(blockers));
      // What went into this Word file can always be found again in each part's history.
      history.snapshotReport(id, 'export');
      const { bytes, omittedEmptyParts } = await exportReportDocx(reportToFile(report), today(), { reportId: id, tableOfContents });
      return {
        fileName: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'docx'),
        base64: toBase64(bytes),
        omittedEmptyParts,
      };
    },
  };
}
