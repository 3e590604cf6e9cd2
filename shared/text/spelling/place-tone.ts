/** Writing a syllable with its tone where a style puts it. */
import { isWellFormedSyllable, parseSyllable, tonePlacement, withToneAt, type ToneStyle } from '../syllable';
import { wordKey } from '../words/word-key';

/** The word with its tone moved to where `style` puts it, if it parses. */
export function placeTone(word: string, style: ToneStyle): string | null {
  const s = parseSyllable(word);
  if (!s) return null;
  if (s.tone === 'level' || s.tonePosition === null) return word.normalize('NFC');
  return withToneAt(s.base, s.tone, tonePlacement(s, style), word);
}

/** The word model's key of what a slip's repair spells, if it is a well-formed syllable once its tone is placed. */
export function placedKey(word: string): string | null {
  const placed = placeTone(word, 'new');
  return placed && isWellFormedSyllable(placed) ? wordKey(placed) : null;
}
