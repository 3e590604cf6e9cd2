/**
 * A line the review marks "Bỏ (tạo lại khi xuất)" must really come back in the Word file, or its
 * words are lost without a word: the issuer named again under a quyết định's tên loại, a Party
 * guidance's sample layouts inside its body, a line no field holds. Each such line is checked
 * against the text the export writes for the report; one not written again is kept — as a
 * paragraph where the body has begun, otherwise listed among the lines not placed for the clerk
 * to choose. A heading with nothing under it that reads as text (`readsAsText`, or taken for a
 * title by its capitals alone) is kept as a line of text with its label ("1. Thời gian: 10h ngày 15
 * tháng 10 năm 2013" of a biên bản, a guidance's sample "TM. HỘI ĐỒNG NHÂN DÂN"): written as a
 * part it would be numbered again and set as a title.
 */
import type { ImportLine } from './lines';
import type { ReportFile } from '../report-format/schema';
import { buildExportView, type ExportView } from '../export-view/view-model';
import { contentFromFile, type SectionContent } from '../domain/report-file-mapping';
import { sectionHasContent } from '../domain/report';
import { ownLabelOf } from '../domain/numbering';
import type { BodyItem } from '../export-view/view-body';
import { foldVietnamese } from '../text/fold';

/** Letters and digits only, folded: how a line is looked for in the exported text. */
const compact = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

function itemTexts(item: BodyItem): string[] {
  switch (item.kind) {
    case 'part':
      return [item.label, item.title];
    case 'heading':
      return [item.text];
    case 'paragraph':
    case 'bullet':
      return [item.runs.map((r) => r.text).join('')];
    case 'table':
      return [item.caption ?? '', ...item.header, ...item.rows.flat()];
  }
}

/** The titles of the parts of `report` that hold content, compact: a line with one of these is a title. */
function filledTitles(report: ReportFile): string[] {
  const titles: string[] = [];
  const walk = (sections: readonly SectionContent[]) =>
    sections.forEach((section) => {
      if (sectionHasContent(section)) titles.push(compact(section.title));
      walk(section.children);
    });
  walk(contentFromFile(report).sections);
  return titles;
}

/** Lines that are a part's content: what makes the title above them a title. */
const CONTENT_ROLES = new Set<ImportLine['role']>(['paragraph', 'bullet', 'table']);

/**
 * The headings to keep as lines of text: those with nothing under them that read as text. Found
 * from the last line up, so that a title announcing what follows ("V. Trách nhiệm của bên mời
 * thầu:") over items that are themselves kept as text (its duties, each a sentence numbered like a
 * khoản) has them as its content and stays a title. An item with its content after the colon
 * ("1. Thời gian: 10h …") announces nothing: the items under it do not make it a title. A chương,
 * mục or điều is a title by its own label, however long ("Chương VI" over "HOẠT ĐỘNG KHOÁNG SẢN, THU
 * HỒI KHOÁNG SẢN, CHẾ BIẾN KHOÁNG SẢN …" in a luật's summary); so is a heading over sub-items that
 * stay titles, blanks of a template as they may be ("2. Một số nội dung đề nghị làm rõ, bổ sung và
 * lưu ý …" over its "a) …", "b) …").
 */
function headingsKeptAsText(lines: readonly ImportLine[], titles: readonly string[]): Set<ImportLine> {
  const asText = new Set<ImportLine>();
  const isFilledTitle = (text: string) => {
    const own = compact(text);
    return titles.some((t) => t.endsWith(own));
  };
  // Whether the lines after this one, up to the next title, hold content.
  let contentFollows = false;
  // The level of the next title below (0: none, or a phần).
  let nextTitleLevel = 0;
  for (let at = lines.length - 1; at >= 0; at -= 1) {
    const line = lines[at]!;
    if (line.role === 'heading' || line.role === 'part') {
      const level = line.role === 'heading' ? (line.level ?? 0) : 0;
      const readsLikeText = line.role === 'heading' && (line.byCapitals || readsAsText(line.text)) && !ownLabelOf(line.text);
      // The titles, many, are searched last, for a line that reads like text alone.
      const keptAsText: boolean =
        readsLikeText && !(level > 0 && nextTitleLevel > level) && !(contentFollows && /:\s*$/.test(line.text)) && !isFilledTitle(line.text);
      if (keptAsText) asText.add(line);
      else nextTitleLevel = level;
      contentFollows = keptAsText;
    } else if (CONTENT_ROLES.has(line.role)) contentFollows = true;
  }
  return asText;
}

/** Every text the Word file of `view` holds, in one compact string. */
export function exportedText(view: ExportView): string {
  const lines = [
    ...view.header.left,
    view.header.numberLine,
    ...view.header.national,
    view.header.dateLine,
    view.docType,
    view.summary,
    view.addressees.label,
    ...view.addressees.items,
    view.recipients.label,
    ...view.recipients.items,
    ...view.signature,
    view.signerName,
    ...view.appendices.flatMap((a) => [a.label, a.title, a.reference]),
  ].map((l) => l.text);
  const body = [...view.body, ...view.appendices.flatMap((a) => a.body)].flatMap(itemTexts);
  return compact([...lines, ...body].join(' '));
}

/**
 * A heading with nothing under it that reads as text, not as a part's title — which the reader
 * could not tell apart by case or weight: its content after a colon ("1. Thời gian: 10h ngày 15
 * tháng 10 năm 2013", a form's "2. Điện thoại: ………"), a sentence's full stop ("5. Bãi bỏ điểm
 * 5.2." of a thông tư that amends a quy chuẩn), a sentence that announces what follows ("4. Bổ sung Phần 5a như sau:" of a
 * thông tư that amends another, its text read as parts of its own), or a sentence too long for a
 * title (a khoản an old .doc numbers like a part).
 * So is a line taken for a title by its capitals alone (a guidance's sample "TM. HỘI ĐỒNG NHÂN
 * DÂN", a form's "ĐƠN VỊ THỤ HƯỞNG"). A short empty title with a label or a heading style stays
 * a heading: an outline imported to be filled in keeps its parts, and the export writes them as
 * the file had them (leftOutWhenEmpty: a report read from Word is of no template).
 */
// After the colon: words, or a blank form's field left to fill in ("Điện thoại: ………", "Người đại diện: (họ và tên)").
// A full stop or a semicolon at the end: a sentence ("5. Bãi bỏ điểm 5.2."), as no title ends.
const readsAsText = (title: string) =>
  /:(\s*[\p{L}\p{N}.…_(]|\s*$)/u.test(title) || /[\p{L}\p{N})][.;]$/u.test(title.trim()) || title.split(/\s+/).length > TITLE_MAX_WORDS;
const TITLE_MAX_WORDS = 12;

/** A heading kept as a line of text keeps its label ("1.") too: nothing numbers it again. Its runs (a footnote's mark) stay. */
export function keepLabel(line: ImportLine): void {
  const bold = line.runs.length > 0 && line.runs.every((r) => r.bold || r.text.trim() === '') ? { bold: true } : {};
  const at = line.source.length - line.text.length;
  const label = line.source.slice(0, at);
  if (at > 0 && line.source.slice(at).toLocaleLowerCase('vi-VN') === line.text.toLocaleLowerCase('vi-VN')) {
    line.runs = [{ text: label, ...bold }, ...line.runs];
    line.text = label + line.text;
  } else if (at !== 0 || line.source !== line.text) {
    line.runs = [{ text: line.source, ...bold }];
    line.text = line.source;
  }
}

/** Marks whose lines are dropped on purpose: their words are in another line, or are a copy's notes, not the document's. */
const DROPPED_ON_PURPOSE = new Set<ImportLine['mark']>(['continues', 'rule', 'signNote', 'drafterCode', 'ending', 'appendixReference', 'appendixLabel', 'toc']);

/** Roles that show the body has begun: a line kept from here on is a paragraph in its place. */
const BODY_ROLES = new Set<ImportLine['role']>(['opening', 'heading', 'part', 'paragraph', 'bullet', 'table', 'appendixTitle']);

/**
 * The layout lines of `lines` the export of `report` does not write again, turned into a
 * paragraph (in the body) or a line not placed (before it), each with a note saying why.
 * Returns true when any line changed.
 */
export function keepLinesNotWrittenAgain(lines: ImportLine[], report: ReportFile): boolean {
  const view = buildExportView(report, new Date());
  const written = exportedText(view);
  // A title of a part with content is a title, even when it reads like a sentence.
  const asText = headingsKeptAsText(lines, filledTitles(report));
  let bodyStarted = false;
  let changed = false;
  for (const line of lines) {
    if (BODY_ROLES.has(line.role)) bodyStarted = true;
    if (asText.has(line)) {
      changed = true;
      line.role = 'paragraph';
      line.note = 'Giữ lại thành dòng chữ: không có nội dung bên dưới và đọc như một câu, không phải tên mục';
      keepLabel(line);
      continue;
    }
    if (line.role !== 'layout' || DROPPED_ON_PURPOSE.has(line.mark)) continue;
    const words = compact(line.text || line.source);
    // The issuer named again under a quyết định's tên loại is found in the header's words, but the export writes it only there.
    if (words === '' || (line.mark !== 'issuerRepeated' && written.includes(words))) continue;
    changed = true;
    if (line.mark === 'issuerRepeated') {
      line.role = 'opening';
      line.note = 'Giữ lại: thẩm quyền ban hành, khi xuất không tự tạo lại dòng này';
      if (line.text === '') line.text = line.source;
    } else if (bodyStarted) {
      line.role = 'paragraph';
      line.note = 'Giữ lại: khi xuất không tự tạo lại dòng này';
      // A layout line may carry no text of its own (assemble makes a line without runs of its text).
      if (line.text === '') line.text = line.source;
    } else {
      line.role = 'unplaced';
      line.note = 'Khi xuất không tự tạo lại dòng này: chọn vai trò để giữ, hoặc để nguyên nếu không cần';
    }
  }
  return changed;
}
