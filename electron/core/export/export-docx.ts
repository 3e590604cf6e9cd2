/**
 * Report → .docx bytes, built with the docx library from the export view model. The same
 * function serves the app, the CLI and the benchmark; the host decides where the bytes go (save
 * dialog, download, file).
 */
import { Document, Packer, type ISectionOptions, type Paragraph, type Table } from 'docx';
import type { ReportFile } from '#shared/report-format/schema';
import { buildExportView, type BodyItem, type ExportView } from '#shared/export-view/view-model';
import { textWidthMm } from '#shared/the-thuc/layout-profile';
import { applicationProperties, customProperties } from './document-properties';
import { addresseeBlock } from './docx/addressees';
import { appendixBlocks } from './docx/appendix';
import { bodyBlocks } from './docx/body';
import { headerBlock } from './docx/header-block';
import { section } from './docx/page-setup';
import { paragraph } from './docx/paragraph';
import { signatureBlock } from './docx/signature-block';
import { documentStyles, FONT } from './docx/styles';
import { tableOfContents } from './docx/table-of-contents';
import { titleBlock } from './docx/title-block';

interface ExportResult {
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

/**
 * The paragraph that ends a section: docx writes the section's properties into its last
 * paragraph (a table — the signature — cannot hold them). It is 1 pt tall: at a normal height it
 * spilled onto a page of its own when the signature ended the page, and a blank page stood before
 * the phụ lục (issue 20: 3 of 68 lengths).
 */
const sectionEnd = () => paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, markSize: 2 });

/**
 * The sections: one per orientation run of the body (the signature closes the last portrait
 * one), then one per phụ lục; the mục lục on a page of its own after everything, in the last.
 */
function sectionsOf(view: ExportView): ISectionOptions[] {
  const profile = view.profile;
  const chunks = chunkByOrientation(view.body);
  if (chunks.length === 0 || chunks[chunks.length - 1]?.landscape) chunks.push({ landscape: false, items: [] });
  const contents: { children: ISectionOptions['children']; options: Parameters<typeof section>[1] }[] = chunks.map((chunk, i) => ({
    children: [
      ...(i === 0 ? [headerBlock(view), ...titleBlock(view), ...addresseeBlock(view)] : []),
      ...bodyBlocks(chunk.items, view, textWidthMm(profile, chunk.landscape)),
      ...(i === chunks.length - 1 ? signatureBlock(view) : []),
    ],
    options: { first: i === 0, landscape: chunk.landscape },
  }));
  for (const appendix of view.appendices) {
    contents.push({ children: appendixBlocks(appendix, view, textWidthMm(profile)), options: { restartNumbering: true } });
  }
  const last = contents[contents.length - 1]!;
  last.children = [...last.children, ...tableOfContents(view)];
  return contents.map((c, i) => section(profile, c.options, i === contents.length - 1 ? c.children : [...(c.children as (Paragraph | Table)[]), sectionEnd()]));
}

interface ExportOptions {
  /** The library's id of the report, written as a custom document property. */
  reportId?: string;
  /** Add "Mục lục" at the end (long tổng kết reports). */
  tableOfContents?: boolean;
  /** A bản trình's number, written as a custom document property. */
  submission?: number;
}

export async function exportReportDocx(report: ReportFile, today: Date, options: ExportOptions = {}): Promise<ExportResult> {
  const view = buildExportView(report, today, { tableOfContents: options.tableOfContents });
  const issuingBody = report.header.issuingBody.replace(/\s+/g, ' ').trim();
  const document = new Document({
    title: view.summary.text || view.docType.text,
    subject: view.docType.text,
    creator: issuingBody,
    customProperties: customProperties(options.reportId, options.submission),
    // Word fills the mục lục's page numbers when it opens the file.
    features: view.tableOfContents ? { updateFields: true } : undefined,
    styles: documentStyles(view.profile),
    // Theme fonts, if any reader falls back to them, are Times New Roman too.
    theme: { fonts: { headings: FONT, body: FONT } },
    sections: sectionsOf(view),
  });
  const bytes = await Packer.pack(document, 'uint8array', undefined, [applicationProperties(issuingBody)]);
  return { bytes, omittedEmptyParts: view.omittedEmptyParts };
}
