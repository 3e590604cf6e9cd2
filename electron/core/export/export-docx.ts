/**
 * Report → .docx bytes. The same function serves the app, the CLI and the benchmark; the
 * host decides where the bytes go (save dialog, download, file).
 */
import type { ReportFile } from '../../../shared/report-format/schema';
import { addresseeBlock } from './docx/addressees';
import { appendixXml } from './docx/appendix';
import { bodyXml } from './docx/body';
import { headerBlock } from './docx/header-block';
import { headerParts, sectionXml } from './docx/page-setup';
import { textWidthMm } from '../../../shared/the-thuc/layout-profile';
import { signatureBlock } from './docx/signature-block';
import { stylesXml } from './docx/styles';
import { tableOfContents } from './docx/table-of-contents';
import { titleBlock } from './docx/title-block';
import { paragraph } from './ooxml/paragraph';
import { packDocx } from './ooxml/package';
import { buildExportView, type BodyItem, type ExportView } from '../../../shared/export-view/view-model';

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

/**
 * The w:body: one section per orientation run of the body (the signature closes the last
 * portrait one), then one per phụ lục. A section ends with a paragraph carrying its sectPr;
 * the last section's sectPr closes the body.
 */
export function bodyOf(view: ExportView): string {
  const profile = view.profile;
  const chunks = chunkByOrientation(view.body);
  if (chunks.length === 0 || chunks[chunks.length - 1]?.landscape) chunks.push({ landscape: false, items: [] });
  const sections: { content: string; sectPr: string }[] = chunks.map((chunk, i) => ({
    content:
      (i === 0 ? headerBlock(view) + titleBlock(view) + addresseeBlock(view) : '') +
      bodyXml(chunk.items, view, textWidthMm(profile, chunk.landscape)) +
      (i === chunks.length - 1 ? signatureBlock(view) : ''),
    sectPr: sectionXml(profile, { first: i === 0, landscape: chunk.landscape }),
  }));
  for (const appendix of view.appendices) {
    sections.push({ content: appendixXml(appendix, view, textWidthMm(profile)), sectPr: sectionXml(profile, { restartNumbering: true }) });
  }
  // Mục lục on a page of its own after everything, in the last section.
  const last = sections[sections.length - 1]!;
  last.content += tableOfContents(view);
  return sections.map((s, i) => (i === sections.length - 1 ? s.content + s.sectPr : s.content + sectionBreak(s.sectPr))).join('');
}

/**
 * The paragraph that ends a section (a table — the signature — cannot hold its sectPr). It is 1 pt
 * tall: at a normal height it spilled onto a page of its own when the signature ended the page,
 * and a blank page stood before the phụ lục (issue 20: 3 of 68 lengths).
 */
function sectionBreak(sectPr: string): string {
  return paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, markSize: 2, sectPr });
}

export interface ExportOptions {
  /** The library's id of the report, written as a custom document property. */
  reportId?: string;
  /** Add "Mục lục" at the end (long tổng kết reports). */
  tableOfContents?: boolean;
  /** A bản trình's number, written as a custom document property. */
  submission?: number;
}

export async function exportReportDocx(report: ReportFile, today: Date, options: ExportOptions = {}): Promise<ExportResult> {
  const view = buildExportView(report, today, { tableOfContents: options.tableOfContents });
  const bytes = packDocx({
    body: bodyOf(view),
    styles: stylesXml(view.profile),
    updateFieldsOnOpen: view.tableOfContents !== null,
    headers: headerParts(view.profile),
    properties: {
      title: view.summary.text || view.docType.text,
      subject: view.docType.text,
      creator: report.header.issuingBody.replace(/\s+/g, ' ').trim(),
      reportId: options.reportId,
      submission: options.submission,
      created: today,
    },
  });
  return { bytes, omittedEmptyParts: view.omittedEmptyParts };
}
