/** Writing a syllable with its tone where a style puts it. */
import { parseSyllable, tonePlacement, withToneAt, type ToneStyle } from '../syllable';

/** The word with its tone moved to where `style` puts it, if it parses. */
export function placeTone(word: string, style: ToneStyle): string | null {
  const s = parseSyllable(word);
  if (!s) return null;
  if (s.tone === 'level' || s.tonePosition === null) return word.normalize('NFC');
  return withToneAt(s.base, s.tone, tonePlacement(s, style), word);
}
