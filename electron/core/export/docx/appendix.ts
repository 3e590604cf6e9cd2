/**
 * A phụ lục after the signature (ND30 §1.10; HD 05 §2.9): "Phụ lục I" / "Phụ lục 1" centred and
 * bold, its title IN HOA, the italic "(Kèm theo Báo cáo số …)" line, then its content.
 */
import type { AppendixView, ExportView } from '../../../../shared/export-view/view-model';
import { ptToTwip } from '../../../../shared/the-thuc/units';
import { bodyXml } from './body';
import { styledParagraph } from './styled';

export function appendixXml(appendix: AppendixView, view: ExportView, widthMm: number): string {
  return (
    styledParagraph(appendix.label, 'center', { keepNext: true }) +
    styledParagraph(appendix.title, 'center', { keepNext: true }) +
    styledParagraph(appendix.reference, 'center', { keepNext: true, spacing: { after: ptToTwip(view.layout.gapsPt.belowAppendixReference) } }) +
    bodyXml(appendix.body, view, widthMm)
  );
}
