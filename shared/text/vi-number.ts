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
