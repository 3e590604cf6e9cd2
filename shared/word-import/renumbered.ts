/**
 * Titles the export numbers differently from the file: the thể thức numbers parts by their level
 * (I., 1., a) …), so an office's "1.1." / "1.2.1." becomes the label of its level. Not an error of
 * the import, but a change the clerk is told about before saving, never made without a word.
 */
import type { ImportLine } from './lines';
import { labelOf } from './recognisers/outline-labels';

/** Schemes of numbering that Nghị định 30 and Hướng dẫn 05 do not write. */
const RENUMBERED_SCHEMES = new Set(['decimal2', 'decimal3', 'roman-dash', 'decimal-dash', 'letter-dot']);

/** The labels, as the file wrote them, of the titles whose numbering the export changes. */
export function renumberedLabels(lines: readonly ImportLine[]): string[] {
  return lines.flatMap((line) => {
    if (line.role !== 'heading') return [];
    const label = labelOf(line.source.trim());
    return label && RENUMBERED_SCHEMES.has(label.scheme) ? [line.source.trim().slice(0, label.length).trim()] : [];
  });
}
