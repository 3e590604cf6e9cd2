/**
 * The export view model: every decision about what the Word file says — numbering, casing,
 * the number and date lines, which parts are left out, the content ending, rule lengths —
 * made here, as plain data that tests read without opening a .docx. The docx builders only
 * turn this into XML.
 */
import { docTypeName, isCongVan, withoutVv } from '../the-thuc/doc-types';
import { appendixLabel } from '../domain/numbering';
import { contentFromFile } from '../domain/report-file-mapping';
import type { ReportFile, Signer } from '../report-format/schema';
import { numberLine, placeDateLine } from '../the-thuc/header-lines';
import { authorityLines } from '../the-thuc/authority-labels';
import { textWidthMm as pageTextWidthMm, type LayoutProfile, type Separator, type TextStyle } from '../the-thuc/layout-profile';
import { getLayoutProfile } from '../the-thuc/profiles';
import { breakHeaderName } from '../the-thuc/header-name-lines';
import { lineHeightPt, measureTextMm } from '../the-thuc/text-width';
import { lineCount } from '../the-thuc/line-breaks';
import { mmToPt } from '../the-thuc/units';
import { blockItems, keepLastWithSignature, sectionItems, withContentEnding, type BodyItem } from './view-body';

export type { BodyItem } from './view-body';

export interface StyledLine {
  text: string;
  style: TextStyle;
}

/** A separator with its length resolved: a rule `widthMm` long, or literal text. */
export type ResolvedSeparator = { kind: 'rule'; widthMm: number } | { kind: 'text'; text: string; style: TextStyle };

export interface AppendixView {
  label: StyledLine;
  title: StyledLine;
  reference: StyledLine;
  body: BodyItem[];
}

export interface ExportView {
  profile: LayoutProfile;
  textWidthMm: number;
  /** Line heights as Word lays them out (font metrics × spacing): a body line, and a single line at body size (empty paragraphs). */
  lineHeightsPt: { body: number; single: number };
  /** Gaps and sizes of practice (see LAYOUT), and the signature table's columns. */
  layout: typeof LAYOUT & { signatureColumnsMm: { left: number; right: number } };
  header: {
    /** Widths of the header table's columns: the profile's, the left one widened for a long place name. */
    columnsMm: { left: number; right: number };
    /** Where the header table starts, from the left margin (negative: into the margin). */
    indentMm: number;
    left: StyledLine[];
    underIssuingBody: ResolvedSeparator;
    numberLine: StyledLine;
    national: StyledLine[];
    /** Rule under the last national line, as long as that line. */
    nationalRuleMm: number;
    dateLine: StyledLine;
    /** A công văn's "V/v …" trích yếu under the số; null for a document with a tên loại. */
    congVanSummary: StyledLine | null;
  };
  /** The tên loại; "" for a công văn, which has no title block (its trích yếu is `header.congVanSummary`). */
  docType: StyledLine;
  summary: StyledLine;
  underSummary: ResolvedSeparator;
  /**
   * Kính gửi (state-style reports sent upward); empty for Party-style profiles, which have none.
   * The block is centred as a whole (`startMm` from the left margin); several addressees stand
   * under the colon (`itemsIndentMm`).
   */
  addressees: { label: StyledLine; items: StyledLine[]; inline: boolean; startMm: number; itemsIndentMm: number };
  body: BodyItem[];
  appendices: AppendixView[];
  recipients: { label: StyledLine; items: StyledLine[] };
  signature: StyledLine[];
  blankLinesForSignature: number;
  signerName: StyledLine;
  /**
   * Người ký cùng, in reading order: the first stands left of the signer, the others in rows of two
   * under them; Nơi nhận then goes under the signatures (ND30: the body that leads signs on the right).
   */
  cosigners: SignerView[];
  omittedEmptyParts: string[];
  /** "Mục lục" when asked for: the parts and headings (outline levels 0–2) in order. */
  tableOfContents: { title: StyledLine; entries: { text: string; level: number }[] } | null;
}

/** One signer's lines above the room to sign (quyền hạn, chức vụ), and the name under it. */
export interface SignerView {
  lines: StyledLine[];
  name: StyledLine;
}

/** The signer (not a người ký cùng) as the other signers are seen. */
export const leadSigner = (view: Pick<ExportView, 'signature' | 'signerName'>): SignerView => ({ lines: view.signature, name: view.signerName });

/** A signature in a row of signatures, with the room to sign under its lines. */
export interface SigningCell {
  signer: SignerView;
  blankLines: number;
}

/**
 * The signatures in rows of two when there are người ký cùng: the first beside the signer (who
 * stands right), the rest in pairs under them, an odd last one on the left. The signer with fewer
 * lines above gets more room to sign, so that the names of a row stand level, as offices set them.
 */
export function signingRows(
  view: Pick<ExportView, 'signature' | 'signerName' | 'cosigners' | 'blankLinesForSignature' | 'layout'>,
): [SigningCell, SigningCell | null][] {
  const [first, ...rest] = view.cosigners;
  if (!first) return [];
  const pairs: [SignerView, SignerView | null][] = [[first, leadSigner(view)]];
  for (let i = 0; i < rest.length; i += 2) pairs.push([rest[i]!, rest[i + 1] ?? null]);
  const cellMm = signingCellMm(view);
  // Lines as printed: a long quyền hạn ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN") wraps in half the text width.
  const printed = (s: SignerView) => s.lines.reduce((sum, l) => sum + wrappedLines(l, cellMm), 0);
  return pairs.map((pair) => {
    const most = Math.max(...pair.map((s) => (s ? printed(s) : 0)));
    const cell = (s: SignerView) => ({ signer: s, blankLines: view.blankLinesForSignature + most - printed(s) });
    return [cell(pair[0]), pair[1] ? cell(pair[1]) : null];
  });
}

/** A cell of the table of signatures: half the text width. */
export const signingCellMm = (view: Pick<ExportView, 'layout'>) => (view.layout.signatureColumnsMm.left + view.layout.signatureColumnsMm.right) / 2;

/** How many lines a centred line takes in `widthMm`, broken as Word breaks it. */
const wrappedLines = (line: StyledLine, widthMm: number) => lineCount(line.text, line.style.sizePt, line.style, mmToPt(widthMm));

function signerView(s: Signer, profile: LayoutProfile): SignerView {
  const lines: StyledLine[] = authorityLines(s, profile).map((text) => ({ text, style: profile.signature.authority }));
  // The position on the lines the clerk (or the imported file) gave it.
  for (const line of s.position.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()))
    if (line !== '') lines.push({ text: upper(line), style: profile.signature.position });
  return { lines, name: { text: s.name.trim(), style: profile.signature.name } };
}

/**
 * "(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 12 năm 2026)" under a phụ lục's title: the
 * report's own tên loại (sentence case), number and date.
 */
export function generatedAppendixReference(report: Pick<ReportFile, 'header' | 'profile'>, today: Date): string {
  const h = report.header;
  const profile = getLayoutProfile(report.profile);
  const number = numberLine(profile.numberStyle, h.number, h.symbol).replace(/^Số:?\s?/, '');
  // A công văn has no tên loại line, but its phụ lục is "kèm theo Công văn số …".
  const docType = docTypeName(h.docType).toLocaleLowerCase('vi-VN');
  const named = docType.charAt(0).toLocaleUpperCase('vi-VN') + docType.slice(1);
  return `(Kèm theo ${named} số ${number} ${placeDateLine('', h.date, today.getFullYear(), h.dateMonth)})`;
}

interface ExportViewOptions {
  /** Add "Mục lục" (long tổng kết reports). */
  tableOfContents?: boolean;
}

/** Entries of "Mục lục": phần titles, then headings down to three levels of outline. */
/** The mục lục's entries as Word lists them from the headings' outline levels: a phần by its title (its label is a line of its own). */
function tocEntries(body: readonly BodyItem[]): { text: string; level: number }[] {
  const hasParts = body.some((i) => i.kind === 'part');
  return body.flatMap((item) => {
    if (item.kind === 'part') return [{ text: item.title, level: 0 }];
    if (item.kind !== 'heading') return [];
    const level = item.depth - 1 + (hasParts ? 1 : 0);
    return level <= 2 ? [{ text: item.text, level }] : [];
  });
}

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/**
 * The gaps of the layout in pt, and the other measures the profiles leave to practice: one
 * table that the Word builders and the print preview both read, so they lay out alike.
 */
const LAYOUT = {
  gapsPt: {
    /** Số and the date, below the names in the header. */
    belowHeaderNames: 6,
    /** A công văn's "V/v …" under the số (ND30 ô 5b: 6 pt from it). */
    aboveCongVanSummary: 6,
    /** Tên loại below the header. */
    aboveTitle: 24,
    afterTitleBlock: 6,
    aroundAddressees: 6,
    abovePart: 12,
    belowPart: 6,
    aboveCaption: 6,
    belowCaption: 3,
    belowAppendixReference: 12,
    aboveSignature: 6,
  },
  /** Text in tables of figures: a size smaller than the body. */
  tableTextPt: 13,
  /**
   * Footnotes (chú thích cuối trang): Nghị định 30 and Hướng dẫn 05 set no size; Times New Roman
   * 10 pt, single-spaced and justified, is Word's own footnote text and what the offices' files carry.
   */
  footnoteTextPt: 10,
  /** Nơi nhận takes this share of the text width, the signature the rest. */
  recipientsShare: 0.45,
} as const;

/** Room left in a header cell beyond its widest line, against rounding in Word's layout. */
const HEADER_CELL_SLACK_MM = 1;
/**
 * How close to the paper's edge the header table may reach for a long name: it stays centred
 * on the text while it can, then grows into the wider left (binding) margin.
 */
const HEADER_EDGE_MM = { left: 15, right: 10 };

function resolveSeparator(separator: Separator, measuredMm: number): ResolvedSeparator {
  if (separator.kind === 'text') return separator;
  return { kind: 'rule', widthMm: Math.round(measuredMm * separator.widthShareOfText * 10) / 10 };
}

/** A công văn's trích yếu as ND30 writes it: "V/v …", however it was typed ("về việc …", without the mark). */
function congVanSummaryText(summary: string): string {
  const text = withoutVv(summary).replace(/^về việc\s+/iu, '');
  return text === '' ? '' : `V/v ${text}`;
}

/** One recipient per line, "- " in front; ";" after each, "." after the last (ND30 ô 9b, HD 05). */
export function recipientLines(recipients: readonly string[]): string[] {
  const lines = recipients.map((r) => r.trim().replace(/^[-–+]\s*/, '')).filter((r) => r !== '');
  return lines.map((line, i) => {
    const isLast = i === lines.length - 1;
    const bare = line.replace(/[;.,]+$/, '');
    return `- ${bare}${isLast ? '.' : ';'}`;
  });
}

function addresseesView(addressees: readonly string[], sizePt: number, textWidthMm: number): ExportView['addressees'] {
  const style = { sizePt };
  const items = (addressees.length === 1 ? addressees : addressees.map((a, i) => `- ${a}${i === addressees.length - 1 ? '.' : ';'}`)).map((text) => ({
    text,
    style,
  }));
  const labelMm = measureTextMm('Kính gửi: ', sizePt);
  const widest = Math.max(0, ...items.map((i) => measureTextMm(i.text, sizePt)));
  return {
    label: { text: 'Kính gửi:', style },
    items,
    inline: addressees.length === 1,
    // Centre the block as a whole; never start left of the margin.
    startMm: Math.max(0, (textWidthMm - labelMm - widest) / 2),
    itemsIndentMm: measureTextMm('Kính gửi', sizePt),
  };
}

export function buildExportView(report: ReportFile, today: Date, options: ExportViewOptions = {}): ExportView {
  const profile = getLayoutProfile(report.profile);
  const h = report.header;
  const textWidthMm = pageTextWidthMm(profile);

  // The right column holds the quốc hiệu (or Party title) and the date on one line each; the
  // left column may grow into the margins, and into what the right can spare, for a long place name.
  const national = profile.nationalLines.map((l) => ({ text: l.text, style: l.style }));
  const lastNational = national[national.length - 1] as StyledLine;
  const dateLine = { text: placeDateLine(h.place, h.date, today.getFullYear(), h.dateMonth), style: profile.dateLine };
  const preferred = profile.headerColumnsMm;
  const overhangMaxMm = { left: Math.max(0, profile.marginsMm.left - HEADER_EDGE_MM.left), right: Math.max(0, profile.marginsMm.right - HEADER_EDGE_MM.right) };
  const widestHeaderMm = textWidthMm + overhangMaxMm.left + overhangMaxMm.right;
  const rightNeedMm = Math.max(...[...national, dateLine].map((l) => measureTextMm(l.text, l.style.sizePt, l.style))) + HEADER_CELL_SLACK_MM;
  const leftMaxMm = Math.max(preferred.left, widestHeaderMm - rightNeedMm);
  // A name the clerk broke onto lines is written line by line; a line too long for the column is
  // broken where a văn thư breaks it. The rule under the issuing body is measured on its longest line.
  const linesOf = (name: string, style: TextStyle) =>
    upper(name)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '')
      .flatMap((l) => breakHeaderName(l, preferred.left, leftMaxMm, style.sizePt, style));
  const left: StyledLine[] = [];
  if (h.parentBody && h.parentBody.trim() !== '') left.push(...linesOf(h.parentBody, profile.parentBody).map((text) => ({ text, style: profile.parentBody })));
  const issuingLines = linesOf(h.issuingBody, profile.issuingBody);
  left.push(...(issuingLines.length > 0 ? issuingLines : ['']).map((text) => ({ text, style: profile.issuingBody })));
  const widestLeftMm = Math.max(0, ...left.map((l) => measureTextMm(l.text, l.style.sizePt, l.style)));
  const leftMm = Math.min(leftMaxMm, Math.max(preferred.left, Math.ceil(widestLeftMm + HEADER_CELL_SLACK_MM)));
  const columnsMm = { left: leftMm, right: Math.max(rightNeedMm, Math.min(preferred.right, widestHeaderMm - leftMm)) };
  // Centred on the text while it reaches the margins evenly; beyond that, into the left margin.
  const overhangMm = columnsMm.left + columnsMm.right - textWidthMm;
  const indentMm = -(overhangMm - Math.min(overhangMaxMm.right, overhangMm / 2));
  const issuingWidth = Math.min(Math.max(0, ...issuingLines.map((line) => measureTextMm(line, profile.issuingBody.sizePt, profile.issuingBody))), leftMm);

  // A công văn ("" for its tên loại) has no title block: its trích yếu is "V/v …" under the số (ND30 ô 5b).
  const congVan = isCongVan(h.docType);
  const summaryText = congVan ? '' : h.summary.trim();
  // The rule goes under the trích yếu; with none, under the tên loại (a rule 0 mm long is no rule).
  const docTypeText = congVan ? '' : upper(docTypeName(h.docType));
  const summaryWidth = Math.min(
    summaryText !== ''
      ? measureTextMm(summaryText, profile.summary.sizePt, profile.summary)
      : measureTextMm(docTypeText, profile.docType.sizePt, profile.docType),
    textWidthMm,
  );

  const omittedEmptyParts: string[] = [];
  const outline = report.outline ?? 'sections';
  // The file's alternatives (plain text or runs) are read here, at the file boundary.
  const content = contentFromFile(report);
  const body = keepLastWithSignature(
    withContentEnding(
      [
        ...content.opening.flatMap(blockItems),
        ...sectionItems(outline, report.kind, content.sections, 1, omittedEmptyParts),
        ...content.closing.flatMap(blockItems),
      ],
      profile.contentEnding,
    ),
    profile.contentEnding,
  );
  const partyStyle = profile.family === 'party';
  const addressees = partyStyle
    ? []
    : (h.addressees ?? [])
        .map((a) =>
          a
            .trim()
            .replace(/^[-–]\s*/, '')
            .replace(/[;.,]+$/, ''),
        )
        .filter((a) => a !== '');
  const reference = generatedAppendixReference(report, today);
  const appendices = content.appendices.map((a, i) => ({
    label: { text: appendixLabel(partyStyle ? 'party' : 'state', i + 1), style: { sizePt: profile.body.sizePt, bold: true } },
    title: { text: upper(a.title.trim()), style: { sizePt: profile.body.sizePt, bold: true } },
    // The document's own line when it has one (an attached quy chế "ban hành kèm theo" a quyết định).
    reference: { text: a.reference?.trim() || reference, style: { sizePt: profile.body.sizePt, italic: true } },
    body: (a.blocks ?? []).flatMap(blockItems),
  }));
  // A report sent upward lists "Như trên" first in Nơi nhận (ND30 ô 9a–9b). A paper with no
  // Nơi nhận of its own (a phiếu trình, a đơn) gets none: "Như trên" alone is no Nơi nhận.
  const recipients =
    addressees.length > 0 && report.recipients.length > 0 && !report.recipients.some((r) => /Như trên/i.test(r))
      ? ['Như trên', ...report.recipients]
      : report.recipients;

  const recipientItems = recipientLines(recipients).map((text) => ({ text, style: profile.recipientsItem }));

  const s = report.signature;
  const signer = signerView(s, profile);

  return {
    profile,
    textWidthMm,
    lineHeightsPt: { body: lineHeightPt(profile.body.sizePt, profile.body.line), single: lineHeightPt(profile.body.sizePt) },
    layout: {
      ...LAYOUT,
      signatureColumnsMm: { left: Math.round(textWidthMm * LAYOUT.recipientsShare), right: textWidthMm - Math.round(textWidthMm * LAYOUT.recipientsShare) },
    },
    header: {
      columnsMm,
      indentMm,
      left,
      underIssuingBody: resolveSeparator(profile.underIssuingBody, issuingWidth),
      numberLine: { text: numberLine(profile.numberStyle, h.number, h.symbol), style: profile.numberLine },
      national,
      nationalRuleMm: Math.round(measureTextMm(lastNational.text, lastNational.style.sizePt, lastNational.style) * 10) / 10,
      dateLine,
      congVanSummary: congVan ? { text: congVanSummaryText(h.summary), style: profile.congVanSummary } : null,
    },
    docType: { text: docTypeText, style: profile.docType },
    summary: { text: summaryText, style: profile.summary },
    underSummary: resolveSeparator(profile.underSummary, summaryWidth),
    addressees: addresseesView(addressees, profile.body.sizePt, textWidthMm),
    body,
    appendices,
    recipients: {
      // No label over an empty list: a luật or a person's own paper has no Nơi nhận, and "Nơi nhận:" alone is no list.
      label: { text: recipientItems.length > 0 ? 'Nơi nhận:' : '', style: profile.recipientsLabel },
      items: recipientItems,
    },
    signature: signer.lines,
    blankLinesForSignature: profile.signature.blankLinesForSignature,
    signerName: signer.name,
    cosigners: (s.cosigners ?? []).map((c) => signerView(c, profile)).filter((c) => c.lines.length > 0 || c.name.text !== ''),
    omittedEmptyParts,
    tableOfContents: options.tableOfContents
      ? { title: { text: 'MỤC LỤC', style: { sizePt: profile.docType.sizePt, bold: true } }, entries: tocEntries(body) }
      : null,
  };
}
