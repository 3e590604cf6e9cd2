/**
 * Names of files that travel inside a package (attachments), as they may be saved on a clerk's
 * Windows PC. A package comes from someone else's program, so a name is cleaned both when a
 * package is made and when one is received: no folders or drive (only the last part is kept),
 * no control characters, no bidi or invisible marks (a right-to-left override can make
 * "hop-dong‮fdp.exe" look like a PDF), none of the characters Windows refuses, no trailing dots
 * or spaces (Windows drops them), and no device name (CON, NUL, COM1 … with or without an
 * extension), which Windows would open as a device instead of a file.
 */

export const FALLBACK_ATTACHMENT_NAME = 'tep-dinh-kem';
const MAX_NAME_LENGTH = 200;

const INVISIBLE = new Set([0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff]);
const WINDOWS_REFUSES = '<>:"|?*';
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);

/** One file name safe to show and to save under on Windows; never empty. */
export function safeFileName(name: string): string {
  const last = name.normalize('NFC').replace(/^.*[\\/]/, '');
  let clean = '';
  for (const ch of last) {
    const code = ch.codePointAt(0) as number;
    if (INVISIBLE.has(code)) continue;
    clean += isControl(code) ? ' ' : WINDOWS_REFUSES.includes(ch) ? '_' : ch;
  }
  clean = clean
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[. ]+$/, '');
  if (clean === '') return FALLBACK_ATTACHMENT_NAME;
  return WINDOWS_DEVICE.test(clean) ? `_${clean}` : clean;
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
