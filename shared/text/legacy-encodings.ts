/**
 * Old Vietnamese font encodings → Unicode. Documents typed before Unicode used fonts that put
 * Vietnamese letters on Latin-1 code points; opened or pasted today they read "C«ng hßa" (TCVN3,
 * .VnTime) or "Coäng hoøa" (VNI-Windows, VNI-Times).
 *
 * TCVN3 (TCVN 5712:1993, the "ABC" set): one byte per letter, 0xA1–0xFE. Normal fonts hold the
 * lower-case letters (and Ă Â Ê Ô Ơ Ư Đ); the ".VnTimeH" fonts show the same bytes as capitals.
 * VNI-Windows: a base letter followed by a mark byte (a + ù = á), a few letters on one byte.
 */
import { isWellFormedSyllable } from './syllable';

// The letter for each byte from 0xA1 to 0xFE, in order ("_" = a byte the set does not use).
// Capitals with tones sit where .VnTime has none; TCVN 5712 (VN1) fonts put them there.
const TCVN3_FROM_A1 = 'ĂÂÊÔƠƯĐăâêôơưđẰ_____àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵ';

const TCVN3 = new Map<string, string>();
[...TCVN3_FROM_A1].forEach((letter, i) => {
  if (letter !== '_') TCVN3.set(String.fromCharCode(0xa1 + i), letter);
});

/**
 * TCVN3 text → Unicode (NFC). `upper`: the text was set in a capitals font (.VnTimeH …), which
 * shows every letter, plain or marked, as a capital.
 */
export function tcvn3ToUnicode(text: string, options: { upper?: boolean } = {}): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  out = out.normalize('NFC');
  return options.upper ? out.toLocaleUpperCase('vi-VN') : out;
}

// VNI-Windows mark bytes, as Latin-1 characters (lower- and upper-case forms mean the same mark).
const TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const CIRCUMFLEX: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const BREVE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const SINGLE: Record<string, string> = { í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', ô: 'ơ', ö: 'ư', ñ: 'đ' };

function lowerMark(ch: string | undefined): string | undefined {
  return ch === undefined ? undefined : ch.toLowerCase();
}

/** VNI-Windows text → Unicode (NFC). */
export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const mark = lowerMark(chars[i + 1]);
    if (mark !== undefined && /[aeo]/.test(lower) && CIRCUMFLEX[mark] !== undefined) {
      out += `${upper ? ch : lower}\u0302${CIRCUMFLEX[mark]}`;
      i += 1;
      continue;
    }
    if (mark !== undefined && lower === 'a' && BREVE[mark] !== undefined) {
      out += `${ch}\u0306${BREVE[mark]}`;
      i += 1;
      continue;
    }
    const single = SINGLE[lower];
    if (single !== undefined) {
      const letter = upper ? single.toLocaleUpperCase('vi-VN') : single;
      // ơ and ư (and i, y with their own byte) may still take a tone byte after them.
      if (mark !== undefined && TONE[mark] !== undefined && (single === 'ơ' || single === 'ư')) {
        out += letter + TONE[mark];
        i += 1;
      } else out += letter;
      continue;
    }
    if (mark !== undefined && /[aeiouy]/.test(lower) && TONE[mark] !== undefined) {
      out += ch + TONE[mark];
      i += 1;
      continue;
    }
    out += ch;
  }
  return out.normalize('NFC');
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/** By font name, when the text came with one (pasted HTML, a Word run). */
export function encodingOfFont(fontName: string): LegacyEncoding | null {
  const f = fontName
    .trim()
    .toLowerCase()
    .replace(/^['"]|['"]$/g, '');
  if (/^vni[-_ ]/.test(f)) return 'vni';
  if (/^\.vn/.test(f) || /^vn[a-z]*h?$/.test(f)) return 'tcvn3';
  return null;
}

/** A run's text in an old font, as Unicode: .VnTimeH and the other "H" fonts show every letter as a capital. */
export function fromLegacyFont(text: string, encoding: LegacyEncoding, fontName: string): string {
  return encoding === 'tcvn3' ? tcvn3ToUnicode(text, { upper: /h$/i.test(fontName.trim()) }) : vniToUnicode(text);
}

const TCVN3_SIGNS = /[\u00A1-\u00FE]/g;

function wellFormedShare(text: string): number {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter(isWellFormedSyllable).length / words.length;
}

export type LegacySource = LegacyEncoding | 'auto';

/** TCVN3 and VNI text is made of Latin-1 characters only: a letter beyond them (ư, ạ, ế …) is Unicode already. */
export const isUnicodeAlready = (text: string): boolean => /[\u0100-\u024f\u1e00-\u1eff]/.test(text);

/**
 * Converts text from a legacy encoding; with "auto", picks TCVN3 or VNI when converting makes
 * clearly more of the words real syllables, and leaves Unicode text alone.
 */
export function convertLegacy(text: string, from: LegacySource): { text: string; encoding: LegacyEncoding | null } {
  if (from === 'tcvn3') return { text: tcvn3ToUnicode(text), encoding: 'tcvn3' };
  if (from === 'vni') return { text: vniToUnicode(text), encoding: 'vni' };
  if (isUnicodeAlready(text)) return { text: text.normalize('NFC'), encoding: null };
  const signs = (text.match(TCVN3_SIGNS) ?? []).length;
  if (signs < 2) return { text: text.normalize('NFC'), encoding: null };
  const base = wellFormedShare(text);
  const tcvn3 = tcvn3ToUnicode(text);
  const vni = vniToUnicode(text);
  const t = wellFormedShare(tcvn3);
  const v = wellFormedShare(vni);
  if (Math.max(t, v) < base + 0.15) return { text: text.normalize('NFC'), encoding: null };
  return t >= v ? { text: tcvn3, encoding: 'tcvn3' } : { text: vni, encoding: 'vni' };
}
