/**
 * "Kiểm tra trước khi xuất": what would make a văn thư send the report back. Errors block the
 * Word export (a blank left in brackets, no issuing body, no signer); warnings are shown and
 * the clerk decides.
 */
import { getLayoutProfile } from '../the-thuc/profiles';
import { blockTexts, sectionHasContent, walkSections, type Block, type Report, type SectionNode } from './report';
import { carriedFigureCount, previousTexts } from './carried-figures';
import { matchPreviousSection } from './next-period-report';
import { checklistMessages } from '../messages/reports';
import { exportBlockers } from './export-blockers';
import { leftOutWhenEmpty } from './empty-parts';
import { pieceIndexAt } from '../text/offsets';
import { checkSpelling, type SpellFinding } from '../text/spell-check';
import { STYLE_KINDS } from '../text/spelling/kinds';

interface ChecklistItem {
  /** error: blocks the export; warning: worth a look; note: the unit's style, never a mistake. */
  severity: 'error' | 'warning' | 'note';
  /** Stable id for tests and for jumping to the step. */
  id: string;
  message: string;
  /** Where: a step or part name. */
  where: string;
}

/** A spelling finding and where it stands, so the checklist can open the part at the word. */
export interface PlacedSpelling extends SpellFinding {
  /** The step that shows it: "opening", "appendices" or "section:<id of the top-level part>". */
  step: string;
  /** The part (at any depth) whose text holds it, when it is in a part. */
  sectionId?: string;
  /** In the part's title, not its text: the title's field selects it. */
  inTitle?: true;
  where: string;
}

export interface Checklist {
  items: ChecklistItem[];
  spelling: PlacedSpelling[];
  blocking: boolean;
}

const LONG_PARAGRAPH_WORDS = 300;

/**
 * `previous`: last period's report when this one was made from it ("Tạo kỳ sau"): paragraphs
 * still as last period wrote them, figures and all, are pointed out.
 */
export function buildChecklist(
  report: Report,
  personalDictionary: Iterable<string> = [],
  style?: 'new' | 'old',
  iy?: 'i' | 'y',
  previous?: Report | null,
): Checklist {
  // Errors: what stops the export, from the one list every way out uses.
  const items: ChecklistItem[] = exportBlockers(report).map((b) => ({ severity: 'error', ...b }));
  const add = (severity: ChecklistItem['severity'], id: string, message: string, where: string) => items.push({ severity, id, message, where });
  const h = report.header;
  const conventions = getLayoutProfile(report.profile).conventions;

  if (h.summary.trim() === '') add('warning', 'header.summary', 'Chưa có trích yếu (nội dung tóm tắt dưới chữ BÁO CÁO).', 'Thông tin chung');
  if (h.number.trim() !== '' && !/^\d+$/.test(h.number.trim()))
    add('warning', 'header.number', `Số văn bản "${h.number}" nên chỉ gồm chữ số (ví dụ 05), ký hiệu ghi ở ô riêng.`, 'Thông tin chung');
  // "BC-UBND" (loại văn bản - cơ quan) or "BC/ĐU" (loại văn bản / cơ quan).
  const sep = conventions.symbolSeparator;
  const symbolShape = new RegExp(`^[A-ZĐ]+${sep === '/' ? '\\/' : '-'}[A-ZĐ0-9-]+$`, 'u');
  if (h.symbol.trim() === '' || !symbolShape.test(h.symbol.trim())) {
    add('warning', 'header.symbol', `Ký hiệu "${h.symbol}" nên có dạng ${sep === '/' ? 'BC/ĐU' : 'BC-UBND'} (loại văn bản ${sep} cơ quan).`, 'Thông tin chung');
  }
  if (report.signature.position.trim() === '' && report.signature.onBehalfOf.trim() === '')
    add('warning', 'signer.position', 'Chưa nhập chức vụ người ký.', 'Người ký, nơi nhận');
  const recipients = report.recipients.map((r) => r.trim()).filter((r) => r !== '');
  const last = recipients[recipients.length - 1] ?? '';
  if (!/^-?\s*Lưu\b/i.test(last))
    add('warning', 'recipients.file-copy', `Nơi nhận nên kết thúc bằng dòng "${conventions.fileCopyHint}".`, 'Người ký, nơi nhận');

  // Every piece of text the report will print, with where it stands.
  const texts: { where: string; text: string; step: string; sectionId?: string; inTitle?: true }[] = [];
  const addBlocks = (where: string, blocks: readonly Block[], step: string, sectionId?: string) =>
    blocks.forEach((b) => blockTexts(b).forEach((text) => texts.push({ where, text, step, sectionId })));
  addBlocks('Mở đầu', report.opening, 'opening');
  for (const top of report.sections) {
    for (const section of walkSections([top])) {
      texts.push({ where: section.title, text: section.title, step: `section:${top.id}`, sectionId: section.id, inTitle: true });
      addBlocks(section.title || 'Phần chưa đặt tên', section.blocks, `section:${top.id}`, section.id);
      if (!sectionHasContent(section))
        add(
          'warning',
          'part.empty',
          leftOutWhenEmpty(report.kind, section)
            ? `Phần "${section.title || 'chưa đặt tên'}" còn trống nên sẽ không có trong tệp Word.`
            : `Phần "${section.title}" còn trống: tệp Word sẽ có đề mục này mà không có nội dung. Hãy viết nội dung hoặc xóa phần này.`,
          section.title,
        );
    }
  }
  addBlocks('Kết thúc', report.closing, 'opening');
  report.appendices.forEach((a, i) => addBlocks(a.title || `Phụ lục ${i + 1}`, a.blocks ?? [], 'appendices'));

  // An indicator table that follows a Bộ chỉ tiêu (some rows carry a code): a row without one is not added up above.
  for (const top of report.sections) {
    for (const section of walkSections([top])) {
      for (const block of section.blocks) {
        if (block.type !== 'indicators' || !block.rows.some((r) => r.code)) continue;
        for (const row of block.rows.filter((r) => !r.code && r.name.trim() !== '')) {
          add(
            'warning',
            'indicators.no-code',
            `Dòng chỉ tiêu “${row.name.trim()}” chưa có mã trong bộ chỉ tiêu: cấp trên sẽ không cộng được dòng này. Chọn mã ở cột “Mã” của bảng.`,
            section.title,
          );
        }
      }
    }
  }

  // Last period's figures nobody updated yet.
  if (previous) {
    const visit = (sections: readonly SectionNode[], before: readonly SectionNode[]) =>
      sections.forEach((section, i) => {
        const match = matchPreviousSection(before, section, i);
        const carried = carriedFigureCount(section.blocks, previousTexts(match));
        if (carried > 0) add('warning', 'text.previous-figures', checklistMessages.previousFigures(section.title || 'chưa đặt tên', carried), section.title);
        visit(section.children, match?.children ?? []);
      });
    visit(report.sections, previous.sections);
  }

  for (const t of texts) {
    const words = t.text.trim().split(/\s+/).length;
    if (words > LONG_PARAGRAPH_WORDS) add('warning', 'text.long-paragraph', `Có đoạn văn dài ${words} từ; nên tách thành các đoạn ngắn hơn.`, t.where);
  }

  // One check over all the text (fast), each finding then placed back in the piece it fell in.
  const starts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.text.normalize('NFC').length + 1;
  }
  const pieceAt = (at: number) => texts[pieceIndexAt(starts, at)] as (typeof texts)[number];
  const spelling: PlacedSpelling[] = checkSpelling(texts.map((t) => t.text).join('\n'), { personalDictionary, style, iy }).map((finding) => {
    const piece = pieceAt(finding.start);
    return {
      ...finding,
      step: piece.step,
      where: piece.where,
      ...(piece.sectionId ? { sectionId: piece.sectionId } : {}),
      ...(piece.inTitle ? { inTitle: true as const } : {}),
    };
  });
  // hoá where the unit writes hóa (or kĩ for kỹ) is its style, not a mistake: counted apart.
  const typos = spelling.filter((f) => !STYLE_KINDS.has(f.kind)).length;
  const styled = spelling.length - typos;
  if (typos > 0) add('warning', 'text.spelling', `Có ${typos} chỗ có thể sai chính tả.`, 'Toàn báo cáo');
  if (styled > 0) add('note', 'text.tone-style', checklistMessages.toneStyle(styled, style ?? 'new'), 'Toàn báo cáo');

  return { items, spelling, blocking: items.some((i) => i.severity === 'error') };
}
