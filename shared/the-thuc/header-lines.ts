/**
 * The number line and the place-and-date line, written as the rules say.
 * ND30: `Số: 05/BC-UBND`; HD 05: `Số 05-BC/ĐU` (no colon, hyphen then slash).
 * Both: day below 10 and months 1–2 take a leading zero; blanks are left for the văn thư.
 */
import type { LayoutProfile } from './layout-profile';

/** Numbers below 10 take a leading zero (`5` → `05`); anything else is kept as typed. */
export function padDocumentNumber(number: string): string {
  const trimmed = number.trim();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** The blank the văn thư fills in at signing: wide enough to write a number by hand. */
const NUMBER_BLANK = '      ';

export function numberLine(style: LayoutProfile['numberStyle'], number: string, symbol: string): string {
  const n = padDocumentNumber(number);
  const sym = symbol.trim();
  if (style === 'party') return `Số ${n === '' ? NUMBER_BLANK : n}-${sym}`;
  return `Số: ${n === '' ? NUMBER_BLANK : n}/${sym}`;
}

const DATE_BLANK = '     ';

const monthText = (m: number) => (m <= 2 ? `0${m}` : String(m));

/**
 * `Hà Nội, ngày 05 tháng 01 năm 2026`; with no date, `Hà Nội, ngày     tháng     năm 2026`
 * using `blankYear` (the current year) for the văn thư's form — or the month and year a draft
 * already carries (`dateMonth` "2025-06" → `ngày     tháng 6 năm 2025`, "2025" → the year only).
 */
export function placeDateLine(place: string, isoDate: string | null, blankYear: number, dateMonth?: string): string {
  const prefix = place.trim() === '' ? '' : `${place.trim()}, `;
  if (isoDate === null) {
    const [year, month] = (dateMonth ?? '').split('-').map(Number);
    const monthPart = month ? ` ${monthText(month)} ` : DATE_BLANK;
    return `${prefix}ngày${DATE_BLANK}tháng${monthPart}năm ${year || blankYear}`;
  }
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  return `${prefix}ngày ${day} tháng ${monthText(m)} năm ${y}`;
}

/** "số 15/BC-UBND ngày 05/11/2026" — an issued document named by its số, ký hiệu and ngày (or what there is of it). */
export function issuedLabel(number: string, symbol: string, date: string | null): string {
  const code = [number, symbol].map((x) => x.trim()).filter((x) => x !== '');
  return `số ${code.join('/') || '(chưa có số)'}${date ? ` ngày ${date.split('-').reverse().join('/')}` : ''}`;
}
