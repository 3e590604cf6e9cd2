/**
 * The indicator table of a report: chỉ tiêu, kỳ trước, kỳ này, and the comparison worked out —
 * "tăng 23,05%", "giảm 5%", "gấp 2,3 lần", "bằng" — with the sentence a report writes from it:
 * "Số hồ sơ trực tuyến đạt 1.874, tăng 23,05% so với năm 2025."
 */
import { formatNumberVi, parseNumberVi } from '../text/vi-number';

export interface IndicatorRow {
  name: string;
  previous: string;
  current: string;
  /** Unit after the figure in sentences ("hồ sơ", "%"); may be empty. */
  unit?: string;
}

export type Comparison =
  | { kind: 'up' | 'down'; percent: number; text: string }
  | { kind: 'times'; ratio: number; text: string }
  | { kind: 'same'; text: string }
  | { kind: 'none'; text: string };

/** From twice the previous value on, "gấp … lần" reads better than a percentage over 100. */
const TIMES_FROM = 2;

/** "0,50" → "0,5", "5,00" → "5". */
const trimZeros = (n: string) => n.replace(/,(\d*?)0+$/, (_m, digits: string) => (digits ? `,${digits}` : ''));

export function compare(previousText: string, currentText: string): Comparison {
  const previous = parseNumberVi(previousText);
  const current = parseNumberVi(currentText);
  if (previous === null || current === null) return { kind: 'none', text: '' };
  if (current === previous) return { kind: 'same', text: 'bằng' };
  if (previous === 0) return { kind: 'none', text: '' };
  if (previous > 0 && current / previous >= TIMES_FROM) {
    const ratio = current / previous;
    return { kind: 'times', ratio, text: `gấp ${trimZeros(formatNumberVi(ratio, 1))} lần` };
  }
  const percent = Math.abs(((current - previous) / Math.abs(previous)) * 100);
  const shown = trimZeros(formatNumberVi(percent, 2));
  return current > previous ? { kind: 'up', percent, text: `tăng ${shown}%` } : { kind: 'down', percent, text: `giảm ${shown}%` };
}

/** "Số hồ sơ trực tuyến đạt 1.874 hồ sơ, tăng 23,05% so với năm 2025." */
export function comparisonSentence(row: IndicatorRow, previousLabel: string): string {
  const c = compare(row.previous, row.current);
  const unit = row.unit?.trim() ?? '';
  const value = `${row.current.trim()}${unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`}`;
  const name = row.name.trim();
  const subject = name.charAt(0).toLocaleUpperCase('vi-VN') + name.slice(1);
  if (c.kind === 'none') return `${subject} đạt ${value}.`;
  if (c.kind === 'same') return `${subject} đạt ${value}, bằng ${previousLabel.trim()}.`;
  return `${subject} đạt ${value}, ${c.text} so với ${previousLabel.trim()}.`;
}

/** The table block: header, one row per indicator, and the comparison column filled in. */
export function indicatorTable(rows: readonly IndicatorRow[], previousLabel: string, currentLabel: string, caption?: string) {
  return {
    type: 'table' as const,
    ...(caption && caption.trim() !== '' ? { caption: caption.trim() } : {}),
    header: ['Chỉ tiêu', previousLabel.trim() || 'Kỳ trước', currentLabel.trim() || 'Kỳ này', 'So sánh'],
    rows: rows.filter((r) => r.name.trim() !== '').map((r) => [r.name.trim(), r.previous.trim(), r.current.trim(), compare(r.previous, r.current).text]),
  };
}
