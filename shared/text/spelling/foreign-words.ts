/** Telling a name or word of another language from a typo. */
const NATIVE_ONSETS = new Set(['ngh', 'ng', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'ch', 'nh', 'qu']);

/**
 * Names from other languages — Đắk Lắk, Krông Pắc, Xrê Pốk, Jrai — are not typos: letters
 * Vietnamese does not use (f j w z), a final k, or an opening consonant cluster it does not have.
 */
export function looksForeign(word: string): boolean {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
  if (/[fjwz]/.test(plain) || /k$/.test(plain)) return true;
  const cluster = /^[^aeiouy]+/.exec(plain)?.[0] ?? '';
  return cluster.length >= 2 && !NATIVE_ONSETS.has(cluster) && !(cluster === 'ngh' || cluster.startsWith('q'));
}
