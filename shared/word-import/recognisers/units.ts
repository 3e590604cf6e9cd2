/**
 * The document as the recogniser walks it: one unit per line, in reading order. A paragraph with
 * line breaks is one unit per line; a table that only lays out the header or the signature block
 * is read column by column (the cơ quan's column, then the quốc hiệu's; Nơi nhận, then the
 * signature) and each of its lines knows its column; a table of signatures (several people
 * signing) is read signer by signer, each line knowing whose it is; a data table is one unit.
 *
 * Lines laid out in two columns without a table — with tabs (Word's tab stops, and every table
 * of an old .doc read as text) or with runs of spaces (files typed on old machines) — are split
 * into their columns only where the recogniser expects columns: the header and the signature.
 */
import type { SourceItem, SourceParagraph } from '../source';
import { AUTHORITY_LINE } from '../../the-thuc/authority-labels';
import { clean, isUpper, NATIONAL, NUMBER, PLACE_DATE, POSITION_WORDS, RECIPIENTS_LABEL, RULE, SIGN_NOTE, signerName, sliceRuns } from './patterns';

/** A line of a signing table's cell: one person signing. `lead`: the right of its first row, where the signer stands. */
export interface SignerCell {
  id: string;
  lead: boolean;
}

export type Unit =
  | { kind: 'p'; p: SourceParagraph; text: string; column: number | null; inLayoutTable: boolean; signer?: SignerCell }
  /** A data table; `marks`: the tracked changes and comments of its cells, carried to the table's line. */
  | { kind: 'table'; rows: string[][]; marks: Pick<SourceParagraph, 'suggestions' | 'comments'> };

/** The tracked changes and comments of a table's cells, together (a bản trình's review shows them beside the table). */
function cellMarks(rows: SourceParagraph[][][]): Pick<SourceParagraph, 'suggestions' | 'comments'> {
  const cells = rows.flat(2);
  const suggestions = cells.flatMap((p) => p.suggestions ?? []);
  const comments = cells.flatMap((p) => p.comments ?? []);
  return { ...(suggestions.length > 0 ? { suggestions } : {}), ...(comments.length > 0 ? { comments } : {}) };
}

/** A line of a unit in one column: the whole line, or one side of a line laid out in columns. */
export interface Piece {
  p: SourceParagraph;
  text: string;
  /** 0 for the left column, 1 or more to its right; null for a line across the page. */
  column: number | null;
}

/** A paragraph with line breaks ("Shift+Enter", <br>) is one line per break: headers are often typed so. */
function splitLines(p: SourceParagraph): SourceParagraph[] {
  if (!p.text.includes('\n')) return [p];
  const out: SourceParagraph[] = [{ ...p, runs: [], text: '' }];
  for (const run of p.runs) {
    const { footnote, ...marks } = run;
    const pieces = run.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) out.push({ ...p, runs: [], text: '', label: null, bullet: false });
      const line = out[out.length - 1]!;
      // The footnote's number stands at the run's end: on its last line.
      const note = i === pieces.length - 1 && footnote ? { footnote } : {};
      if (piece !== '' || note.footnote) line.runs.push({ ...marks, text: piece, ...note });
      line.text += piece;
    });
  }
  return out;
}

const HEADER_MARK = (text: string) => NATIONAL.test(text) || NUMBER.test(text) || PLACE_DATE.test(text);
const SIGNATURE_MARK = (text: string) => RECIPIENTS_LABEL.test(text) || AUTHORITY_LINE.test(text);

/** A table that lays out the header or the signature block (never more than three columns of marks and names). */
function isLayoutTable(rows: SourceParagraph[][][], beforeBody: boolean): boolean {
  const columns = Math.max(...rows.map((r) => r.length));
  if (columns > 3) return false;
  const texts = rows
    .flat(2)
    .flatMap((p) => p.text.split(/[\t\n]/))
    .map(clean);
  // A signature with no quyền hạn and no Nơi nhận: a chức vụ in capitals and a name, in a small table.
  const signatureOnly = rows.length <= 4 && texts.some((t) => isUpper(t) && POSITION_WORDS.test(t)) && texts.some((t) => signerName(t) !== null);
  return beforeBody || signatureOnly || texts.some((t) => SIGNATURE_MARK(t) || HEADER_MARK(t));
}

/** Runs of rows read together: rows of several cells, and each row of one cell on its own. */
function rowBands<Row extends readonly unknown[]>(rows: readonly Row[]): Row[][] {
  const bands: Row[][] = [];
  for (const row of rows) {
    const band = bands[bands.length - 1];
    if (band && row.length > 1 && band[0]!.length > 1) band.push(row);
    else bands.push([row]);
  }
  return bands;
}

/**
 * A cell where one person signs: quyền hạn or chức vụ lines in capitals ("THƯ KÝ", "TM. BAN CHẤP
 * HÀNH", "THÀNH VIÊN"), perhaps a note where to sign, and the name last.
 */
function isSignerCell(cell: readonly SourceParagraph[]): boolean {
  const texts = cell
    .flatMap(splitLines)
    .map((p) => clean(p.text))
    .filter((t) => t !== '' && !SIGN_NOTE.test(t));
  const name = texts.pop();
  // A phiếu trình dates each signature above its caption ("Ngày … tháng 6 năm 2026").
  if (texts.length > 0 && PLACE_DATE.test(texts[0]!)) texts.shift();
  if (name === undefined || signerName(name) === null || texts.length === 0 || texts.length > 5) return false;
  if (representsBody(texts)) return true;
  return texts.every((t) => (isUpper(t) || AUTHORITY_LINE.test(t)) && !HEADER_MARK(t) && !RECIPIENTS_LABEL.test(t));
}

/** "Đại diện" / "Sở Tài chính": a biên bản's member signing for their body, the caption in lower case. */
const representsBody = (captions: readonly string[]) =>
  /^Đại diện(?![\p{L}\p{M}\p{N}])/iu.test(captions[0]!) && captions.length <= 3 && captions.every((t) => t.split(' ').length <= 10 && !/[.;:,]$/.test(t));

/** A table small enough to be signed: at most four rows and four columns. A table of no rows (other programs write them) signs nobody. */
const signingSized = (rows: readonly SourceParagraph[][][]) => rows.length > 0 && rows.length <= 4 && Math.max(...rows.map((r) => r.length)) <= 4;

/**
 * The people signing a table of signatures (a văn bản liên tịch, a biên bản signed by its members),
 * in reading order: each cell a signer, or — when the captions stand in one row and the names in
 * another — each column. Null when the table is anything else.
 */
function signingCells(rows: SourceParagraph[][][]): { row: number; column: number; lines: SourceParagraph[] }[] | null {
  if (!signingSized(rows)) return null;
  const filled = (cell: readonly SourceParagraph[]) => cell.some((p) => clean(p.text) !== '');
  const cells = rows.flatMap((row, r) => row.map((lines, column) => ({ row: r, column, lines }))).filter((c) => filled(c.lines));
  if (cells.length >= 2 && cells.every((c) => isSignerCell(c.lines))) return cells;
  if (rows.some((row) => row.length !== rows[0]!.length)) return null;
  const columns = rows[0]!.map((_, column) => ({ row: 0, column, lines: rows.flatMap((row) => row[column]!) })).filter((c) => filled(c.lines));
  return columns.length >= 2 && columns.every((c) => isSignerCell(c.lines)) ? columns : null;
}

type SigningCells = NonNullable<ReturnType<typeof signingCells>>;

/**
 * Signers stacked in each column — captions, name, captions, name, down the rows: a biên bản of
 * four parties signing two rows of two, as a PDF's columns read back when the room to sign cuts
 * them into pieces (the first row's names and the second row's captions in one). Each name ends
 * its signer. Null unless every piece is a signer and nothing follows a column's last name.
 */
function stackedSigners(rows: SourceParagraph[][][]): SigningCells | null {
  const columns = rows[0]?.length ?? 0;
  // A data table is no signing table: it is not read through cell by cell.
  if (!signingSized(rows) || columns < 2 || rows.some((row) => row.length !== columns)) return null;
  const cells: SigningCells = [];
  for (let column = 0; column < columns; column += 1) {
    let lines: SourceParagraph[] = [];
    let row = 0;
    for (const p of rows.flatMap((r) => r[column]!).flatMap(splitLines)) {
      lines.push(p);
      if (signerName(clean(p.text)) === null) continue;
      cells.push({ row, column, lines });
      [lines, row] = [[], row + 1];
    }
    if (lines.some((p) => clean(p.text) !== '')) return null;
  }
  if (cells.length < 2 || !cells.every((c) => isSignerCell(c.lines))) return null;
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** How many tables a signing run may be cut into: a PDF reads two rows of signers as three. */
const MOST_SIGNING_PIECES = 3;

/**
 * The signing table at `index`, and the index of its last item: one table, or up to three with
 * only empty lines between them when the room to sign parts the captions from the names (a PDF's
 * columns read back, a table drawn twice).
 */
function signingRun(items: readonly SourceItem[], index: number): { cells: SigningCells; last: number } | null {
  const item = items[index]!;
  if (item.kind !== 'table') return null;
  const own = signingCells(item.rows) ?? stackedSigners(item.rows);
  if (own) return { cells: own, last: index };
  const rows = [...item.rows];
  let last = index;
  for (let pieces = 2; pieces <= MOST_SIGNING_PIECES; pieces += 1) {
    let next = last + 1;
    while (next < items.length && items[next]!.kind === 'paragraph' && clean((items[next] as SourceParagraph).text) === '') next += 1;
    const after = items[next];
    if (after?.kind !== 'table' || after.rows[0]?.length !== item.rows[0]?.length) return null;
    rows.push(...after.rows);
    last = next;
    const joined = signingCells(rows) ?? stackedSigners(rows);
    if (joined) return { cells: joined, last };
  }
  return null;
}

/** How many lines, empty ones not counted, may carry signers typed under a signing table. */
const MOST_LINES_BELOW = 6;

/**
 * Signers typed under a signing table rather than in it: a biên bản's second row of parties laid
 * out with tabs and empty lines ("Đại diện Tư vấn giám sát" / "Lâm Sanh Hà⇥Đại diện Nhà thầu" /
 * "⇥Ngô Duy Nguyên"). Read piece by piece in line order, each name ends a signer. The lines taken
 * are those up to the last name, and only if every piece of them belongs to a signer; null
 * otherwise (a line of text under the table stays text).
 */
function signersTypedBelow(items: readonly SourceItem[], from: number, firstRow: number): { cells: SigningCells; last: number } | null {
  const cells: SigningCells = [];
  let captions: SourceParagraph[] = [];
  let found: { cells: SigningCells; last: number } | null = null;
  for (let index = from, lines = 0; index < items.length && lines < MOST_LINES_BELOW; index += 1) {
    const item = items[index]!;
    if (item.kind !== 'paragraph') break;
    const text = clean(item.text);
    if (text === '') continue;
    lines += 1;
    for (const piece of columnsOf({ kind: 'p', p: item, text, column: null, inLayoutTable: false })) {
      captions.push(piece.p);
      if (signerName(piece.text) === null) continue;
      cells.push({ row: firstRow + cells.length, column: piece.column ?? 0, lines: captions });
      captions = [];
    }
    // A signer's captions are a few lines: more, and this is text.
    if (captions.length > 3) break;
    if (captions.length === 0) found = { cells: [...cells], last: index };
  }
  return found && found.cells.every((c) => isSignerCell(c.lines)) ? found : null;
}

export function units(items: readonly SourceItem[]): Unit[] {
  const out: Unit[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    const run = signingRun(items, index);
    if (run) {
      const below = signersTypedBelow(items, run.last + 1, Math.max(...run.cells.map((c) => c.row)) + 1);
      if (below) {
        run.cells.push(...below.cells);
        run.last = below.last;
      }
    }
    const signing = run?.cells ?? null;
    if (run) index = run.last;
    if (item.kind === 'paragraph') {
      for (const p of splitLines(item)) out.push({ kind: 'p', p, text: clean(p.text), column: null, inLayoutTable: false });
    } else if (signing) {
      // Signer by signer, in reading order; the signer stands at the right of the first row.
      const firstRow = signing.filter((c) => c.row === signing[0]!.row);
      const lead = firstRow[firstRow.length - 1]!;
      for (const cell of signing) {
        const signer = { id: `${index}.${cell.row}.${cell.column}`, lead: cell === lead };
        for (const p of cell.lines.flatMap(splitLines)) out.push({ kind: 'p', p, text: clean(p.text), column: cell.column, inLayoutTable: true, signer });
      }
    } else if (
      isLayoutTable(
        item.rows,
        out.every((u) => u.kind === 'p' && (u.text === '' || u.inLayoutTable || HEADER_MARK(u.text) || NATIONAL.test(u.text))),
      )
    ) {
      // Column by column: a header's left column, then its right. A row of one cell across the
      // table (a tên loại and trích yếu typed under the header) is read after the rows above it.
      for (const band of rowBands(item.rows)) {
        const columns = Math.max(...band.map((r) => r.length));
        for (let c = 0; c < columns; c += 1) {
          for (const row of band) {
            for (const p of (row[c] ?? []).flatMap(splitLines))
              out.push({ kind: 'p', p, text: clean(p.text), column: columns > 1 ? c : null, inLayoutTable: true });
          }
        }
      }
    } else
      out.push({
        kind: 'table',
        marks: cellMarks(item.rows),
        rows: item.rows.map((row) =>
          row.map((cell) =>
            cell
              .map((p) => clean(withCellNotes(p)))
              .filter((t) => t !== '')
              .join('\n'),
          ),
        ),
      });
  }
  return out;
}

/**
 * A table cell holds plain text: a footnote of a cell is kept in it, in brackets after the words it
 * belongs to ("257.942 (Chú thích: Số liệu đến 25/11)"), where the clerk sees it — never dropped.
 */
function withCellNotes(p: SourceParagraph): string {
  if (!p.runs.some((r) => r.footnote)) return p.text;
  return p.runs.map((r) => (r.footnote ? `${r.text} (Chú thích: ${r.footnote})` : r.text)).join('');
}

/** A note under the chức vụ in brackets ("(ký tên, đóng dấu)"): a form lays it beside a recipient with spaces. */
const SIGN_NOTE_IN_BRACKETS = (text: string) => text.startsWith('(') && SIGN_NOTE.test(text);
const columnMark = (text: string) => NATIONAL.test(text) || PLACE_DATE.test(text) || RULE.test(text) || SIGNATURE_MARK(text) || SIGN_NOTE_IN_BRACKETS(text);

/** "Nơi nhận:" and the first recipient on one line of the Nơi nhận column. */
const LABEL_THEN_RECIPIENT = /^(\s*Nơi nhận\s*:)\s+([-–]\s*\S.*)$/iu;

/**
 * The pieces of a line laid out in columns. Tabs always part columns; a run of four or more
 * spaces does when one side is a mark that lives in a column (the quốc hiệu, the date, a rule,
 * "Nơi nhận:", a quyền hạn) — "Số:      /KH-STTTT" keeps its blank. A line that starts with a
 * tab or with such spaces is in the right column.
 */
export function columnsOf(unit: Extract<Unit, { kind: 'p' }>): Piece[] {
  if (unit.column !== null) {
    if (unit.text === '') return [];
    // "Nơi nhận:⇥⇥⇥   - Như trên;" in a narrow cell: the first recipient wraps under the label.
    const first = LABEL_THEN_RECIPIENT.exec(unit.p.text);
    if (first) {
      const piece = (from: number, to: number): Piece => {
        const text = unit.p.text.slice(from, to);
        return { p: { ...unit.p, text: text.trim(), runs: sliceRuns(unit.p.runs, from, to) }, text: clean(text), column: unit.column };
      };
      const itemAt = unit.p.text.length - first[2]!.length;
      return [piece(0, first[1]!.length), piece(itemAt, unit.p.text.length)];
    }
    return [{ p: unit.p, text: unit.text, column: unit.column }];
  }
  const raw = unit.p.text;
  const cuts: { from: number; to: number }[] = [];
  const gap = /\t+\s*|\s{4,}/g;
  let last = 0;
  for (const m of raw.matchAll(gap)) {
    const at = m.index ?? 0;
    cuts.push({ from: last, to: at });
    last = at + m[0].length;
  }
  cuts.push({ from: last, to: raw.length });
  const segments = cuts.map((c) => ({ ...c, text: clean(raw.slice(c.from, c.to)) }));
  // Join back segments parted by spaces (not tabs) unless a column mark sits on one side.
  const joined: typeof segments = [];
  for (const s of segments) {
    const prev = joined[joined.length - 1];
    const between = prev ? raw.slice(prev.to, s.from) : '';
    if (prev && !between.includes('\t') && !(columnMark(prev.text) || columnMark(s.text))) {
      prev.to = s.to;
      prev.text = clean(raw.slice(prev.from, prev.to));
    } else joined.push({ ...s });
  }
  const startsRight = joined.length > 0 && joined[0]!.text === '' && joined.length > 1;
  const pieces: Piece[] = [];
  let column = startsRight ? 1 : 0;
  const several = joined.filter((s) => s.text !== '').length > 1 || startsRight;
  for (const s of joined) {
    if (s.text !== '') {
      const runs = sliceRuns(unit.p.runs, s.from, s.to);
      pieces.push({ p: { ...unit.p, text: raw.slice(s.from, s.to).trim(), runs }, text: s.text, column: several ? column : null });
    }
    if (s.text !== '' || pieces.length > 0) column += 1;
  }
  // A line across the page stays one piece with its own paragraph (labels and levels kept).
  if (pieces.length === 1 && pieces[0]!.column === null) return [{ p: unit.p, text: unit.text, column: null }];
  return pieces;
}
