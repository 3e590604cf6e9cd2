/**
 * The Vietnamese syllable: (onset)(rhyme) + one tone. Used to tell a real syllable from a typo
 * ("năgn"), to find a tone mark on the wrong letter ("hứơng"), and to move tone marks between
 * the two accepted placements (hòa / hoà).
 *
 * A syllable is analysed without its tone: the tone is one of five combining marks; the letter
 * shapes (ă â ê ô ơ ư đ) are part of the letters.
 */

export const TONE_MARKS = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' } as const;
export type Tone = keyof typeof TONE_MARKS | 'level';
const MARK_TO_TONE = new Map<string, Tone>(Object.entries(TONE_MARKS).map(([tone, mark]): [string, Tone] => [mark, tone as Tone]));

/** Onsets, longest first so "ngh" wins over "ng" and "n". */
const ONSETS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'ch',
  'nh',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

/** Rhymes (vần) without their tone, as written after an ordinary onset. */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ' +
    'ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu ' +
    'i ich im in inh ip it iu ia iêc iêm iên iêng iêp iêt iêu ' +
    'o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôp uôt ' +
    'ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu ' +
    'y yêm yên yêng yêt yêu ' +
    // with the medial o / u
    'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeng oeo oet ' +
    'uân uâng uât uây uê uêch uênh uy uych uyn uynh uyp uyt uyu uya uyên uyêt uơ'
  ).split(' '),
);

/** After "qu" the u is part of the onset: the rhyme is one of these. */
const QU_RHYMES = new Set(
  'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăt ân âng ât ây e en eng eo et ê ên ênh êt i inh it y ych yn ynh yt yu yên yêt ôc ơ ơi ơn'.split(' '),
);

/** After "gi" the i is part of the onset. */
const GI_RHYMES = new Set(
  'a ac ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây e em en eo ep et ê êm ên êt êu o oc oi om on ong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u uc ui um un ung up ut ua uôc uôi uôn uông uôt ư ưa ưc ưng ươc ươi ươm ươn ương ươp ươt ươu'.split(
    ' ',
  ),
);

interface Syllable {
  onset: string;
  rhyme: string;
  tone: Tone;
  /** Index (in the lower-case, tone-less letters) of the letter that carries the tone mark. */
  tonePosition: number | null;
  /** The written letters without the tone mark, lower-case. */
  base: string;
}

const FRONT = /^(i|e|ê|y|iê|ia|yê)/;

/** Rhymes that begin with the rounded medial o/u (hoa, khoe, quân…). */
const MEDIAL = /^(oa|oă|oe|uâ|uê|uy|uơ)/;
/** Lip consonants never take the rounded medial in Vietnamese words ("buyện" is a slip for "huyện"). */
const LABIAL = new Set(['b', 'm', 'p', 'ph', 'v']);

function onsetFits(onset: string, rhyme: string): boolean {
  if (LABIAL.has(onset) && MEDIAL.test(rhyme)) return false;
  switch (onset) {
    case 'c':
      return !FRONT.test(rhyme);
    case 'k':
      return FRONT.test(rhyme);
    case 'g':
    case 'ng':
      return !/^(e|ê)/.test(rhyme) && !(rhyme.startsWith('i') && onset === 'ng');
    case 'gh':
    case 'ngh':
      return /^(i|e|ê)/.test(rhyme);
    default:
      return true;
  }
}

/** Splits a tone-less, lower-case word into onset and rhyme, or null when it is no syllable. */
function splitOnset(base: string): { onset: string; rhyme: string } | null {
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (onset === 'qu') {
      if (QU_RHYMES.has(rhyme)) return { onset, rhyme };
      continue;
    }
    if (onset === 'gi') {
      if (GI_RHYMES.has(rhyme)) return { onset, rhyme };
      continue; // "gìn", "gì": g + a rhyme starting with i
    }
    if (rhyme === '' || !RHYMES.has(rhyme)) continue;
    if (!onsetFits(onset, rhyme)) continue;
    // "y" as a whole rhyme only stands alone or after a few onsets (y tế, kỹ, lý, mỹ, quý, sỹ, tỷ, hy).
    return { onset, rhyme };
  }
  return null;
}

// Running text repeats a few thousand syllables: remember the analysis of each word.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, Syllable | null>();

/** Reads one word as a syllable; null when it is not a Vietnamese syllable. */
export function parseSyllable(word: string): Syllable | null {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const result = analyse(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

function analyse(word: string): Syllable | null {
  const decomposed = word.normalize('NFD').toLowerCase();
  let tone: Tone = 'level';
  let tonePosition: number | null = null;
  let letters = '';
  let toneCount = 0;
  for (const ch of decomposed) {
    const t = MARK_TO_TONE.get(ch);
    if (t !== undefined) {
      tone = t;
      toneCount += 1;
      tonePosition = [...letters.normalize('NFC')].length - 1;
    } else letters += ch;
  }
  if (toneCount > 1) return null;
  const base = letters.normalize('NFC');
  if (!/^[a-zđăâêôơư]+$/.test(base)) return null;
  const split = splitOnset(base);
  if (!split) return null;
  // Checked endings (c, ch, p, t) take only the sắc or nặng tone.
  if (/(c|ch|p|t)$/.test(split.rhyme) && tone !== 'acute' && tone !== 'dot') return null;
  return { ...split, tone, tonePosition, base };
}

export type ToneStyle = 'new' | 'old';

/**
 * Where the tone mark goes in this syllable, as an index into `base`.
 * "new": hòa, khỏe, thủy (what official documents print today: CỘNG HÒA);
 * "old": hoà, khoẻ, thuỷ. The two differ only for oa, oe, uy without a final consonant.
 */
export function tonePlacement(s: Pick<Syllable, 'onset' | 'rhyme'>, style: ToneStyle): number {
  const start = s.onset.length;
  const r = s.rhyme;
  // A letter with a shape mark carries the tone; in ươ / uơ the tone goes on ơ.
  const shaped = [...r].findIndex((c) => 'ăâêôơư'.includes(c));
  if (r.includes('ươ') || r.includes('uơ')) return start + r.indexOf('ơ');
  if (shaped >= 0) {
    // ưa takes the tone on ư; iê, yê, uô on the second letter (found above as the shaped one).
    return start + shaped;
  }
  const vowels = [...r].map((c, i) => ({ c, i })).filter(({ c }) => 'aeiouy'.includes(c));
  if (vowels.length === 0) return start;
  if (vowels.length === 1) return start + (vowels[0]?.i ?? 0);
  const hasCoda = !'aeiouy'.includes(r[r.length - 1] ?? '');
  const first = vowels[0]!.i;
  const second = vowels[1]!.i;
  if (vowels.length >= 3) return start + second; // oai, uây, oay, uyu …: the middle vowel
  if (hasCoda) return start + second; // oan, uyn, oanh: on the second vowel
  const pair = r.slice(first, second + 1);
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return start + (style === 'new' ? first : second);
  // ia, ua, ai, ao, au, ay, eo, iu, oi, ui …: on the first vowel.
  return start + first;
}

/** Writes a syllable with its tone at the given letter, in NFC, keeping the original's capitals. */
export function withToneAt(base: string, tone: Tone, position: number, original: string): string {
  const letters = [...base];
  const mark: string = tone === 'level' ? '' : TONE_MARKS[tone];
  const written = letters
    .map((c, i) => (i === position ? c + mark : c))
    .join('')
    .normalize('NFC');
  return matchCase(written, original);
}

/** The word with the capitals of `model`: all capitals for a capitalised heading word, else letter by letter. */
export function matchCase(word: string, model: string): string {
  const modelLetters = [...model.normalize('NFC')];
  if (modelLetters.length > 1 && model === model.toLocaleUpperCase('vi-VN') && model !== model.toLocaleLowerCase('vi-VN'))
    return word.toLocaleUpperCase('vi-VN');
  const out = [...word];
  return out.map((c, i) => (modelLetters[i] && modelLetters[i] !== modelLetters[i]!.toLocaleLowerCase('vi-VN') ? c.toLocaleUpperCase('vi-VN') : c)).join('');
}

/** True when the word is a syllable with its tone on a letter one of the two styles accepts. */
export function isWellFormedSyllable(word: string): boolean {
  const s = parseSyllable(word);
  if (!s) return false;
  if (s.tone === 'level') return true;
  return s.tonePosition === tonePlacement(s, 'new') || s.tonePosition === tonePlacement(s, 'old');
}

/**
 * The word in the given tone-mark style (ToneStyle), or the word itself when it is not a syllable
 * or has no choice. A word alone: tone-style.ts's restyleText adds what a text needs (names kept).
 */
export function restyleWord(word: string, style: ToneStyle): string {
  const s = parseSyllable(word);
  if (!s || s.tone === 'level' || s.tonePosition === null) return word;
  const target = tonePlacement(s, style);
  const other = tonePlacement(s, style === 'new' ? 'old' : 'new');
  // Only move a mark that sits where the other style puts it; anything else is a typo, not a style.
  if (target === s.tonePosition || s.tonePosition !== other) return word;
  return withToneAt(s.base, s.tone, target, word);
}
