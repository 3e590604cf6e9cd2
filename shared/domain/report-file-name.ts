/**
 * File names for exported reports: ASCII, no characters Windows forbids (\ / : * ? " < > |),
 * short enough for any folder, and recognisable: `BC-so-ket-6-thang-dau-nam-2026.docx`.
 */
import { slugify } from '../text/fold';

const MAX_STEM = 80;

export function reportFileName(
  report: { kind: string; period: string; header: { summary: string } },
  fileNameStem: string | undefined,
  extension: 'docx' | 'json',
): string {
  const subject = report.period.trim() !== '' ? report.period : report.header.summary;
  const parts = ['BC', slugify(fileNameStem ?? report.kind), slugify(subject)].filter((p) => p !== '');
  let stem = parts.join('-');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/-[^-]*$/, '');
  return `${stem}.${extension}`;
}
