/**
 * Kỳ báo cáo as words: "tháng 5 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026",
 * "9 tháng năm 2026", "năm 2026". Found inside a trích yếu (with the clerk's own spelling:
 * "06 tháng", "Quý II", "năm 2026"), and written back in that same spelling for another period,
 * so that a template carries over only what changes with the period — never a date or a
 * document number that happens to contain a year.
 */

type PeriodKind = 'month' | 'quarter' | 'first-half' | 'last-half' | 'nine-months' | 'year';

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
  // "năm 2021-2025", "năm 2021–2025" is a range, not a year.
  { kind: 'year', pattern: /năm\s+(\d{4})(?!\s*[-–]\s*\d)/iu },
];

/** "ngày 05 tháng 01 năm 2025" is a date: its month and year are never a period. */
const DATE_BEFORE = /ngày\s+\d{1,2}\s*$/iu;

function quarterIndex(text: string): number {
  const roman = ROMAN.indexOf(text.toUpperCase());
  return roman >= 0 ? roman + 1 : Number(text);
}

interface FoundPeriod {
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

/**
 * Every period expression in `text`, left to right, none overlapping (at one place the most
 * specific form wins: "tháng 5 năm 2026" is one month, not a month and a year). The month and
 * year of a date ("ngày 05 tháng 01 năm 2025") are not periods and are not returned.
 */
function findPeriods(text: string): FoundPeriod[] {
  const candidates: (FoundPeriod & { rank: number })[] = [];
  FORMS.forEach(({ kind, pattern }, rank) => {
    for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      const year = Number(kind === 'year' ? match[1] : match[2]);
      const period: Period = { kind, year };
      if (kind === 'month') period.index = Number(match[1]);
      if (kind === 'quarter') period.index = quarterIndex(match[1] as string);
      const start = match.index ?? 0;
      candidates.push({ period, start, end: start + match[0].length, text: match[0], rank });
    }
  });
  candidates.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const found: FoundPeriod[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    reached = c.end;
    if (c.period.kind === 'month' && DATE_BEFORE.test(text.slice(0, c.start))) continue;
    found.push({ period: c.period, start: c.start, end: c.end, text: c.text });
  }
  return found;
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
      // "tháng 05/2026" stays in its own short form.
      return like && /\d\s*\/\s*\d{4}/.test(like)
        ? `${monthWord} ${zero(period.index ?? 1)}/${period.year}`
        : `${monthWord} ${zero(period.index ?? 1)} năm ${period.year}`;
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

/** The period right after `period` on the calendar: what a report's "phương hướng, nhiệm vụ" is about. */
function followingPeriod(period: Period): Period {
  switch (period.kind) {
    case 'first-half':
      return { kind: 'last-half', year: period.year };
    case 'nine-months':
      return { kind: 'quarter', year: period.year, index: 4 };
    default:
      return nextPeriod(period);
  }
}

const samePeriod = (a: Period, b: Period): boolean => a.kind === b.kind && a.year === b.year && (a.index ?? 0) === (b.index ?? 0);

/** The calendar month (counted from year 0) a period ends in. */
function endMonth(period: Period): number {
  const last: Record<PeriodKind, number> = {
    month: period.index ?? 1,
    quarter: (period.index ?? 1) * 3,
    'first-half': 6,
    'last-half': 12,
    'nine-months': 9,
    year: 12,
  };
  return period.year * 12 + last[period.kind] - 1;
}

/** How many months a report dated at the end of `from` moves to be dated at the end of `to`. */
export const monthsBetween = (from: Period, to: Period): number => endMonth(to) - endMonth(from);

/**
 * `text` for the report of period `to`, written from the report of period `from`: the period
 * itself becomes `to`, and the period after it (the "phương hướng, nhiệm vụ" of the old report)
 * becomes the one after `to` — "… năm 2025; phương hướng, nhiệm vụ năm 2026" → "… năm 2026;
 * phương hướng, nhiệm vụ năm 2027". Every other period (a plan of 2021–2025, a resolution of
 * 2020, the date of a document) stays as written. Each is written in the text's own spelling.
 */
export function shiftPeriods(text: string, from: Period, to: Period): string {
  const after = followingPeriod(from);
  let out = '';
  let at = 0;
  for (const found of findPeriods(text)) {
    const moved = samePeriod(found.period, from) ? to : samePeriod(found.period, after) ? followingPeriod(to) : null;
    if (!moved) continue;
    const written = writePeriod(moved, found.text);
    const cased = /^[A-ZÀ-Ỹ]/u.test(found.text) ? written.charAt(0).toLocaleUpperCase('vi-VN') + written.slice(1) : written;
    out += text.slice(at, found.start) + cased;
    at = found.end;
  }
  return out + text.slice(at);
}

/** `text` with its period moved on to the next one, in the text's own spelling; null when it names none. */
export function advancePeriodText(text: string): string | null {
  const found = findPeriod(text);
  return found ? replacePeriod(text, nextPeriod(found.period)) : null;
}
