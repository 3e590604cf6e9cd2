/**
 * File names for exported reports: ASCII, no characters Windows forbids (\ / : * ? " < > |),
 * short enough for any folder, and recognisable: `BC-so-ket-6-thang-dau-nam-2026.docx`.
 */
import { slugify } from '../text/fold';

const MAX_STEM = 80;

type Named = { kind: string; period: string; header: { summary: string } };

/** The name without its extension, for files that add to it (`…-ban-trinh-1.docx`, `…thong-tin.json`). */
export function reportFileStem(report: Named, fileNameStem: string | undefined): string {
  const subject = report.period.trim() !== '' ? report.period : report.header.summary;
  const parts = ['BC', slugify(fileNameStem ?? report.kind), slugify(subject)].filter((p) => p !== '');
  const stem = parts.join('-');
  return stem.length > MAX_STEM ? stem.slice(0, MAX_STEM).replace(/-[^-]*$/, '') : stem;
}

export function reportFileName(
  report: Named,
  fileNameStem: string | undefined,
  extension: 'docx' | 'json' | 'pdf' | 'baocao' | 'thong-tin.json' | 'bang-so-lieu.xlsx',
): string {
  return `${reportFileStem(report, fileNameStem)}.${extension}`;
}
