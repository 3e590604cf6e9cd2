/**
 * Words left half-typed by Unikey/EVKey when the input method was off or in the wrong mode:
 * Telex keys ("vieejt", "ddaay") and VNI digits ("vie6t5"). Decoding them gives the word the
 * clerk meant, which becomes the suggestion.
 */
import { TONE_MARKS } from './syllable';

const TELEX_TONES: Record<string, string> = { s: TONE_MARKS.acute, f: TONE_MARKS.grave, r: TONE_MARKS.hook, x: TONE_MARKS.tilde, j: TONE_MARKS.dot };
const VNI_TONES: Record<string, string> = { '1': TONE_MARKS.acute, '2': TONE_MARKS.grave, '3': TONE_MARKS.hook, '4': TONE_MARKS.tilde, '5': TONE_MARKS.dot };

function applyShapes(word: string, shapes: [RegExp, string][]): string {
  let out = word;
  for (const [pattern, replacement] of shapes) out = out.replace(pattern, replacement);
  return out;
}

/** Puts the tone on the last vowel that can carry it; syllable.ts moves it later if needed. */
function addTone(word: string, mark: string): string {
  const letters = [...word.normalize('NFC')];
  for (let i = letters.length - 1; i >= 0; i -= 1) {
    if (/[aăâeêioôơuưy]/i.test(letters[i] as string)) {
      // In a final-vowel pair (ai, ao, oi, ui…) the first vowel takes it.
      const j = i > 0 && /[aăâeêioôơuưy]/i.test(letters[i - 1] as string) && i === letters.length - 1 ? i - 1 : i;
      letters[j] = `${letters[j]}${mark}`;
      return letters.join('').normalize('NFC');
    }
  }
  return word;
}

const VOWEL_OR_ONSET_W = /[aeiouy]|(?<=[^aeiouyw])w/i;

/** A "w" typed after the consonants ("thamw", "duwowngf" → "dương"): it shapes the vowels before them. */
function applyLateW(word: string): string {
  return word.replace(/(uo|ua|[aou])([^aeiouy]*)w/i, (_m, v: string, rest: string) => {
    const lower = v.toLowerCase();
    const shaped = lower === 'uo' ? 'ươ' : lower === 'ua' ? 'ưa' : lower === 'a' ? 'ă' : lower === 'o' ? 'ơ' : 'ư';
    return (v[0] === v[0]?.toUpperCase() ? shaped.charAt(0).toUpperCase() + shaped.slice(1) : shaped) + rest;
  });
}

/**
 * "vieejt" → "việt", "ddaay" → "đây", "truwowngf" → "trường", "quyeets" → "quyết", "thamw" →
 * "thăm"; null when nothing was Telex. Unikey takes the tone key anywhere after the first vowel,
 * before or after the final consonants, so any s f r x j there is a key: none of them ends a
 * Vietnamese syllable.
 */
export function decodeTelex(word: string): string | null {
  // Unikey's Telex also takes a "w" typed right after the consonants as "ư" ("hwowng" → hương, "nhwngx" → những).
  const firstVowel = word.search(VOWEL_OR_ONSET_W);
  if (firstVowel < 0) return null;
  let mark = '';
  let body = word.slice(0, firstVowel + 1);
  for (const ch of word.slice(firstVowel + 1)) {
    const tone = TELEX_TONES[ch.toLowerCase()];
    if (tone !== undefined) mark = tone;
    else body += ch;
  }
  const shaped = applyShapes(body, [
    [/^dd/, 'đ'],
    [/^(DD|Dd)/, 'Đ'],
    [/^([^aeiouyw]+)wow/i, '$1ươ'],
    [/^([^aeiouyw]+)w(?!a|o|u)/i, '$1ư'],
    [/uow/g, 'ươ'],
    [/uwow/g, 'ươ'],
    [/uwo/g, 'ươ'],
    [/owu/g, 'ươ'],
    [/aa/g, 'â'],
    [/AA/g, 'Â'],
    [/ee/g, 'ê'],
    [/EE/g, 'Ê'],
    [/oo/g, 'ô'],
    [/OO/g, 'Ô'],
    [/aw/g, 'ă'],
    [/ow/g, 'ơ'],
    [/uw/g, 'ư'],
  ]);
  const late = /w/i.test(shaped) ? applyLateW(shaped) : shaped;
  const result = mark === '' ? late : addTone(late, mark);
  return result === word || /w/i.test(result) ? null : result.normalize('NFC');
}

/**
 * A Telex shape key (aa, ee, oo, aw, ow, uw, dd) and a tone key after the vowel in one word: no
 * other language writes words so ("tootj", "tuyeens", "laafm"), so the word is a leftover even
 * where its neighbours say nothing.
 */
export function hasTelexShapeAndTone(word: string): boolean {
  const lower = word.toLowerCase();
  const shape = /^dd|aa|ee|oo|aw|ow|uw/.exec(lower);
  if (!shape) return false;
  return /[sfrxj]/.test(lower.slice(shape.index + shape[0].length));
}

/** "vie6t5" → "việt", "d9uo7ng2" → "đường"; null when there were no VNI digits. */
export function decodeVniDigits(word: string): string | null {
  if (!/[1-9]/.test(word) || !/[a-z]/i.test(word)) return null;
  let mark = '';
  let out = '';
  for (const ch of word) {
    if (VNI_TONES[ch]) mark = VNI_TONES[ch] as string;
    else if (ch === '6') out = out.replace(/([aeo])([^aeo]*)$/i, (_m, v: string, rest: string) => `${v}\u0302${rest}`);
    else if (ch === '7')
      out = out.replace(/(uo|[ou])([^ou]*)$/i, (_m, v: string, rest: string) => `${v.length === 2 ? `u\u031bo\u031b` : `${v}\u031b`}${rest}`);
    else if (ch === '8') out = out.replace(/(a)([^a]*)$/i, (_m, v: string, rest: string) => `${v}\u0306${rest}`);
    else if (ch === '9') out = out.replace(/d/i, (d) => (d === 'd' ? 'đ' : 'Đ'));
    else out += ch;
  }
  const shaped = out.normalize('NFC');
  return mark === '' ? shaped : addTone(shaped, mark);
}

const TONE_KEY_MARKS: Record<string, string> = { ...TELEX_TONES, z: '' };

/**
 * A key pressed once more after the word was complete, glued to its end: "thànhf", "đượcj",
 * "lýs", "khôngg", "chứcc". Returns what the clerk may have meant, most likely first: the word
 * without the key, and — when the key is a tone key — the word with that tone ("traf": "tra" or
 * "trà"; the neighbouring words decide). Empty when the word does not end that way.
 */
export function trailingKeyCandidates(word: string, isSyllable: (w: string) => boolean): string[] {
  const letters = [...word.normalize('NFC')];
  if (letters.length < 3) return [];
  const key = (letters[letters.length - 1] as string).toLowerCase();
  const rest = letters.slice(0, -1).join('');
  if (!isSyllable(rest)) return [];
  const doubled = key === (letters[letters.length - 2] as string).toLowerCase();
  const mark = TONE_KEY_MARKS[key];
  if (!doubled && mark === undefined) return [];
  const out = [rest];
  if (mark) {
    const plain = rest
      .normalize('NFD')
      .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
      .normalize('NFC');
    const toned = addTone(plain, mark);
    if (toned !== rest && isSyllable(toned)) out.push(toned);
  }
  return out;
}
