/** Broken Word files for the checker's corpus: our own export with one part of its XML edited. */
import JSZip from 'jszip';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import type { ReportFile } from '#shared/report-format/schema';

export const TODAY = new Date('2026-06-05T08:00:00');

export async function exported(report: ReportFile): Promise<Uint8Array> {
  return (await exportReportDocx(report, TODAY)).bytes;
}

export type Edit = (xml: string) => string;

/** A broken file of the checker's corpus: a report exported, one part edited, the one finding expected. */
export interface Defect {
  name: string;
  report: () => ReportFile;
  part: string;
  edit: Edit;
  finding: string;
  /** Also rewritten by LibreOffice: the finding must survive another writer's XML. */
  libreOffice?: boolean;
}

/** Applies `edit` to a part of the package (`word/document.xml`, `word/styles.xml`, or `header` for the page-number header). */
export async function mutate(bytes: Uint8Array, part: string, edit: Edit): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = part === 'header' ? Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)) : [part];
  let changed = false;
  for (const name of names) {
    const xml = await zip.file(name)!.async('string');
    const next = edit(xml);
    if (next !== xml) {
      zip.file(name, next);
      changed = true;
    }
  }
  if (!changed) throw new Error(`the edit changed nothing in ${part}`);
  return zip.generateAsync({ type: 'uint8array' });
}

export const replace =
  (from: string | RegExp, to: string): Edit =>
  (xml) =>
    xml.replace(from, to);

/** Edits only the first element `<w:tag>…</w:tag>` whose text holds `marker`. */
export const inElementWith =
  (tag: 'w:tbl' | 'w:p' | 'w:tr', marker: string, edit: Edit): Edit =>
  (xml) => {
    const at = xml.indexOf(marker);
    if (at < 0) return xml;
    const start = xml.lastIndexOf(`<${tag}>`, at);
    const end = xml.indexOf(`</${tag}>`, at) + tag.length + 3;
    return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
  };
