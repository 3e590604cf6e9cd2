/**
 * Dates as Vietnamese offices write them: dd/mm/yyyy, day first, whatever the browser's locale.
 * Typing "01052026" means 1 May 2026, never 5 January. Stored as ISO (yyyy-mm-dd).
 */

/** "05/06/2026", "5/6/2026", "05-06-2026", "05.06.2026", "05062026" → "2026-06-05"; "" → null; anything else → undefined. */
export function parseViDate(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-06-05" → "05/06/2026"; null → "". */
export function formatViDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
