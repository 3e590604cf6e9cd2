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

/**
 * `Hà Nội, ngày 05 tháng 01 năm 2026`; with no date, `Hà Nội, ngày     tháng     năm 2026`
 * using `blankYear` (the current year) for the văn thư's form.
 */
export function placeDateLine(place: string, isoDate: string | null, blankYear: number): string {
  const prefix = place.trim() === '' ? '' : `${place.trim()}, `;
  if (isoDate === null) return `${prefix}ngày${DATE_BLANK}tháng${DATE_BLANK}năm ${blankYear}`;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${prefix}ngày ${day} tháng ${month} năm ${y}`;
}
