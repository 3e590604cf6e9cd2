/** The wizard's steps, in order, and whether each is filled (for the step rail). */
import { blockHasContent, sectionHasContent, type Report } from '#shared/domain/report';
import { shownLabel } from '#shared/domain/numbering';

export type StepId = 'header' | 'opening' | 'signer' | 'appendices' | 'preview' | 'export' | `section:${string}`;

const FIXED_STEPS = new Set(['header', 'opening', 'signer', 'appendices', 'preview', 'export']);

/** A step named in the address: one of the fixed steps or a part ("section:<id>"). */
export function isStepId(value: string | undefined): value is StepId {
  return value !== undefined && (FIXED_STEPS.has(value) || /^section:[A-Za-z0-9-]{1,64}$/.test(value));
}

export interface Step {
  id: StepId;
  label: string;
  filled: boolean;
  /** Sub-items shown under a part in the rail. */
  children?: { id: string; title: string; filled: boolean }[];
}

export function wizardSteps(report: Report): Step[] {
  const h = report.header;
  const s = report.signature;
  return [
    { id: 'header', label: 'Thông tin chung', filled: h.issuingBody.trim() !== '' && h.summary.trim() !== '' && h.symbol.trim() !== '' },
    { id: 'opening', label: 'Mở đầu, kết thúc', filled: report.opening.some(blockHasContent) },
    ...report.sections.map((section, i) => ({
      id: `section:${section.id}` as StepId,
      label: `${shownLabel(report.outline, 1, i + 1, section.title)} ${section.title || '(chưa đặt tên)'}`.trim(),
      filled: sectionHasContent(section),
      children: section.children.map((c) => ({ id: c.id, title: c.title || '(chưa đặt tên)', filled: sectionHasContent(c) })),
    })),
    { id: 'signer', label: 'Người ký, nơi nhận', filled: s.name.trim() !== '' && s.position.trim() !== '' && report.recipients.some((r) => r.trim() !== '') },
    {
      id: 'appendices',
      label: report.appendices.length > 0 ? `Phụ lục (${report.appendices.length})` : 'Phụ lục (nếu có)',
      filled: report.appendices.length > 0,
    },
    { id: 'preview', label: 'Xem trước bản in', filled: false },
    { id: 'export', label: 'Xuất báo cáo', filled: false },
  ];
}
