/**
 * The indicator table of a report: STT, chỉ tiêu, đơn vị tính, kỳ trước, kỳ này, and the
 * comparison worked out — "tăng 23,05%", "giảm 5%", "gấp 2,3 lần", "bằng", and for a rate
 * compared with a rate "tăng 16,5 điểm phần trăm" (never a percent of a percent) — with the
 * sentence a report writes from it: "Số hồ sơ trực tuyến đạt 1.874, tăng 23,05% so với năm 2025."
 */
import { formatFigureVi, formatNumberVi, parseNumberVi } from '../text/vi-number';
import type { Block, Indicators, Table } from './report';

export interface IndicatorRow {
  name: string;
  previous: string;
  current: string;
  /** Unit after the figure in sentences ("hồ sơ", "%"); may be empty. */
  unit?: string;
}

type Comparison =
  | { kind: 'up' | 'down'; percent: number; text: string }
  | { kind: 'times'; ratio: number; text: string }
  | { kind: 'same'; text: string }
  | { kind: 'none'; text: string };

/** From twice the previous value on, "gấp … lần" reads better than a percentage over 100. */
const TIMES_FROM = 2;

/** "0,50" → "0,5", "5,00" → "5". */
const trimZeros = (n: string) => n.replace(/,(\d*?)0+$/, (_m, digits: string) => (digits ? `,${digits}` : ''));

/** A rate: its unit is "%", or its figures are written with "%". */
export function isRate(row: Pick<IndicatorRow, 'previous' | 'current' | 'unit'>): boolean {
  return row.unit?.trim() === '%' || (/%\s*$/.test(row.previous) && /%\s*$/.test(row.current));
}

/**
 * `decimals`: every change written with that many decimals (a table's column, so that 18,60% stands
 * beside 27,77%, not 18,6%); without it, as few as the value needs (a sentence: "tăng 16,5 điểm").
 */
export function compare(previousText: string, currentText: string, options: { rate?: boolean; decimals?: number } = {}): Comparison {
  const written = (value: number) => (options.decimals === undefined ? trimZeros(formatNumberVi(value, 2)) : formatNumberVi(value, options.decimals));
  const previous = parseNumberVi(formatFigureVi(previousText));
  const current = parseNumberVi(formatFigureVi(currentText));
  if (previous === null || current === null) return { kind: 'none', text: '' };
  if (current === previous) return { kind: 'same', text: 'bằng' };
  if (options.rate) {
    // Two rates differ by points: 66,0% → 82,5% is "tăng 16,5 điểm phần trăm", not "tăng 25%".
    const points = Math.abs(current - previous);
    const shown = written(points);
    return current > previous
      ? { kind: 'up', percent: points, text: `tăng ${shown} điểm phần trăm` }
      : { kind: 'down', percent: points, text: `giảm ${shown} điểm phần trăm` };
  }
  if (previous === 0) return { kind: 'none', text: '' };
  if (previous > 0 && current / previous >= TIMES_FROM) {
    const ratio = current / previous;
    return { kind: 'times', ratio, text: `gấp ${trimZeros(formatNumberVi(ratio, 1))} lần` };
  }
  const percent = Math.abs(((current - previous) / Math.abs(previous)) * 100);
  const shown = written(percent);
  return current > previous ? { kind: 'up', percent, text: `tăng ${shown}%` } : { kind: 'down', percent, text: `giảm ${shown}%` };
}

/** "Số hồ sơ trực tuyến đạt 1.874 hồ sơ, tăng 23,05% so với năm 2025." */
export function comparisonSentence(row: IndicatorRow, previousLabel: string): string {
  const c = compare(row.previous, row.current, { rate: isRate(row) });
  const unit = row.unit?.trim() ?? '';
  const figure = formatFigureVi(row.current.trim());
  const value = `${figure}${unit === '' || (unit === '%' && figure.endsWith('%')) ? '' : unit === '%' ? '%' : ` ${unit}`}`;
  const name = row.name.trim();
  const subject = name.charAt(0).toLocaleUpperCase('vi-VN') + name.slice(1);
  if (c.kind === 'none') return `${subject} đạt ${value}.`;
  if (c.kind === 'same') return `${subject} đạt ${value}, bằng ${previousLabel.trim()}.`;
  return `${subject} đạt ${value}, ${c.text} so với ${previousLabel.trim()}.`;
}

/** The fixed columns of an indicator table; the 4th and 5th name the periods compared. */
const FIXED_COLUMNS = { number: 'STT', name: 'Chỉ tiêu', unit: 'Đơn vị tính', comparison: 'So sánh' } as const;

/** The typed indicator block as the table a report prints (the Kế hoạch column after the comparison, where used). */
export function indicatorTableOf(block: Indicators): Table {
  const table = indicatorTable(block.rows, block.previousLabel, block.currentLabel, block.caption);
  if (!block.planLabel) return table;
  const named = block.rows.filter((r) => r.name.trim() !== '');
  return {
    ...table,
    header: [...table.header, block.planLabel.trim() || 'Kế hoạch', 'So với kế hoạch'],
    rows: table.rows.map((row, i) => {
      const r = named[i]!;
      const plan = formatFigureVi((r.plan ?? '').trim());
      const current = parseNumberVi(formatFigureVi(r.current));
      const target = parseNumberVi(plan);
      const share = current !== null && target !== null && target !== 0 ? `đạt ${trimZeros(formatNumberVi((current / target) * 100, 2))}%` : '';
      return [...row, plan, share];
    }),
  };
}

/**
 * An indicator block brought up to date from its printed table as someone edited it in Word (a
 * leader's corrected figure): names, units, figures and the periods' labels are read back from
 * the columns where indicatorTableOf wrote them; the codes stay, the comparison is worked out
 * again. Null when the table is not that table any more (rows or columns added or removed).
 */
export function indicatorsFromPrinted(block: Indicators, table: Table): Indicators | null {
  const printed = indicatorTableOf(block);
  if (table.header.length !== printed.header.length || table.rows.length !== printed.rows.length) return null;
  const named = block.rows.map((row, i) => ({ row, i })).filter(({ row }) => row.name.trim() !== '');
  if (named.length !== table.rows.length) return null;
  const rows = block.rows.map((r) => ({ ...r }));
  named.forEach(({ i }, k) => {
    const cells = table.rows[k]!;
    const row = rows[i]!;
    row.name = cells[1] ?? row.name;
    if (row.unit !== undefined || (cells[2] ?? '') !== '') row.unit = cells[2] ?? '';
    row.previous = cells[3] ?? row.previous;
    row.current = cells[4] ?? row.current;
    if (block.planLabel) row.plan = cells[6] ?? row.plan;
  });
  return {
    ...block,
    previousLabel: table.header[3] ?? block.previousLabel,
    currentLabel: table.header[4] ?? block.currentLabel,
    ...(block.planLabel ? { planLabel: table.header[6] ?? block.planLabel } : {}),
    rows,
  };
}

/** A block as it prints: an indicator block becomes its table, any other block is itself. */
export function asPrinted(block: Block): Exclude<Block, Indicators> {
  return block.type === 'indicators' ? indicatorTableOf(block) : block;
}

/** Next period's block: this period's figures become last period's, this period's are left to fill. */
export function rollIndicators(block: Indicators, advance: (label: string) => string): Indicators {
  return {
    ...block,
    ...(block.caption ? { caption: advance(block.caption) } : {}),
    previousLabel: block.currentLabel,
    currentLabel: advance(block.currentLabel),
    rows: block.rows.map((r) => ({ ...r, previous: r.current, current: '', ...(r.plan !== undefined ? { plan: '' } : {}) })),
  };
}

/** True for a table `indicatorTable` wrote (its fixed columns in place). */
export function isIndicatorTable(header: readonly string[]): boolean {
  return header.length === 6 && header[0] === FIXED_COLUMNS.number && header[1] === FIXED_COLUMNS.name && header[5] === FIXED_COLUMNS.comparison;
}

/** The table block: header, one numbered row per indicator (figures in the Vietnamese form), the comparison filled in. */
/** The decimals a column needs: as many as its most precise change (at most 2). */
function columnDecimals(named: readonly IndicatorRow[]): number {
  const places = named.map((r) => /\d,(\d+)/.exec(compare(r.previous, r.current, { rate: isRate(r) }).text.replace(/^gấp.*$/, ''))?.[1]?.length ?? 0);
  return Math.max(0, ...places);
}

export function indicatorTable(rows: readonly IndicatorRow[], previousLabel: string, currentLabel: string, caption?: string) {
  const named = rows.filter((r) => r.name.trim() !== '');
  const decimals = columnDecimals(named);
  return {
    type: 'table' as const,
    ...(caption && caption.trim() !== '' ? { caption: caption.trim() } : {}),
    header: [
      FIXED_COLUMNS.number,
      FIXED_COLUMNS.name,
      FIXED_COLUMNS.unit,
      previousLabel.trim() || 'Kỳ trước',
      currentLabel.trim() || 'Kỳ này',
      FIXED_COLUMNS.comparison,
    ],
    rows: named.map((r, i) => [
      String(i + 1),
      r.name.trim(),
      r.unit?.trim() ?? '',
      formatFigureVi(r.previous.trim()),
      formatFigureVi(r.current.trim()),
      compare(r.previous, r.current, { rate: isRate(r), decimals }).text,
    ]),
  };
}
