/**
 * How many pages the Word file has, worked out from the export view as Word lays a page out:
 * each paragraph broken into lines by Times New Roman's advance widths (the same table the
 * exporter and the checker measure with), each line as tall as the profile's spacing makes it,
 * paragraph spacing, rows of tables that do not split (a header row repeated on the next page),
 * "keep with next" on headings, captions and the last paragraph before the signature, a new page
 * for each landscape table run and each phụ lục. It is an estimate — Word may break a line a
 * word earlier or later — and the e-office card says so; measured against LibreOffice's own
 * layout of the same files (tests/integration/page-count.test.ts, bench/export-bench.ts).
 */
import type { Run } from '../report-format/schema';
import type { TextStyle } from '../the-thuc/layout-profile';
import { textWidthMm } from '../the-thuc/layout-profile';
import { lineHeightPt, type FontFace } from '../the-thuc/text-width';
import { breakLines, wordsOf } from '../the-thuc/line-breaks';
import { A4_MM, mmToPt } from '../the-thuc/units';
import { CELL_MARGINS_PT, tableColumnsPt } from './table-columns';
import { leadSigner, signingCellMm, signingRows, type BodyItem, type ExportView, type SignerView, type StyledLine } from './view-model';

/** A paragraph as the page sees it: its lines' heights and what it asks of the page breaks. */
interface Para {
  kind: 'para';
  /** The start of its text, for a trace of where pages begin (tests, the bench). */
  text?: string;
  lines: number[];
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
}
/** A table: its rows' heights; header rows come again at the top of each page it runs onto. */
interface Grid {
  kind: 'table';
  rows: { height: number; header: boolean }[];
  keepNext: boolean;
}
type Piece = Para | Grid | { kind: 'page' };

/** Spacing and line of a paragraph with no style of its own (Normal: no spacing, single lines). */
const single = (sizePt: number) => lineHeightPt(sizePt);

interface ParaStyle {
  size: number;
  face?: FontFace;
  /** Line height for a size (the profile's body spacing, or single). */
  lineHeight: (size: number) => number;
  before?: number;
  after?: number;
  firstLineIndent?: number;
  indent?: number;
  keepNext?: boolean;
  keepLines?: boolean;
}

function para(runs: readonly Run[], width: number, style: ParaStyle): Para {
  const words = wordsOf(
    runs.map((r) => ({ text: r.text, size: style.size, face: { bold: r.bold ?? style.face?.bold, italic: r.italic ?? style.face?.italic } })),
  );
  const sizes = breakLines(words, width - (style.indent ?? 0), style.firstLineIndent ?? 0, style.size);
  return {
    kind: 'para',
    text: runs
      .map((r) => r.text)
      .join('')
      .slice(0, 40),
    lines: sizes.map((s) => style.lineHeight(s)),
    before: style.before ?? 0,
    after: style.after ?? 0,
    keepNext: style.keepNext ?? false,
    keepLines: style.keepLines ?? false,
  };
}

const styled = (line: StyledLine, width: number, extra: Partial<ParaStyle> = {}): Para =>
  para([{ text: line.text }], width, { size: line.style.sizePt, face: faceOf(line.style), lineHeight: single, ...extra });
const faceOf = (s: TextStyle): FontFace => ({ bold: s.bold, italic: s.italic });
const heightOf = (p: Para) => p.before + p.lines.reduce((a, b) => a + b, 0) + p.after;
/** A rule under a header line: a 2 pt paragraph 1 pt below the line (separators.ts). */
const RULE_PT = 1 + 2;
/** A data table's cell margins (body.ts): 2 pt above and below, 4 pt each side; 0.5 pt of border per row. */
const CELL = { vertical: 4, horizontal: CELL_MARGINS_PT, border: 0.5 };

function bodyPieces(items: readonly BodyItem[], view: ExportView, widthMm: number): Piece[] {
  const width = mmToPt(widthMm);
  const b = view.profile.body;
  const bodyLine = (size: number) => lineHeightPt(size, b.line);
  const body: ParaStyle = {
    size: b.sizePt,
    lineHeight: bodyLine,
    before: b.spacingBeforePt,
    after: b.spacingAfterPt,
    firstLineIndent: mmToPt(b.firstLineIndentMm),
  };
  const { gapsPt, tableTextPt, footnoteTextPt } = view.layout;
  // A paragraph's footnotes take their lines at the foot of its page: counted as room the page
  // loses after the paragraph (where the page breaks may differ by a line; the total does not).
  const withNotes = (p: Para, runs: readonly Run[]): Para => {
    const notes = runs.flatMap((r) => (r.footnote ? [para([{ text: r.footnote }], width, { size: footnoteTextPt, lineHeight: single })] : []));
    return notes.length === 0 ? p : { ...p, after: p.after + notes.reduce((sum, n) => sum + heightOf(n), 0) };
  };
  return items.flatMap((item): Piece[] => {
    switch (item.kind) {
      case 'part':
        return [
          para([{ text: item.label, bold: true }], width, { size: b.sizePt, lineHeight: single, before: gapsPt.abovePart, keepNext: true }),
          para([{ text: item.title, bold: true }], width, { size: b.sizePt, lineHeight: single, after: gapsPt.belowPart, keepNext: true }),
        ];
      case 'heading':
        return [para([{ text: item.text, bold: item.bold }], width, { ...body, keepNext: true })];
      case 'paragraph':
        return [withNotes(para(item.runs, width, { ...body, ...(item.align ? { firstLineIndent: 0 } : {}), keepNext: item.keepNext ?? false }), item.runs)];
      case 'bullet':
        return [withNotes(para([{ text: item.level === 2 ? '+ ' : '- ' }, ...item.runs], width, { ...body, keepNext: item.keepNext ?? false }), item.runs)];
      case 'table': {
        const columns = Math.max(item.header.length, ...item.rows.map((r) => r.length));
        const columnWidths = tableColumnsPt([item.header, ...item.rows], width, tableTextPt);
        const cellWidth = (c: number) => columnWidths[c]! - CELL.horizontal;
        const row = (cells: readonly string[], header: boolean) => ({
          header,
          height:
            Math.max(
              ...Array.from({ length: columns }, (_, c) =>
                (cells[c] ?? '')
                  .split('\n')
                  .map((text) =>
                    para([{ text, bold: header }], cellWidth(c) + CELL.horizontal, { size: tableTextPt, lineHeight: single, indent: CELL.horizontal }),
                  )
                  .reduce((sum, p) => sum + heightOf(p), 0),
              ),
            ) +
            CELL.vertical +
            CELL.border,
        });
        const caption =
          item.caption && item.caption.trim() !== ''
            ? [
                para([{ text: item.caption, bold: true }], width, {
                  size: tableTextPt + 1,
                  lineHeight: single,
                  before: gapsPt.aboveCaption,
                  after: gapsPt.belowCaption,
                  keepNext: true,
                }),
              ]
            : [];
        return [...caption, { kind: 'table', rows: [row(item.header, true), ...item.rows.map((r) => row(r, false))], keepNext: item.keepNext ?? false }];
      }
    }
  });
}

/** The pieces of the first page's top: header table, tên loại and trích yếu, Kính gửi. */
function headPieces(view: ExportView): Piece[] {
  const h = view.header;
  const columnHeight = (lines: readonly StyledLine[], mm: number, extra: number) => lines.reduce((sum, l) => sum + heightOf(styled(l, mmToPt(mm))), 0) + extra;
  const separatorHeight = h.underIssuingBody.kind === 'rule' ? RULE_PT : single(h.underIssuingBody.style.sizePt);
  const top = Math.max(columnHeight(h.left, h.columnsMm.left, separatorHeight), columnHeight(h.national, h.columnsMm.right, RULE_PT));
  const congVan = h.congVanSummary ? view.layout.gapsPt.aboveCongVanSummary + heightOf(styled(h.congVanSummary, mmToPt(h.columnsMm.left))) : 0;
  const second = view.layout.gapsPt.belowHeaderNames + Math.max(single(h.numberLine.style.sizePt) + congVan, single(h.dateLine.style.sizePt));
  const width = view.textWidthMm;
  const pieces: Piece[] = [
    {
      kind: 'table',
      rows: [
        { height: top, header: false },
        { height: second, header: false },
      ],
      keepNext: false,
    },
  ];
  // A công văn has no tên loại, trích yếu or rule here: its "V/v …" is in the header's second row.
  if (view.docType.text !== '') {
    pieces.push(styled(view.docType, mmToPt(width), { before: view.layout.gapsPt.aboveTitle, keepNext: true }));
    if (view.summary.text !== '') pieces.push(styled(view.summary, mmToPt(width), { keepNext: true }));
    pieces.push({
      kind: 'para',
      lines: [view.underSummary.kind === 'rule' ? 2 : single(view.underSummary.style.sizePt)],
      before: view.underSummary.kind === 'rule' ? 1 : 0,
      after: 0,
      keepNext: false,
      keepLines: false,
    });
  }
  pieces.push({
    kind: 'para',
    lines: [single(view.profile.body.sizePt)],
    before: 0,
    after: view.layout.gapsPt.afterTitleBlock,
    keepNext: false,
    keepLines: false,
  });
  const a = view.addressees;
  if (a.items.length > 0) {
    const gap = view.layout.gapsPt.aroundAddressees;
    if (a.inline)
      pieces.push(
        styled({ text: `Kính gửi: ${a.items[0]!.text}`, style: a.label.style }, mmToPt(width), { indent: mmToPt(a.startMm), before: gap, after: gap }),
      );
    else {
      pieces.push(styled(a.label, mmToPt(width), { indent: mmToPt(a.startMm), before: gap, keepNext: true }));
      a.items.forEach((item, i) =>
        pieces.push(
          styled(item, mmToPt(width), {
            indent: mmToPt(a.startMm + a.itemsIndentMm),
            after: i === a.items.length - 1 ? gap : 0,
            keepNext: i < a.items.length - 1,
          }),
        ),
      );
    }
  }
  return pieces;
}

/** Nơi nhận beside the signature: one row that is never split, kept with the paragraph before it. */
function signaturePieces(view: ExportView): Piece[] {
  const { left, right } = view.layout.signatureColumnsMm;
  const line = single(view.profile.body.sizePt);
  const signerHeight = (signer: SignerView, widthMm: number, blankLines = view.blankLinesForSignature) =>
    signer.lines.reduce((sum, l) => sum + heightOf(styled(l, mmToPt(widthMm))), 0) + blankLines * line + heightOf(styled(signer.name, mmToPt(widthMm)));
  const gapAbove: Piece = { kind: 'para', lines: [line], before: 0, after: view.layout.gapsPt.aboveSignature, keepNext: true, keepLines: false };
  const recipients = [view.recipients.label, ...view.recipients.items];
  const rows = signingRows(view);
  if (rows.length > 0) {
    // Người ký cùng: rows of two signatures (a line between rows), then Nơi nhận under them.
    const half = signingCellMm(view);
    const height = (pair: (typeof rows)[number], i: number) =>
      (i > 0 ? line : 0) + Math.max(...pair.map((c) => (c ? signerHeight(c.signer, half, c.blankLines) : 0)));
    const list: Piece[] =
      view.recipients.items.length > 0
        ? [
            {
              kind: 'para',
              lines: [line, ...recipients.map((l) => heightOf(styled(l, mmToPt(left + right))))],
              before: 0,
              after: 0,
              keepNext: false,
              keepLines: true,
            },
          ]
        : [];
    return [gapAbove, { kind: 'table', rows: rows.map((pair, i) => ({ height: height(pair, i), header: false })), keepNext: list.length > 0 }, ...list];
  }
  const leftHeight = recipients.reduce((sum, l) => sum + heightOf(styled(l, mmToPt(left))), 0);
  const rightHeight = signerHeight(leadSigner(view), right);
  return [gapAbove, { kind: 'table', rows: [{ height: Math.max(leftHeight, rightHeight), header: false }], keepNext: false }];
}

/** Word's and LibreOffice's widow and orphan control: at least two lines of a paragraph at the foot and at the head of a page. */
const ORPHANS = 2;
const WIDOWS = 2;

/** Pages of one run of pieces on pages `heightPt` tall (a "page" piece starts a new page). */
function paginate(pieces: readonly Piece[], heightPt: number, trace?: (text: string) => void): number {
  let pages = 1;
  let used = 0;
  let current = '';
  const newPage = () => {
    pages += 1;
    used = 0;
    trace?.(current);
  };
  /** The least a piece needs on the page where it starts: a paragraph's first line, a table's first row. */
  const firstNeed = (p: Piece | undefined): number => {
    if (!p || p.kind === 'page') return 0;
    if (p.kind === 'table') return p.rows[0]?.height ?? 0;
    return p.before + (p.keepLines ? p.lines.reduce((a, b) => a + b, 0) : p.lines.slice(0, ORPHANS).reduce((a, b) => a + b, 0));
  };
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    current = piece.kind === 'para' ? (piece.text ?? '') : piece.kind === 'table' ? '[bảng]' : '';
    if (piece.kind === 'page') {
      if (used > 0) newPage();
      continue;
    }
    // A run of "keep with next" pieces moves to the next page together with the first line of what follows.
    if (piece.kind === 'para' && piece.keepNext && used > 0) {
      let chain = 0;
      let k = i;
      while (k < pieces.length && pieces[k]!.kind === 'para' && (pieces[k] as Para).keepNext) {
        chain += heightOf(pieces[k] as Para);
        k += 1;
      }
      const next = pieces[k];
      if (chain + firstNeed(next) <= heightPt && used + chain + firstNeed(next) > heightPt) newPage();
    }
    if (piece.kind === 'table') {
      for (const [r, row] of piece.rows.entries()) {
        if (used + row.height > heightPt && used > 0) {
          newPage();
          // The header row is written again at the top of the page.
          if (!row.header && r > 0) used += piece.rows.filter((x) => x.header).reduce((a, x) => a + x.height, 0);
        }
        used += row.height;
      }
      continue;
    }
    const before = used === 0 ? 0 : piece.before;
    const total = piece.lines.reduce((a, b) => a + b, 0);
    if (used + before + total + piece.after <= heightPt) {
      used += before + total + piece.after;
      continue;
    }
    if (piece.keepLines && total <= heightPt) {
      newPage();
      used = total + piece.after;
      continue;
    }
    // Split across pages, never leaving one line alone at either end (widow and orphan control).
    used += before;
    const lines = piece.lines;
    let k = 0;
    while (k < lines.length) {
      let fit = 0;
      let room = heightPt - used;
      while (k + fit < lines.length && lines[k + fit]! <= room) {
        room -= lines[k + fit]!;
        fit += 1;
      }
      if (k + fit >= lines.length) {
        used += lines.slice(k).reduce((a, b) => a + b, 0);
        break;
      }
      const left = lines.length - k - fit;
      if (ORPHANS > 1 && left < WIDOWS && fit > 1) fit = Math.max(0, fit - (WIDOWS - left));
      if (ORPHANS > 1 && k === 0 && fit < ORPHANS) fit = 0;
      if (fit === 0 && used === 0) fit = 1;
      used += lines.slice(k, k + fit).reduce((a, b) => a + b, 0);
      k += fit;
      newPage();
    }
    used = Math.min(heightPt, used + piece.after);
  }
  return pages;
}

/** The Word file's page count: the body (with its landscape runs), then each phụ lục on pages of its own. */
export function estimatePageCount(view: ExportView, trace?: (startsPage: string) => void): number {
  const profile = view.profile;
  const portraitHeight = mmToPt(A4_MM.height - profile.marginsMm.top - profile.marginsMm.bottom);
  const landscapeHeight = mmToPt(A4_MM.width - profile.marginsMm.top - profile.marginsMm.bottom);
  // The body split where wide tables need a landscape page (export-docx.ts's chunks).
  const runs: { landscape: boolean; items: BodyItem[] }[] = [];
  for (const item of view.body) {
    const landscape = item.kind === 'table' && item.landscape;
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.items.push(item);
    else runs.push({ landscape, items: [item] });
  }
  if (runs.length === 0 || runs[runs.length - 1]!.landscape) runs.push({ landscape: false, items: [] });
  let pages = 0;
  runs.forEach((run, i) => {
    const pieces: Piece[] = [
      ...(i === 0 ? headPieces(view) : []),
      ...bodyPieces(run.items, view, textWidthMm(profile, run.landscape)),
      ...(i === runs.length - 1 ? signaturePieces(view) : []),
    ];
    pages += paginate(pieces, run.landscape ? landscapeHeight : portraitHeight, trace);
  });
  for (const appendix of view.appendices) {
    const width = mmToPt(view.textWidthMm);
    const pieces: Piece[] = [
      styled(appendix.label, width, { keepNext: true }),
      styled(appendix.title, width, { keepNext: true }),
      styled(appendix.reference, width, { keepNext: true, after: view.layout.gapsPt.belowAppendixReference }),
      ...bodyPieces(appendix.body, view, view.textWidthMm),
    ];
    pages += paginate(pieces, portraitHeight);
  }
  if (view.tableOfContents) {
    const width = mmToPt(view.textWidthMm);
    pages += paginate(
      view.tableOfContents.entries.map((e) =>
        para([{ text: e.text, bold: e.level === 0 }], width, { size: profile.body.sizePt, lineHeight: single, before: 3, indent: mmToPt(e.level * 5) }),
      ),
      portraitHeight,
    );
  }
  return pages;
}
