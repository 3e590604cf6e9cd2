/** "Xuất tất cả": every readable report as its own report file, in one .zip; the unreadable ones named (also from a damaged file). */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import { reportFileName } from '#shared/domain/report-file-name';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { findTemplate } from '#shared/domain/templates';
import { uniqueSafeNames } from '#shared/package-format/attachment-names';
import type { ReportStore } from '../stores/report/report-store';
import { zip } from '../zip/write-zip';

export function exportAllHandler(store: ReportStore, today: () => Date): Pick<Handlers, 'library.exportAll'> {
  return {
    'library.exportAll': async () => {
      const files: { name: string; content: string }[] = [];
      const failed: string[] = [];
      for (const summary of await store.shelves.list()) {
        try {
          const report = await store.get(summary.id);
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
      return {
        fileName: `bao-cao-doc-duoc-${now.toISOString().slice(0, 10)}.zip`,
        base64: Buffer.from(bytes).toString('base64'),
        exported: files.length,
        failed,
      };
    },
  };
}
