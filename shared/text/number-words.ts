/**
 * Numbers in Vietnamese words, as documents write amounts: 15 → "mười lăm", 21 → "hai mươi mốt",
 * 24 → "hai mươi tư", 105 → "một trăm linh năm", 1.005 → "một nghìn không trăm linh năm",
 * 1.000.000.001 → "một tỷ không trăm linh một". Rules: "mười" for 10–19, "mươi" from 20; "mốt"
 * for 1 after mươi, "lăm" for 5 after mười/mươi, "tư" for 4 after mươi; "linh" for a zero tens
 * digit; "không trăm" inside a number.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

function threeDigits(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens === 0) {
    if (ones > 0 && (full || hundreds > 0)) words.push('linh', DIGITS[ones] as string);
    else if (ones > 0) words.push(DIGITS[ones] as string);
    return words;
  }
  if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens] as string, 'mươi');
  if (ones === 1) words.push(tens === 1 ? 'một' : 'mốt');
  else if (ones === 4) words.push(tens === 1 ? 'bốn' : 'tư');
  else if (ones === 5) words.push('lăm');
  else if (ones > 0) words.push(DIGITS[ones] as string);
  return words;
}

/** Below one tỷ; `full` when larger groups stand before it (so "không trăm" is read). */
function belowBillion(n: number, full: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor((n % 1_000_000) / 1000), n % 1000];
  const names = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  let started = full;
  groups.forEach((value, i) => {
    if (value === 0) return;
    words.push(...threeDigits(value, started));
    if (names[i]) words.push(names[i] as string);
    started = true;
  });
  return words;
}

/** A whole number from 0 up to Number.MAX_SAFE_INTEGER in words; above a tỷ the names repeat ("nghìn tỷ"). */
export function numberToWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`numberToWords: ${n}`);
  if (n === 0) return 'không';
  if (n < 1_000_000_000) return belowBillion(n, false).join(' ');
  const high = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  const words = [numberToWords(high), 'tỷ', ...(rest > 0 ? belowBillion(rest, true) : [])];
  return words.join(' ');
}

/** "Một trăm linh năm triệu đồng chẵn." — money as written on documents. */
export function amountInWords(n: number): string {
  const words = numberToWords(n);
  return `${words.charAt(0).toLocaleUpperCase('vi-VN')}${words.slice(1)} đồng chẵn.`;
}
