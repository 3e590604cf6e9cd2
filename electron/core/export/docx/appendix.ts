/**
 * A phụ lục after the signature (ND30 §1.10; HD 05 §2.9): "Phụ lục I" / "Phụ lục 1" centred and
 * bold, its title IN HOA, the italic "(Kèm theo Báo cáo số …)" line, then its content.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { AppendixView, StyledLine } from '../view-model';
import { bodyBlocks } from './body';
import { styledRuns } from './text-runs';

const centred = (line: StyledLine, afterPt = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: afterPt * 20 }, children: styledRuns(line.text, line.style) });

export function appendixBlocks(appendix: AppendixView, widthMm: number): (Paragraph | Table)[] {
  return [centred(appendix.label), centred(appendix.title), centred(appendix.reference, 12), ...bodyBlocks(appendix.body, widthMm)];
}
