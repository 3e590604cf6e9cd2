/**
 * Numbers as Vietnamese documents print them: "." between thousands, "," before decimals
 * (1.523; 0,88%). Written by hand rather than with Intl so the result is the same in every
 * runtime (ICU data differs between Node builds, Chromium and Electron).
 */
export function formatNumberVi(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** Reads "1.523", "0,88", "-12,5", "1.000.000" (and a trailing %); null when it is no number. */
export function parseNumberVi(text: string): number | null {
  const t = text.trim().replace(/%$/, '').replace(/\s/g, '');
  if (!/^[-+−]?(\d{1,3}(\.\d{3})*|\d+)(,\d+)?$/.test(t)) return null;
  return Number(t.replace('−', '-').replace(/\./g, '').replace(',', '.'));
}

/**
 * A figure typed the international way, written the Vietnamese way without changing what it
 * means: "2766" → "2.766", "82.4" → "82,4", "82.4%" → "82,4%", "1234567.5" → "1.234.567,5".
 * Left as typed: text that is no plain figure, figures already in the Vietnamese form ("1.523",
 * "0,88") and a dot followed by exactly three digits (already a Vietnamese thousands dot). Only
 * for a figures cell: there a four-digit number is a count ("2.067 hồ sơ"), never a year — a year
 * is one only where the words say so ("năm 2026"), which a figures cell never holds.
 */
export function formatFigureVi(text: string): string {
  const match = /^(\s*)([-+−]?)(\d+)(?:\.(\d+))?(%?)(\s*)$/.exec(text);
  if (!match) return text;
  const [, lead, sign, whole, fraction, percent, trail] = match as unknown as [string, string, string, string, string | undefined, string, string];
  if (fraction !== undefined && fraction.length === 3) return text;
  if (fraction === undefined && whole.length <= 3) return text;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${lead}${sign}${grouped}${fraction !== undefined ? `,${fraction}` : ''}${percent}${trail}`;
}
