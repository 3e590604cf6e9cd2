/** A unit's name as a clerk reads it: which listed unit a sender, a file's name or a line of a sheet names. */
import { foldVietnamese } from '../text/fold';

/** A unit name compared the way a clerk reads it: no diacritics, case or spacing differences. */
export const unitKey = (name: string) => foldVietnamese(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** The listed unit an input belongs to: the same name, or one name inside the other ("UBND xã An Phú" / "Xã An Phú"). */
export function matchUnit(units: readonly string[], sender: string): string | null {
  const s = unitKey(sender);
  if (s === '') return null;
  const exact = units.find((u) => unitKey(u) === s);
  if (exact) return exact;
  const inside = units.filter((u) => s.includes(unitKey(u)) || unitKey(u).includes(s));
  // The longest listed name that fits, so "Xã An Phú" does not take "Xã An Phú Đông"'s report.
  return inside.sort((a, b) => unitKey(b).length - unitKey(a).length)[0] ?? null;
}

/** The listed unit a line of text names ("BÁO CÁO SỐ LIỆU CỦA UBND XÃ AN PHÚ" names "Xã An Phú"): the longest that fits, or null. */
export function unitNamedIn(units: readonly string[], text: string): string | null {
  const words = (s: string) =>
    unitKey(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const t = ` ${words(text)} `;
  return units.filter((u) => words(u) !== '' && t.includes(` ${words(u)} `)).sort((a, b) => words(b).length - words(a).length)[0] ?? null;
}
