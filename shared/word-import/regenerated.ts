/**
 * A line the review marks "Bỏ (tạo lại khi xuất)" must really come back in the Word file, or its
 * words are lost without a word: the issuer named again under a quyết định's tên loại, a Party
 * guidance's sample layouts inside its body, a line no field holds. Each such line is checked
 * against the text the export writes for the report; one not written again is kept — as a
 * paragraph where the body has begun, otherwise listed among the lines not placed for the clerk
 * to choose.
 */
import type { ImportLine } from './lines';
import type { ReportFile } from '../report-format/schema';
import { buildExportView, type ExportView } from '../export-view/view-model';
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

/** Marks whose lines are dropped on purpose: their words are in another line, or are a copy's notes, not the document's. */
const DROPPED_ON_PURPOSE = new Set<ImportLine['mark']>(['continues', 'rule', 'signNote', 'drafterCode', 'ending', 'appendixReference']);

/** Roles that show the body has begun: a line kept from here on is a paragraph in its place. */
const BODY_ROLES = new Set<ImportLine['role']>(['opening', 'heading', 'part', 'paragraph', 'bullet', 'table', 'appendixTitle']);

/**
 * The layout lines of `lines` the export of `report` does not write again, turned into a
 * paragraph (in the body) or a line not placed (before it), each with a note saying why.
 * Returns true when any line changed.
 */
export function keepLinesNotWrittenAgain(lines: ImportLine[], report: ReportFile): boolean {
  const written = exportedText(buildExportView(report, new Date()));
  let bodyStarted = false;
  let changed = false;
  for (const line of lines) {
    if (BODY_ROLES.has(line.role)) bodyStarted = true;
    if (line.role !== 'layout' || DROPPED_ON_PURPOSE.has(line.mark)) continue;
    const words = compact(line.text || line.source);
    if (words === '' || written.includes(words)) continue;
    changed = true;
    if (bodyStarted) {
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
