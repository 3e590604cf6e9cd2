/**
 * Kỳ báo cáo as words: "tháng 5 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026",
 * "9 tháng năm 2026", "năm 2026". Found inside a trích yếu (with the clerk's own spelling:
 * "06 tháng", "Quý II", "năm 2026"), and written back in that same spelling for another period,
 * so that a template carries over only what changes with the period — never a date or a
 * document number that happens to contain a year.
 */

export type PeriodKind = 'month' | 'quarter' | 'first-half' | 'last-half' | 'nine-months' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4. */
  index?: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The forms, most specific first. Each matches a whole period expression; the number of
 * months may carry a leading zero ("06 tháng đầu năm").
 */
const FORMS: { kind: PeriodKind; pattern: RegExp }[] = [
  { kind: 'first-half', pattern: /(0?6)\s+tháng\s+đầu\s+năm\s+(\d{4})/iu },
  { kind: 'last-half', pattern: /(0?6)\s+tháng\s+cuối\s+năm\s+(\d{4})/iu },
  { kind: 'nine-months', pattern: /(0?9)\s+tháng(?:\s+đầu)?\s+năm\s+(\d{4})/iu },
  { kind: 'quarter', pattern: /quý\s+(IV|I{1,3}|[1-4])\s+(?:năm\s+)?(\d{4})/iu },
  { kind: 'month', pattern: /tháng\s+(0?[1-9]|1[0-2])(?:\s+năm|\s*\/)\s*(\d{4})/iu },
  { kind: 'year', pattern: /năm\s+(\d{4})(?!\s*-)/iu },
];

function quarterIndex(text: string): number {
  const roman = ROMAN.indexOf(text.toUpperCase());
  return roman >= 0 ? roman + 1 : Number(text);
}

export interface FoundPeriod {
  period: Period;
  /** Where the expression stands in the text, and how it was written. */
  start: number;
  end: number;
  text: string;
}

/** The first period expression in `text` (the most specific form wins), or null. */
export function findPeriod(text: string): FoundPeriod | null {
  for (const { kind, pattern } of FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[2] ?? match[1]);
    const period: Period = kind === 'year' ? { kind, year: Number(match[1]) } : { kind, year };
    if (kind === 'month') period.index = Number(match[1]);
    if (kind === 'quarter') period.index = quarterIndex(match[1] as string);
    return { period, start: match.index, end: match.index + match[0].length, text: match[0] };
  }
  return null;
}

export function parsePeriod(text: string): Period | null {
  return findPeriod(text)?.period ?? null;
}

/** The period written in the spelling of `like` (leading zeros, "Quý" or "quý", Roman numerals). */
export function writePeriod(period: Period, like?: string): string {
  const zero = (n: number) => (like && /(^|\s)0\d/.test(like) ? String(n).padStart(2, '0') : String(n));
  const quarterWord = like && /^Quý/.test(like) ? 'Quý' : 'quý';
  const monthWord = like && /^Tháng/.test(like) ? 'Tháng' : 'tháng';
  switch (period.kind) {
    case 'month':
      return `${monthWord} ${zero(period.index ?? 1)} năm ${period.year}`;
    case 'quarter': {
      const arabic = like !== undefined && /quý\s+\d/iu.test(like);
      return `${quarterWord} ${arabic ? period.index : ROMAN[(period.index ?? 1) - 1]} năm ${period.year}`;
    }
    case 'first-half':
      return `${zero(6)} tháng đầu năm ${period.year}`;
    case 'last-half':
      return `${zero(6)} tháng cuối năm ${period.year}`;
    case 'nine-months':
      return `${zero(9)} tháng năm ${period.year}`;
    case 'year':
      return `năm ${period.year}`;
  }
}

/**
 * `text` with its period expression replaced by `period`, written the way the text wrote its
 * own; everything else (document numbers, dates, "khóa X") unchanged. Null when the text names
 * no period.
 */
export function replacePeriod(text: string, period: Period): string | null {
  const found = findPeriod(text);
  if (!found) return null;
  const written = writePeriod(period, found.text);
  // Keep a capital where the expression began a sentence ("Năm 2026", "Tháng 5").
  const cased = /^[A-ZÀ-Ỹ]/u.test(found.text) ? written.charAt(0).toLocaleUpperCase('vi-VN') + written.slice(1) : written;
  return text.slice(0, found.start) + cased + text.slice(found.end);
}

/**
 * The period a report for the next period covers: the next month or quarter; after the first
 * six months (or nine) comes the whole year, after the last six months the first six of the
 * next year, after a year the next year.
 */
export function nextPeriod(period: Period): Period {
  switch (period.kind) {
    case 'month':
      return (period.index ?? 1) >= 12
        ? { kind: 'month', year: period.year + 1, index: 1 }
        : { kind: 'month', year: period.year, index: (period.index ?? 1) + 1 };
    case 'quarter':
      return (period.index ?? 1) >= 4
        ? { kind: 'quarter', year: period.year + 1, index: 1 }
        : { kind: 'quarter', year: period.year, index: (period.index ?? 1) + 1 };
    case 'first-half':
    case 'nine-months':
      return { kind: 'year', year: period.year };
    case 'last-half':
      return { kind: 'first-half', year: period.year + 1 };
    case 'year':
      return { kind: 'year', year: period.year + 1 };
  }
}

/** `text` with its period moved on to the next one, in the text's own spelling; null when it names none. */
export function advancePeriodText(text: string): string | null {
  const found = findPeriod(text);
  return found ? replacePeriod(text, nextPeriod(found.period)) : null;
}
