/**
 * Names of files that travel inside a package (attachments), as they may be saved on a clerk's
 * Windows PC. A package comes from someone else's program, so a name is cleaned both when a
 * package is made and when one is received: no folders or drive (only the last part is kept),
 * no control characters, no bidi or invisible marks (a right-to-left override can make
 * "hop-dong‮fdp.exe" look like a PDF), none of the characters Windows refuses, no trailing dots
 * or spaces (Windows drops them), and no device name (CON, NUL, COM1 … with or without an
 * extension), which Windows would open as a device instead of a file.
 */

const FALLBACK_ATTACHMENT_NAME = 'tep-dinh-kem';
/** In UTF-16 units, as Windows counts (255 at most per name; room is left for " (2)" and a folder). */
const MAX_NAME_LENGTH = 200;
/** An ending this long or longer is not an extension to keep ("….pdf" is; "….a very long sentence" is not). */
const MAX_EXTENSION_LENGTH = 16;

const INVISIBLE = new Set([0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff]);
const WINDOWS_REFUSES = '<>:"|?*';
/**
 * Windows opens these as devices, whatever follows the first dot ("nul.txt", "aux.tar.gz") and
 * whatever spaces or dots end the name before it ("nul .txt"): CON, PRN, AUX, NUL, the ports
 * COM0–9 and LPT0–9 (also with ¹ ² ³), the consoles CONIN$ and CONOUT$, and NT's CLOCK$.
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);

/** True when Windows would take the name for a device. */
function isWindowsDeviceName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return WINDOWS_DEVICE.test(stem.replace(/[ .]+$/, ''));
}

const graphemes = (text: string): string[] => [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);

/** At most `max` UTF-16 units of `text`, cut between graphemes (never inside an emoji, a surrogate pair or a letter and its marks). */
function cutGraphemes(text: string, max: number): string {
  let out = '';
  for (const g of graphemes(text)) {
    if (out.length + g.length > max) break;
    out += g;
  }
  return out;
}

/** A name no longer than the limit, its extension kept: "very long … name.pdf" → "very long … na.pdf". */
function shorten(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION_LENGTH && !/\s/.test(name.slice(dot)) ? name.slice(dot) : '';
  const stem = extension ? name.slice(0, dot) : name;
  return `${cutGraphemes(stem, MAX_NAME_LENGTH - extension.length).replace(/[. ]+$/, '')}${extension}`;
}

/** One file name safe to show and to save under on Windows; never empty. */
export function safeFileName(name: string): string {
  const last = name.normalize('NFC').replace(/^.*[\\/]/, '');
  let clean = '';
  for (const ch of last) {
    const code = ch.codePointAt(0) as number;
    // A lone surrogate (a name cut badly by another program) cannot be written as UTF-8: dropped.
    if (INVISIBLE.has(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
    clean += isControl(code) ? ' ' : WINDOWS_REFUSES.includes(ch) ? '_' : ch;
  }
  clean = shorten(clean.replace(/\s+/g, ' ').trim()).replace(/[. ]+$/, '');
  if (clean === '') return FALLBACK_ATTACHMENT_NAME;
  return isWindowsDeviceName(clean) ? `_${clean}` : clean;
}

/** Safe names for a list of files, two that Windows would take for one (case aside) kept apart: "a (2).pdf". */
export function uniqueSafeNames(names: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase('vi-VN')));
  return names.map((name) => {
    const safe = safeFileName(name);
    let candidate = safe;
    for (let n = 2; used.has(candidate.toLocaleLowerCase('vi-VN')); n += 1) candidate = safe.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    used.add(candidate.toLocaleLowerCase('vi-VN'));
    return candidate;
  });
}
