/**
 * Report → .docx bytes. The same function serves the app, the CLI and the benchmark; the
 * host decides where the bytes go (save dialog, download, file).
 */
import { Document, Packer } from 'docx';
import type { ReportFile } from '../../../shared/report-format/schema';
import { bodyBlocks } from './docx/body';
import { headerBlock } from './docx/header-block';
import { pageNumberHeaders, pageProperties } from './docx/page-setup';
import { signatureBlock } from './docx/signature-block';
import { documentStyles } from './docx/styles';
import { titleBlock } from './docx/title-block';
import { buildExportView, type ExportView } from './view-model';

export interface ExportResult {
  bytes: Uint8Array;
  omittedEmptyParts: string[];
}

export function buildDocument(view: ExportView): Document {
  return new Document({
    creator: 'Soạn Báo Cáo',
    title: view.summary.text || view.docType.text,
    styles: documentStyles(view.profile),
    sections: [
      {
        properties: pageProperties(view.profile),
        headers: pageNumberHeaders(view.profile),
        children: [headerBlock(view), ...titleBlock(view), ...bodyBlocks(view), ...signatureBlock(view)],
      },
    ],
  });
}

export async function exportReportDocx(report: ReportFile, today: Date): Promise<ExportResult> {
  const view = buildExportView(report, today);
  const buffer = await Packer.toBuffer(buildDocument(view));
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), omittedEmptyParts: view.omittedEmptyParts };
}
