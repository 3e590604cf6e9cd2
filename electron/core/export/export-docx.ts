/**
 * Report → .docx bytes. The same function serves the app, the CLI and the benchmark; the
 * host decides where the bytes go (save dialog, download, file).
 */
import { Document, Packer, type ISectionOptions, type Paragraph, type Table } from 'docx';
import type { ReportFile } from '../../../shared/report-format/schema';
import { bodyBlocks } from './docx/body';
import { headerBlock } from './docx/header-block';
import { addresseeBlock } from './docx/addressees';
import { appendixBlocks } from './docx/appendix';
import { pageNumberHeaders, pageProperties, textWidthMm } from './docx/page-setup';
import { signatureBlock } from './docx/signature-block';
import { documentStyles } from './docx/styles';
import { titleBlock } from './docx/title-block';
import { buildExportView, type BodyItem, type ExportView } from './view-model';

export interface ExportResult {
  bytes: Uint8Array;
  omittedEmptyParts: string[];
}

type Chunk = { landscape: boolean; items: BodyItem[] };

/** Splits the body where wide tables need a landscape page of their own. */
function chunkByOrientation(items: readonly BodyItem[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const item of items) {
    const landscape = item.kind === 'table' && item.landscape;
    const last = chunks[chunks.length - 1];
    if (last && last.landscape === landscape) last.items.push(item);
    else chunks.push({ landscape, items: [item] });
  }
  return chunks;
}

export function buildDocument(view: ExportView): Document {
  const profile = view.profile;
  const chunks = chunkByOrientation(view.body);
  if (chunks.length === 0 || chunks[chunks.length - 1]?.landscape) chunks.push({ landscape: false, items: [] });
  const sections: ISectionOptions[] = chunks.map((chunk, i) => {
    const width = textWidthMm(profile, chunk.landscape);
    const children: (Paragraph | Table)[] = [];
    if (i === 0) children.push(headerBlock(view), ...titleBlock(view), ...addresseeBlock(view));
    children.push(...bodyBlocks(chunk.items, width));
    if (i === chunks.length - 1) children.push(...signatureBlock(view));
    return {
      properties: pageProperties(profile, { first: i === 0, landscape: chunk.landscape }),
      // Later sections inherit these headers; only the first section shows no number on page 1.
      ...(i === 0 ? { headers: pageNumberHeaders(profile) } : {}),
      children,
    };
  });
  for (const appendix of view.appendices) {
    sections.push({
      properties: pageProperties(profile, { restartNumbering: true }),
      headers: pageNumberHeaders(profile),
      children: appendixBlocks(appendix, textWidthMm(profile)),
    });
  }
  return new Document({
    creator: 'Soạn Báo Cáo',
    title: view.summary.text || view.docType.text,
    styles: documentStyles(profile),
    sections,
  });
}

export async function exportReportDocx(report: ReportFile, today: Date): Promise<ExportResult> {
  const view = buildExportView(report, today);
  const buffer = await Packer.toBuffer(buildDocument(view));
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), omittedEmptyParts: view.omittedEmptyParts };
}
