/**
 * Between the app's report (with ids) and the public file format (without them).
 * Export and import are inverse up to ids, times and the period, so a round trip keeps
 * every word and mark the clerk wrote.
 */
import { REPORT_FORMAT_ID, type FileSection, type ReportFile } from '../report-format/schema';
import { findPeriod } from './period';
import { blocksFromFile, blocksToFile, DEFAULT_DOC_TYPE, type Appendix, type Block, type Report, type SectionNode } from './report';
import type { SectionRole } from './vocabulary';

function sectionToFile(section: SectionContent): FileSection {
  return {
    role: section.role,
    title: section.title,
    blocks: blocksToFile(section.blocks),
    children: section.children.map(sectionToFile),
  };
}

export function reportToFile(report: Report): ReportFile {
  return {
    format: REPORT_FORMAT_ID,
    profile: report.profile,
    kind: report.kind,
    ...(report.period.trim() !== '' ? { period: report.period } : {}),
    ...(report.outline === 'parts' ? { outline: 'parts' as const } : {}),
    header: report.header,
    ...(report.opening.length > 0 ? { opening: blocksToFile(report.opening) } : {}),
    sections: report.sections.map(sectionToFile),
    ...(report.closing.length > 0 ? { closing: blocksToFile(report.closing) } : {}),
    ...(report.appendices.length > 0
      ? {
          appendices: report.appendices.map((a) => ({
            title: a.title,
            ...(a.reference ? { reference: a.reference } : {}),
            blocks: blocksToFile(a.blocks ?? []),
          })),
        }
      : {}),
    signature: report.signature,
    recipients: report.recipients,
  };
}

/** What the store keeps of a file (its details and parts), defaults filled as an import fills them. */
export function storedFromFile(file: ReportFile): {
  meta: Omit<Report, 'id' | 'kind' | 'sections' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision'>;
  sections: SectionContent[];
} {
  const content = contentFromFile(file);
  return {
    meta: {
      profile: file.profile,
      period: file.period ?? guessPeriod(file.header.summary),
      outline: file.outline ?? 'sections',
      header: { ...file.header, parentBody: file.header.parentBody ?? '', docType: file.header.docType ?? DEFAULT_DOC_TYPE },
      signature: file.signature,
      recipients: file.recipients,
      appendices: content.appendices,
      opening: content.opening,
      closing: content.closing,
    },
    sections: content.sections,
  };
}

/**
 * A file as the app would write it back after storing it (defaults filled, the plainest form of
 * each block): two files of the same report compare equal, whoever wrote them.
 */
export function normalizedFile(file: ReportFile): ReportFile {
  const { meta, sections } = storedFromFile(file);
  const toNode = (s: SectionContent): SectionNode => ({
    id: '',
    revision: 0,
    role: s.role,
    title: s.title,
    blocks: s.blocks,
    children: s.children.map(toNode),
  });
  return reportToFile({
    ...meta,
    id: '',
    kind: file.kind ?? 'khac',
    sections: sections.map(toNode),
    createdAt: '',
    updatedAt: '',
    revision: 0,
    structureRevision: 0,
  });
}

/** A part's content, from the app or from a file: no id yet. */
export interface SectionContent {
  role: SectionRole;
  title: string;
  blocks: Block[];
  children: SectionContent[];
}

function sectionFromFile(section: FileSection): SectionContent {
  return {
    role: section.role ?? 'other',
    title: section.title,
    blocks: blocksFromFile(section.blocks),
    children: (section.children ?? []).map(sectionFromFile),
  };
}

/** A report's content in the app's one shape: what the exporter and the export checks read. */
export type ReportContent = Omit<ReportFile, 'opening' | 'closing' | 'sections' | 'appendices'> & {
  opening: Block[];
  closing: Block[];
  sections: SectionContent[];
  appendices: Appendix[];
};

/** A report file's content in the app's one shape (the file's alternatives read here). */
export function contentFromFile(file: ReportFile): ReportContent {
  return {
    ...file,
    opening: blocksFromFile(file.opening),
    closing: blocksFromFile(file.closing),
    sections: file.sections.map(sectionFromFile),
    appendices: (file.appendices ?? []).map((a) => ({ title: a.title, ...(a.reference ? { reference: a.reference } : {}), blocks: blocksFromFile(a.blocks) })),
  };
}

/** Guesses the period (kỳ báo cáo) from a trích yếu, for imported files that do not carry it. */
export function guessPeriod(summary: string): string {
  const found = findPeriod(summary);
  if (found) return found.text.trim();
  // A tổng kết over several years: "5 năm thực hiện Nghị quyết số 12-NQ/TU".
  return /(\d{1,2}\s+năm\s+thực hiện[^;,]*)/i.exec(summary)?.[1]?.trim() ?? '';
}
