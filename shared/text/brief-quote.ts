/**
 * A few words of untrusted text (a field name, an entry name from someone else's file) for a
 * message: control characters dropped, runs of space folded, long text cut with "…", so a hostile
 * file can never pour its raw bytes into the clerk's message or a terminal.
 */
export function briefQuote(text: string, max = 40): string {
  let clean = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    clean += code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ? ' ' : ch;
  }
  clean = clean.replace(/\s+/g, ' ').trim();
  return [...clean].length > max ? `${[...clean].slice(0, max).join('')}…` : clean;
}
