/**
 * Titles the export numbers differently from the file: the thể thức numbers parts by their level
 * (I., 1., a) …), so an office's "1.1." / "1.2.1." becomes the label of its level. Not an error of
 * the import, but a change the clerk is told about before saving, never made without a word.
 */
import type { ImportLine } from './lines';
import { PartLetters } from './recognisers/outline-labels';

/** Schemes of numbering that Nghị định 30 and Hướng dẫn 05 do not write ("A." parts are written "Phần thứ nhất"). */
const RENUMBERED_SCHEMES = new Set(['decimal2', 'decimal3', 'decimal4', 'roman-dash', 'decimal-dash', 'letter-dot', 'upper-letter']);

/** The labels, as the file wrote them, of the titles whose numbering the export changes. */
export function renumberedLabels(lines: readonly ImportLine[]): string[] {
  const parts = new PartLetters();
  return lines.flatMap((line) => {
    if (line.role !== 'heading' && line.role !== 'part') return [];
    const source = line.source.trim();
    const label = parts.labelOf(source);
    parts.passed(source, label);
    return label && RENUMBERED_SCHEMES.has(label.scheme) ? [source.slice(0, label.length).trim()] : [];
  });
}
