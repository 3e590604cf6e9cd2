/**
 * A phụ lục after the signature (ND30 §1.10; HD 05 §2.9): "Phụ lục I" / "Phụ lục 1" centred and
 * bold, its title IN HOA, the italic "(Kèm theo Báo cáo số …)" line, then its content.
 */
import type { AppendixView } from '../../../../shared/export-view/view-model';
import { bodyXml } from './body';
import { styledParagraph } from './styled';

export function appendixXml(appendix: AppendixView, widthMm: number): string {
  return (
    styledParagraph(appendix.label, 'center', { keepNext: true }) +
    styledParagraph(appendix.title, 'center', { keepNext: true }) +
    styledParagraph(appendix.reference, 'center', { keepNext: true, spacing: { after: 240 } }) +
    bodyXml(appendix.body, widthMm)
  );
}
