/**
 * What stops a Word file from being made: without these a văn thư sends the report straight
 * back. One function for every way out — the checklist screen, the app's export handler and
 * `baocao export` — so a report the screen would refuse cannot leave by another door.
 */
import { blockHasContent, blockTexts, sectionHasContent, type Block } from './report';
import type { SectionContent, ReportContent } from './report-file-mapping';
import { BLANK_PATTERN } from './section-guidance';

interface ExportBlocker {
  /** Stable id (the checklist's): header.issuing-body, signer.name, cosigner.name.N, text.blank, body.empty. */
  id: string;
  message: string;
  /** Where: a step or a part's title. */
  where: string;
}

/** Every piece of printed text with where it stands. */
/** The parts of a report the blockers read: the app's report and a file's content both have them. */
type Blockable = Pick<ReportContent, 'header' | 'signature' | 'opening' | 'closing' | 'sections' | 'appendices'>;

function printedTexts(report: Blockable): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const addBlocks = (where: string, blocks: readonly Block[]) => blocks.forEach((b) => blockTexts(b).forEach((text) => texts.push({ where, text })));
  const walk = (sections: readonly SectionContent[]) => {
    for (const s of sections) {
      texts.push({ where: s.title, text: s.title });
      addBlocks(s.title || 'Phần chưa đặt tên', s.blocks);
      walk(s.children);
    }
  };
  addBlocks('Mở đầu', report.opening);
  walk(report.sections);
  addBlocks('Kết thúc', report.closing);
  report.appendices.forEach((a, i) => addBlocks(a.title || `Phụ lục ${i + 1}`, a.blocks ?? []));
  return texts;
}

/** What stops the export of a report's content (the app's report, or a file read by contentFromFile). */
export function exportBlockers(report: Blockable): ExportBlocker[] {
  const out: ExportBlocker[] = [];
  if (report.header.issuingBody.trim() === '') out.push({ id: 'header.issuing-body', message: 'Chưa nhập tên cơ quan ban hành.', where: 'Thông tin chung' });
  if (report.signature.name.trim() === '') out.push({ id: 'signer.name', message: 'Chưa nhập họ tên người ký.', where: 'Người ký, nơi nhận' });
  (report.signature.cosigners ?? []).forEach((c, i) => {
    // One who signs beside the signer with a post but no name: a signature with nobody under it.
    if (c.name.trim() === '' && (c.position.trim() !== '' || c.onBehalfOf.trim() !== ''))
      out.push({ id: `cosigner.name.${i + 1}`, message: `Chưa nhập họ tên người ký cùng thứ ${i + 1}.`, where: 'Người ký, nơi nhận' });
  });
  const blanks = printedTexts(report).filter((t) => BLANK_PATTERN.test(t.text));
  for (const where of new Set(blanks.map((b) => b.where))) {
    const sample = blanks.find((b) => b.where === where)?.text.match(BLANK_PATTERN)?.[0] ?? '';
    out.push({ id: 'text.blank', message: `Còn chỗ trống chưa điền ${sample} (đoạn văn mẫu chưa sửa xong).`, where });
  }
  if (!report.sections.some((s) => sectionHasContent(s)) && !report.opening.some(blockHasContent))
    out.push({ id: 'body.empty', message: 'Báo cáo chưa có nội dung.', where: 'Các phần' });
  return out;
}

/** The blockers as one message for an error screen or the command line. */
export function describeBlockers(blockers: readonly ExportBlocker[]): string {
  return `Chưa xuất được tệp Word: ${blockers.map((b) => `${b.message} (${b.where})`).join(' ')} Hãy sửa rồi xuất lại.`;
}
