/** Dates typed day first, whatever the browser's locale: "01052026" is 1 May 2026. */
import { describe, expect, it } from 'vitest';
import { formatViDate, parseViDate } from '#shared/text/vi-date';

describe('Vietnamese dates', () => {
  it.each([
    ['01052026', '2026-05-01'],
    ['01/05/2026', '2026-05-01'],
    ['1/5/2026', '2026-05-01'],
    ['05-06-2026', '2026-06-05'],
    ['05.06.2026', '2026-06-05'],
    ['29/02/2028', '2028-02-29'],
  ])('%s → %s', (typed, iso) => expect(parseViDate(typed)).toBe(iso));

  it('leaves the date blank for the văn thư, and refuses what is no date', () => {
    expect(parseViDate('  ')).toBeNull();
    for (const bad of ['31/02/2026', '2026-05-01', '13/13/2026', '1/5', 'ngày 5']) expect(parseViDate(bad)).toBeUndefined();
  });

  it('shows a stored date day first', () => {
    expect(formatViDate('2026-05-01')).toBe('01/05/2026');
    expect(formatViDate(null)).toBe('');
  });
});
