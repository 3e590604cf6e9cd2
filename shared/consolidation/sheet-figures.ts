/**
 * A unit's figures from an Excel biểu mẫu: the sheet whose rows name the Bộ chỉ tiêu's
 * indicators (by code, or by name as a clerk types it) and whose columns are the periods. The
 * header is found where a "Chỉ tiêu"/"Nội dung"/"Tên …" column heads the table — over several
 * rows, merged cells spanning their columns, the "(1) (2) (3)" row under it skipped. Which column
 * is "kỳ trước" and which "kỳ này" comes from the headers' words, then their periods, then their
 * order (said so: the review lets the clerk choose). Every row that is not read is listed with
 * why, and a figure that is no number, or a formula whose result the file never saved, stops the
 * file from being counted at all — nothing is counted half-way.
 */
import { indicatorsByName, type IndicatorDefinition, type IndicatorSet } from '../domain/indicator-set';
import { REPORT_FORMAT_ID, type ReportFile } from '../report-format/schema';
import { foldVietnamese } from '../text/fold';
import { formatFigureVi, formatNumberVi, parseNumberVi } from '../text/vi-number';
import { matchUnit, unitNamedIn } from './unit-names';
import { columnLetter, type SheetCell, type SheetGrid, type SheetRow } from './sheet-grid';
import { sheetProblems } from '../messages/spreadsheets';

/** Rows from the top searched for the table's header (titles, the unit, the period stand above it). */
const HEADER_SEARCH_ROWS = 40;
/** Header rows under the first (a merged "Năm 2026" over "Kế hoạch | Thực hiện"). */
const MAX_EXTRA_HEADER_ROWS = 3;

type ColumnRole = 'stt' | 'code' | 'name' | 'unit' | 'note' | 'other' | 'figure';

export interface SheetColumn {
  index: number;
  letter: string;
  /** The header's words, top to bottom ("Năm 2026 – Thực hiện"). */
  header: string;
  role: ColumnRole;
}

export interface FigureColumns {
  previous: number | null;
  current: number | null;
  /** Chosen by the columns' order alone: the clerk should look. */
  guessed: boolean;
}

export interface SheetFigureRow {
  /** The row's number in Excel. */
  row: number;
  code: string;
  /** The indicator's name in the Bộ chỉ tiêu. */
  indicator: string;
  /** The row's own name in the sheet. */
  name: string;
  previous: string;
  current: string;
}

export interface UnreadRow {
  row: number;
  text: string;
  reason: string;
}

export interface SheetReading {
  sheet: string;
  /** The header's first and last rows (Excel's numbers). */
  headerRows: [number, number];
  columns: SheetColumn[];
  figureColumns: FigureColumns;
  read: SheetFigureRow[];
  unread: UnreadRow[];
  /** What keeps the file from being counted: figures that are no numbers, formulas never computed. */
  problems: string[];
}

const fold = (text: string) =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

const textOf = (cell: SheetCell | null | undefined) => cell?.text.trim() ?? '';

function roleOfHeader(header: string): ColumnRole {
  const h = fold(header);
  if (h === '') return 'other';
  if (/^(stt|tt|so tt|so thu tu)$/.test(h)) return 'stt';
  // "Mã cha", "Mã nhóm": the parent's code, not the row's own.
  if (/^ma (cha|nhom|cap tren)\b/.test(h)) return 'note';
  if (/^ma\b|\bma so\b|\bma chi tieu\b/.test(h)) return 'code';
  if (/\bdon vi tinh\b|^dvt\b|^dv tinh\b/.test(h)) return 'unit';
  if (/ghi chu|nguon thong tin|dac diem|quy cach|loai gia|^cap( do)?\b/.test(h)) return 'note';
  if (/chi tieu|noi dung|^ten\b|hang muc|danh muc|linh vuc/.test(h)) return 'name';
  if (/ke hoach|^kh$|so sanh|tang\b.*\bgiam|chenh lech|so voi|muc tang|ty le tang/.test(h)) return 'other';
  return 'figure';
}

/** A row of column numbers under the header: "(1) (2) (3)", "1 2 3 4", "A B 1 2 3=2-1". */
function isNumberingRow(row: SheetRow): boolean {
  const texts = row.cells.filter((c) => c && !c.mergedCopy && textOf(c) !== '').map(textOf);
  // Excel reads a typed "(7)" as the number −7 (accounting notation). Mostly digits: "KH | TH" is a header.
  const tokens = texts.map((t) => t.replace(/[()\s]/g, ''));
  return (
    tokens.length >= 3 &&
    tokens.every((t) => /^-?[A-Z0-9]{1,3}([=+\-*/x:][A-Z0-9]{1,3})*$/i.test(t)) &&
    tokens.filter((t) => /\d/.test(t)).length * 2 > tokens.length
  );
}

/**
 * The table's first header row: a name column ("Chỉ tiêu", "Nội dung", "Tên …") beside an STT,
 * code or unit column, or beside two period columns — not a title that happens to say "chỉ tiêu".
 */
function headerRowIndex(grid: SheetGrid): number {
  for (const [i, row] of grid.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const roles = row.cells.filter((c) => c && !c.mergedCopy).map((c) => roleOfHeader(textOf(c)));
    if (!roles.includes('name')) continue;
    if (roles.some((r) => r === 'stt' || r === 'code' || r === 'unit') || roles.filter((r) => r === 'figure').length >= 2) return i;
  }
  return -1;
}

/** A year typed as a number in a header ("2025", "2026"). */
const isYear = (cell: SheetCell) => cell.number !== null && Number.isInteger(cell.number) && cell.number >= 1900 && cell.number <= 2100;

const PREVIOUS_WORDS = /ky truoc|cung ky|nam truoc|thang truoc|quy truoc|nam ngoai/;
const CURRENT_WORDS = /ky nay|ky bao cao|thuc hien|uoc th|nam nay|thang nay|quy nay/;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * When a column's period ends, to order two columns: its year, then the month within it — "Quý II
 * năm 2026" after "Quý I năm 2026", "6 tháng đầu năm" before "9 tháng", "tháng 12" last. 0: undated.
 */
function periodEnd(header: string): number {
  const year = Math.max(0, ...[...header.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  if (year === 0) return 0;
  const h = fold(header);
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\b/.exec(h)?.[1];
  const months = /\b(\d{1,2}) thang\b/.exec(h)?.[1] ?? /\bthang (\d{1,2})\b/.exec(h)?.[1];
  const month = quarter ? QUARTERS[quarter]! * 3 : months ? Number(months) : 12;
  return year * 100 + Math.min(12, month);
}

/** "Kỳ trước" and "kỳ này" among the figure columns: by their words, then their periods' ends, then their order. */
function periodColumns(columns: readonly SheetColumn[]): FigureColumns {
  const candidates = columns.filter((c) => c.role === 'figure');
  const words = (c: SheetColumn) => fold(c.header);
  let previous = candidates.find((c) => PREVIOUS_WORDS.test(words(c))) ?? null;
  let current = candidates.find((c) => c !== previous && CURRENT_WORDS.test(words(c)) && !PREVIOUS_WORDS.test(words(c))) ?? null;
  const dated = candidates.filter((c) => periodEnd(c.header) > 0);
  if ((!previous || !current) && new Set(dated.map((c) => periodEnd(c.header))).size >= 2) {
    const latest = Math.max(...dated.map((c) => periodEnd(c.header)));
    current ??= dated.filter((c) => periodEnd(c.header) === latest && c !== previous).at(-1) ?? null;
    const earlier = dated.filter((c) => periodEnd(c.header) < latest);
    const before = Math.max(...earlier.map((c) => periodEnd(c.header)));
    previous ??= earlier.filter((c) => periodEnd(c.header) === before).at(-1) ?? null;
  }
  const byWordsOrYears = previous !== null && current !== null;
  const rest = candidates.filter((c) => c !== previous && c !== current);
  if (!current) current = rest.filter((c) => !previous || c.index > previous.index).at(-1) ?? rest.at(-1) ?? null;
  if (!previous && current) previous = rest.filter((c) => c.index < current!.index && c !== current).at(-1) ?? null;
  const guessed = !byWordsOrYears && candidates.length > 1;
  return { previous: previous?.index ?? null, current: current?.index ?? null, guessed };
}

/** Leading numbering of a row's name: "1.", "1.2.", "a)", "II.", "-", "+". */
const withoutNumbering = (name: string) => name.replace(/^\s*(\d+(\.\d+)*\.?|[a-zđ]\)|[IVXLC]+\.|[-+•*–])\s+/i, '').trim();

/** The row's indicator: by its own code (the first code column it fills), else by its name. */
function indicatorFinder(set: IndicatorSet): (code: string | undefined, name: string) => IndicatorDefinition | null {
  const byCode = new Map(set.indicators.map((d) => [d.code.toLowerCase(), d]));
  const byName = indicatorsByName(set);
  return (code, name) => {
    const coded = code ? byCode.get(code.toLowerCase()) : undefined;
    if (coded) return coded;
    const plain = withoutNumbering(name);
    // "Dân số (người)": the unit written into the name.
    return byName(plain) ?? byName(plain.replace(/\s*\([^()]*\)\s*$/, ''));
  };
}

/** A number as the report writes it: "1.234,5", no float noise. */
function writeNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Number.isInteger(rounded) ? formatNumberVi(rounded) : formatNumberVi(rounded, 6).replace(/0+$/, '');
}

type Figure = { text: string } | { problem: (where: string, indicator: string) => string };

function figureOf(cell: SheetCell | null | undefined, asText: boolean): Figure {
  if (!cell || cell.mergedCopy) return { text: '' };
  if (cell.error) return { problem: (where, indicator) => sheetProblems.formulaError(where, indicator, cell.error!) };
  if (cell.uncomputed) return { problem: (where, indicator) => sheetProblems.uncomputed(where, indicator) };
  if (cell.number !== null) return { text: writeNumber(cell.number) };
  const text = cell.text.trim();
  if (asText || text === '' || /^[-–—.…]+$/.test(text)) return { text: asText ? text : '' };
  // "12,5%", "12.5 %": the unit column says it is a percent; the figure is the number.
  const figure = formatFigureVi(text.replace(/\s*%$/, ''));
  if (parseNumberVi(figure) !== null) return { text: figure };
  return { problem: (where, indicator) => sheetProblems.notANumber(where, indicator, text) };
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** The figures of one sheet for a Bộ chỉ tiêu; null when the sheet has no table header. */
export function readSheetFigures(grid: SheetGrid, set: IndicatorSet, chosen?: { previous: number | null; current: number | null }): SheetReading | null {
  const start = headerRowIndex(grid);
  if (start < 0) return null;
  let end = start;
  const firstRow = grid.rows[start]!;
  const nameIndex = firstRow.cells.findIndex((c) => roleOfHeader(textOf(c)) === 'name');
  while (end + 1 < grid.rows.length && end - start < MAX_EXTRA_HEADER_ROWS) {
    const next = grid.rows[end + 1]!;
    if (next.number !== grid.rows[end]!.number + 1 || isNumberingRow(next)) break;
    const nameCell = next.cells[nameIndex];
    const texts = next.cells.filter((c) => c && !c.mergedCopy && textOf(c) !== '');
    if ((nameCell && !nameCell.mergedCopy && textOf(nameCell) !== '') || texts.length === 0 || texts.some((c) => c!.number !== null && !isYear(c!))) break;
    end += 1;
  }
  let dataStart = end + 1;
  if (dataStart < grid.rows.length && isNumberingRow(grid.rows[dataStart]!)) dataStart += 1;
  const dataRows = grid.rows.slice(dataStart);

  const headerRows = grid.rows.slice(start, end + 1);
  const width = Math.max(0, ...headerRows.map((r) => r.cells.length));
  const columns: SheetColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const all = headerRows.map((r) => textOf(r.cells[index])).filter((t, i, list) => t !== '' && t !== list[i - 1]);
    const own = headerRows.filter((r) => r.cells[index] && !r.cells[index]!.mergedCopy).map((r) => textOf(r.cells[index]));
    const lowest = own.filter((t) => t !== '').at(-1) ?? all.at(-1) ?? '';
    let role: ColumnRole = index === nameIndex ? 'name' : roleOfHeader(lowest);
    if (role === 'name' && index !== nameIndex) role = 'note';
    if (role === 'figure' && roleOfHeader(all.join(' ')) === 'other') role = 'other';
    if (grid.hiddenColumns.includes(index) && role === 'figure') role = 'other';
    columns.push({ index, letter: columnLetter(index), header: all.join(' – '), role });
  }
  // A figure column with nothing under it is a column the unit does not fill (the template's "Ghi chú" by another name).
  const filled = (index: number) => dataRows.some((r) => textOf(r.cells[index]) !== '' && !r.cells[index]!.mergedCopy);
  const figureColumns = columns.filter((c) => c.role === 'figure');
  if (figureColumns.some((c) => filled(c.index))) for (const c of figureColumns) if (!filled(c.index)) c.role = 'other';
  const periods = chosen ? { previous: chosen.previous, current: chosen.current, guessed: false } : periodColumns(columns);

  const codeColumns = columns.filter((c) => c.role === 'code').map((c) => c.index);
  const sttColumn = columns.find((c) => c.role === 'stt')?.index;
  const read: SheetFigureRow[] = [];
  const unread: UnreadRow[] = [];
  const problems: string[] = [];
  const readAt = new Map<string, number>();
  const indicatorOf = indicatorFinder(set);
  for (const row of dataRows) {
    const own = row.cells.map((c) => (c && !c.mergedCopy ? textOf(c) : ''));
    if (own.every((t) => t === '')) continue;
    const name = own[nameIndex] ?? '';
    const label = shorten([sttColumn !== undefined ? own[sttColumn] : '', name || own.find((t) => t !== '')].filter(Boolean).join(' '));
    if (row.hidden) {
      unread.push({ row: row.number, text: label, reason: sheetProblems.hiddenRow });
      continue;
    }
    const indicator = indicatorOf(
      codeColumns.map((i) => own[i] ?? '').find((t) => t !== ''),
      name,
    );
    const cellAt = (index: number | null) => (index === null ? null : row.cells[index]);
    if (!indicator) {
      const hasFigures = [periods.previous, periods.current].some((i) => i !== null && (own[i] ?? '') !== '');
      unread.push({ row: row.number, text: label, reason: hasFigures ? sheetProblems.noIndicator : sheetProblems.noFigures });
      continue;
    }
    const earlier = readAt.get(indicator.code);
    if (earlier !== undefined) {
      unread.push({ row: row.number, text: label, reason: sheetProblems.readBefore(indicator.name, earlier) });
      continue;
    }
    readAt.set(indicator.code, row.number);
    const figures = [periods.previous, periods.current].map((index) => {
      const figure = figureOf(cellAt(index), indicator.aggregate === 'text');
      if ('problem' in figure) {
        problems.push(figure.problem(`${columnLetter(index!)}${row.number}`, indicator.name));
        return '';
      }
      return figure.text;
    });
    read.push({ row: row.number, code: indicator.code, indicator: indicator.name, name, previous: figures[0]!, current: figures[1]! });
  }
  return {
    sheet: grid.name,
    headerRows: [grid.rows[start]!.number, grid.rows[end]!.number],
    columns,
    figureColumns: periods,
    read,
    unread,
    problems,
  };
}

/** "kỳ trước: cột E “Năm 2025 – TH”, kỳ này: cột G “Năm 2026 – TH”" (and that they were guessed). */
export function periodColumnsText(reading: Pick<SheetReading, 'columns' | 'figureColumns'>): string {
  const column = (index: number | null) => {
    const c = index === null ? undefined : reading.columns[index];
    return c ? `cột ${c.letter}${c.header ? ` “${c.header}”` : ''}` : 'không có';
  };
  const { previous, current, guessed } = reading.figureColumns;
  return `kỳ trước: ${column(previous)}, kỳ này: ${column(current)}${guessed ? ' (đoán theo thứ tự cột — hãy kiểm tra)' : ''}`;
}

export interface WorkbookReading {
  /** Every visible sheet with a table, and how many of its rows are the set's indicators. */
  sheets: { name: string; matched: number }[];
  /** The sheet read: the one asked for, else the only one that has the set's indicators; null when the clerk must choose. */
  reading: SheetReading | null;
}

/** The sheet of a workbook that holds the set's figures (`sheet`: the clerk's choice). */
export function readWorkbookFigures(
  grids: readonly SheetGrid[],
  set: IndicatorSet,
  options: { sheet?: string; columns?: { previous: number | null; current: number | null } } = {},
): WorkbookReading {
  const readings = grids
    .filter((g) => !g.hidden)
    .flatMap((g) => {
      const reading = readSheetFigures(g, set, options.sheet === g.name ? options.columns : undefined);
      return reading ? [reading] : [];
    });
  const sheets = readings.map((r) => ({ name: r.sheet, matched: r.read.length }));
  if (options.sheet !== undefined) return { sheets, reading: readings.find((r) => r.sheet === options.sheet) ?? null };
  const matching = readings.filter((r) => r.read.length > 0);
  return { sheets, reading: matching.length === 1 ? matching[0]! : null };
}

/**
 * The unit that sent the sheet: a listed unit named above the table ("UBND XÃ AN PHÚ",
 * "Đơn vị báo cáo: Xã An Phú") or in the file's name; else the name the sheet gives after
 * "Đơn vị:"; else its first line; else the file's name.
 */
export function unitOfSheet(grid: SheetGrid, headerRow: number, units: readonly string[], fileName: string): string {
  const above = grid.rows.filter((r) => r.number < headerRow).flatMap((r) => r.cells.filter((c) => c && !c.mergedCopy).map(textOf));
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  for (const text of above) {
    const listed = unitNamedIn(units, text);
    if (listed) return listed;
  }
  const byFile = unitNamedIn(units, stem.replace(/[_-]+/g, ' ')) ?? matchUnit(units, stem);
  if (byFile) return byFile;
  for (const text of above) {
    const named = /^đơn vị(?: báo cáo| gửi)?\s*:\s*(.+)$/i.exec(text)?.[1]?.trim();
    if (named) return named;
  }
  const first = above.find((t) => t !== '' && t.length <= 100);
  return first ?? stem;
}

/** The sheet's figures as a unit's report, so the consolidation counts them like any other. */
export function sheetReport(reading: SheetReading, unit: string, fileName: string): ReportFile {
  const header = (index: number | null, fallback: string) => (index === null ? fallback : reading.columns[index]?.header || fallback);
  return {
    format: REPORT_FORMAT_ID,
    profile: 'state',
    header: {
      issuingBody: unit,
      number: '',
      symbol: '',
      place: '',
      date: null,
      docType: 'BIỂU SỐ LIỆU',
      summary: `Số liệu từ tệp ${fileName.replace(/^.*[\\/]/, '')} (trang tính “${reading.sheet}”)`,
    },
    sections: [
      {
        role: 'results',
        title: 'Số liệu',
        blocks: [
          {
            type: 'indicators',
            previousLabel: header(reading.figureColumns.previous, 'Kỳ trước'),
            currentLabel: header(reading.figureColumns.current, 'Kỳ này'),
            rows: reading.read.map((r) => ({ code: r.code, name: r.indicator, previous: r.previous, current: r.current })),
          },
        ],
      },
    ],
    signature: { authority: '', onBehalfOf: '', position: '', name: '' },
    recipients: [],
  };
}
