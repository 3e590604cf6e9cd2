/** The trích yếu a unit's saved template gives for a new period. */
import { findPeriod, parsePeriod, replacePeriod } from './period';

/** Templates saved by earlier versions hold the period as this slot. */
const PERIOD_SLOT = '{kỳ báo cáo}';

/** The trích yếu for `period` from a saved one: only its period expression changes. */
export function summaryForPeriod(saved: string, period: string): string {
  if (saved.includes(PERIOD_SLOT)) return saved.replace(PERIOD_SLOT, period);
  const next = parsePeriod(period);
  const found = findPeriod(saved);
  if (!found) return saved;
  if (next) return replacePeriod(saved, next) ?? saved;
  // A period the app cannot read ("đợt 1 năm học 2026-2027"): put the clerk's words in its place.
  return period.trim() === '' ? saved : saved.slice(0, found.start) + period.trim() + saved.slice(found.end);
}
